package se.kontaktman.events.plan;

import java.time.LocalDate;

import se.kontaktman.events.EventContract;
import se.kontaktman.events.IntegrationEvent;
import se.kontaktman.events.Topics;

/**
 * An assistive device the client received is under the contact person's control (rules H8, L7).
 * Its kind and the aid centre's id stay in plan-service.
 */
@EventContract(name = "AssistiveDeviceRegistered", version = 1, topic = Topics.PLANS)
public record AssistiveDeviceRegistered(String caseId, String staffGroupId, String deviceId, LocalDate receivedOn, String registeredBy)
        implements IntegrationEvent {
    @Override
    public String partitionKey() {
        return caseId;
    }
}
