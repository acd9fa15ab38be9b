package se.kontaktman.events.plan;

import java.time.LocalDate;

import se.kontaktman.events.EventContract;
import se.kontaktman.events.IntegrationEvent;
import se.kontaktman.events.Topics;

/**
 * The contact person found that the client needs a new assistive device: the occupational
 * therapist (arbetsterapeut) is to be contacted (rule L7).
 */
@EventContract(name = "NewAssistiveDeviceRequested", version = 1, topic = Topics.PLANS)
public record NewAssistiveDeviceRequested(String caseId, String staffGroupId, String requestId, LocalDate requestedOn,
                                          String requestedBy)
        implements IntegrationEvent {
    @Override
    public String partitionKey() {
        return caseId;
    }
}
