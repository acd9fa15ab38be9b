package se.kontaktman.assignment.cases.api;

import java.time.LocalDate;

import se.kontaktman.events.CaseClosureReason;

/** {@code clientId} lets the service release the client's open-case claim in the group. */
public record CaseClosedEvent(String caseId, String clientId, String staffGroupId, LocalDate closedOn,
                              CaseClosureReason reason) {
}
