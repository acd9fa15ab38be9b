package se.kontaktman.events.plan;

import java.time.LocalDate;
import java.util.List;

import se.kontaktman.events.EventContract;
import se.kontaktman.events.IntegrationEvent;
import se.kontaktman.events.Topics;

/**
 * The case closed with assistive devices not yet returned: relatives are to return them (rule H8).
 */
@EventContract(name = "AssistiveDevicesToBeReturned", version = 1, topic = Topics.PLANS)
public record AssistiveDevicesToBeReturned(String caseId, String staffGroupId, LocalDate closedOn,
                                           List<String> deviceIds)
        implements IntegrationEvent {
    @Override
    public String partitionKey() {
        return caseId;
    }
}
