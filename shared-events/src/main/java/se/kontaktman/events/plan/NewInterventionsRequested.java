package se.kontaktman.events.plan;

import java.time.LocalDate;

import se.kontaktman.events.EventContract;
import se.kontaktman.events.IntegrationEvent;
import se.kontaktman.events.Topics;

/**
 * The contact person found that the client needs new interventions: the needs assessor
 * (biståndshandläggare) is to be contacted (rule H6).
 */
@EventContract(name = "NewInterventionsRequested", version = 1, topic = Topics.PLANS)
public record NewInterventionsRequested(String caseId, String staffGroupId, LocalDate requestedOn,
                                        String requestedBy)
        implements IntegrationEvent {
    @Override
    public String partitionKey() {
        return caseId;
    }
}
