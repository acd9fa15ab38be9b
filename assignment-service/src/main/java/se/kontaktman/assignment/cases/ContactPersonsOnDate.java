package se.kontaktman.assignment.cases;

import java.time.LocalDate;

/** Answer to "who were the contact persons on this date"; a null id means nobody held the role. */
public record ContactPersonsOnDate(String caseId, LocalDate date, String primaryStaffId, String substituteStaffId) {
}
