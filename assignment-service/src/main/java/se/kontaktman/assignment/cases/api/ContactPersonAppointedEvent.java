package se.kontaktman.assignment.cases.api;

import java.time.LocalDate;

import se.kontaktman.events.ContactRole;

/** {@code replacedStaffId} is null on the first appointment to the role. */
public record ContactPersonAppointedEvent(String caseId, String staffGroupId, ContactRole role, String staffId,
                                          LocalDate effectiveFrom, String replacedStaffId) {
}
