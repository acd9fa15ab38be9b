package se.kontaktman.events.plan;

import java.time.LocalDate;

import se.kontaktman.events.EventContract;
import se.kontaktman.events.IntegrationEvent;
import se.kontaktman.events.Topics;

/** A plan version was gone through in the work team (rule L2). */
@EventContract(name = "PlanReviewedByTeam", version = 1, topic = Topics.PLANS)
public record PlanReviewedByTeam(String caseId, String staffGroupId, int version, LocalDate reviewedOn,
                                 String recordedBy)
        implements IntegrationEvent {
    @Override
    public String partitionKey() {
        return caseId;
    }
}
