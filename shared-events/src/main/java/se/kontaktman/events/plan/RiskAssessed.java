package se.kontaktman.events.plan;

import java.time.LocalDate;

import se.kontaktman.events.EventContract;
import se.kontaktman.events.IntegrationEvent;
import se.kontaktman.events.Topics;

/**
 * The contact person assessed the client's risks, area by area (rule H7). The levels and
 * preventive actions stay in plan-service: they are health data.
 */
@EventContract(name = "RiskAssessed", version = 1, topic = Topics.PLANS)
public record RiskAssessed(String caseId, String staffGroupId, LocalDate assessedOn, String assessedBy, int assessment)
        implements IntegrationEvent {
    @Override
    public String partitionKey() {
        return caseId;
    }
}
