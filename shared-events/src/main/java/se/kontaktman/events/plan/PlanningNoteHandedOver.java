package se.kontaktman.events.plan;

import java.time.LocalDate;

import se.kontaktman.events.EventContract;
import se.kontaktman.events.IntegrationEvent;
import se.kontaktman.events.Topics;

/**
 * A "Viktigt att tänka på vid planering" note was handed to the planner (rule H6). Its wishes stay
 * in plan-service.
 */
@EventContract(name = "PlanningNoteHandedOver", version = 1, topic = Topics.PLANS)
public record PlanningNoteHandedOver(String caseId, String staffGroupId, String noteId, LocalDate handedOverOn,
                                     String handedOverBy, boolean timeAdjustmentRequested)
        implements IntegrationEvent {
    @Override
    public String partitionKey() {
        return caseId;
    }
}
