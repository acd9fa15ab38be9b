package se.kontaktman.events.plan;

import java.time.LocalDate;

import se.kontaktman.events.EventContract;
import se.kontaktman.events.IntegrationEvent;
import se.kontaktman.events.Topics;

/** The case closed, so its plan closed; the working material of the case was erased (rule H9). */
@EventContract(name = "PlanClosed", version = 1, topic = Topics.PLANS)
public record PlanClosed(String caseId, String staffGroupId, LocalDate closedOn)
        implements IntegrationEvent {
    @Override
    public String partitionKey() {
        return caseId;
    }
}
