package se.kontaktman.assignment.cases.api;

import java.time.LocalDate;

import se.kontaktman.events.CareProfile;

public record CaseOpenedEvent(String caseId, String clientId, String staffGroupId, CareProfile careProfile,
                              LocalDate startDate) {
}
