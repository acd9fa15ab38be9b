package se.kontaktman.events.plan;

import java.time.LocalDate;

import se.kontaktman.events.EventContract;
import se.kontaktman.events.IntegrationEvent;
import se.kontaktman.events.Topics;

/**
 * An assistive device was returned (rule H8), usually by relatives after the case closed.
 */
@EventContract(name = "AssistiveDeviceReturned", version = 1, topic = Topics.PLANS)
public record AssistiveDeviceReturned(String caseId, String staffGroupId, String deviceId, LocalDate returnedOn, String recordedBy)
        implements IntegrationEvent {
    @Override
    public String partitionKey() {
        return caseId;
    }
}
