package se.kontaktman.events.plan;

import java.time.LocalDate;

import se.kontaktman.events.EventContract;
import se.kontaktman.events.IntegrationEvent;
import se.kontaktman.events.Topics;

/**
 * A plan meeting (genomförandeplansmöte) was held with the client (rule L3); the plan stayed
 * current or was revised.
 */
@EventContract(name = "PlanMeetingHeld", version = 1, topic = Topics.PLANS)
public record PlanMeetingHeld(String caseId, String staffGroupId, LocalDate heldOn, String heldBy,
                              FollowUpOutcome outcome, int planVersion)
        implements IntegrationEvent {
    @Override
    public String partitionKey() {
        return caseId;
    }
}
