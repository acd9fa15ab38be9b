package se.kontaktman.events.plan;

import java.time.LocalDate;

import se.kontaktman.events.EventContract;
import se.kontaktman.events.IntegrationEvent;
import se.kontaktman.events.Topics;

/** The planner acknowledged a planning note (rule H6). */
@EventContract(name = "PlanningNoteAcknowledged", version = 1, topic = Topics.PLANS)
public record PlanningNoteAcknowledged(String caseId, String staffGroupId, String noteId,
                                       LocalDate acknowledgedOn, String acknowledgedBy)
        implements IntegrationEvent {
    @Override
    public String partitionKey() {
        return caseId;
    }
}
