package se.kontaktman.assignment.cases.api;

import java.time.LocalDate;

import se.kontaktman.events.CareProfile;
import se.kontaktman.events.CaseClosureReason;
import se.kontaktman.events.ContactRole;
import se.kontaktman.platform.rules.BackdatingReason;

/** A case's history as stored. The client is known only by the client registry's id. */
public final class CaseEvents {

    private CaseEvents() {
    }

    public record CaseOpenedEvent(String caseId, String clientId, String staffGroupId, CareProfile careProfile,
                                  LocalDate startDate) {
    }

    /**
     * A staff member was assigned a contact role from a date. {@code replacedStaffId} is null on
     * the first assignment to the role; {@code assignedBy} is the planner who assigned (null in
     * events stored before it was recorded); {@code backdatingReason} says why a date lies
     * further back than the rule profile allows, else null.
     */
    public record ContactPersonAssignedEvent(String caseId, String staffGroupId, ContactRole role, String staffId,
                                             LocalDate effectiveFrom, String replacedStaffId, String assignedBy,
                                             BackdatingReason backdatingReason) {
    }

    /** {@code clientId} lets the service release the client's open-case claim in the group. */
    public record CaseClosedEvent(String caseId, String clientId, String staffGroupId, LocalDate closedOn,
                                  CaseClosureReason reason) {
    }

    /**
     * Gallring: the case's retention time ended and its records were destroyed (with the client's
     * personal data, when this was the client's last case kept). {@code clientId} lets the
     * service destroy the client's data.
     */
    public record CaseRecordsDestroyedEvent(String caseId, String clientId, String staffGroupId,
                                            LocalDate destroyedOn) {
    }
}
