package se.kontaktman.events.plan;

import java.time.LocalDate;

import se.kontaktman.events.EventContract;
import se.kontaktman.events.IntegrationEvent;
import se.kontaktman.events.Topics;

/**
 * The case closed, so its plan closed. The contact person's working sheet for the case ("Dokumentation
 * Genomförandeplan", which seed 000 says is destroyed at closure) was destroyed (rule H9); the plan and
 * its follow-ups are kept as formal documentation.
 */
@EventContract(name = "PlanClosed", version = 1, topic = Topics.PLANS)
public record PlanClosed(String caseId, String staffGroupId, LocalDate closedOn)
        implements IntegrationEvent {
    @Override
    public String partitionKey() {
        return caseId;
    }
}
