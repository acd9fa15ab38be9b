package se.kontaktman.events.assignment;

import java.time.LocalDate;

import se.kontaktman.events.BackdatingReason;
import se.kontaktman.events.ContactRole;
import se.kontaktman.events.EventContract;
import se.kontaktman.events.IntegrationEvent;
import se.kontaktman.events.Topics;

/**
 * Version 2 of {@code ContactPersonAssigned}: v1's fields, and who assigned and why the date lies
 * further back than the rule profile allows. {@code assignedBy} is the planner's staff id (null for
 * assignments recorded before the service kept it); {@code backdatingReason} is null when the date
 * needed none. During the deprecation period assignment-service publishes v1 and v2 of every
 * assignment (see the README's "Delivery and versions").
 */
@EventContract(name = "ContactPersonAssigned", version = 2, topic = Topics.CASES)
public record ContactPersonAssignedV2(String caseId, String staffGroupId, ContactRole role, String staffId,
                                      LocalDate effectiveFrom, String replacedStaffId, String assignedBy,
                                      BackdatingReason backdatingReason)
        implements ContactPersonAssignment, IntegrationEvent {

    @Override
    public String partitionKey() {
        return caseId;
    }

    /** The same assignment as v1 says it. */
    public ContactPersonAssigned toV1() {
        return new ContactPersonAssigned(caseId, staffGroupId, role, staffId, effectiveFrom, replacedStaffId);
    }
}
