package se.kontaktman.events.plan;

import java.time.LocalDate;

import se.kontaktman.events.EventContract;
import se.kontaktman.events.IntegrationEvent;
import se.kontaktman.events.Topics;

/**
 * The plan was followed up with the client (rules H4, H5), dated and signed; the plan stayed
 * current or was revised.
 */
@EventContract(name = "FollowUpRecorded", version = 1, topic = Topics.PLANS)
public record FollowUpRecorded(String caseId, String staffGroupId, LocalDate followedUpOn, String signedBy,
                               FollowUpKind kind, FollowUpOutcome outcome, int planVersion)
        implements IntegrationEvent {
    @Override
    public String partitionKey() {
        return caseId;
    }
}
