package se.kontaktman.events.plan;

import java.time.LocalDate;
import java.util.Set;

import se.kontaktman.events.EventContract;
import se.kontaktman.events.IntegrationEvent;
import se.kontaktman.events.Topics;

/**
 * The arrival conversation with the client and/or relatives was held (rule L1); which topics it
 * covered, never what was said.
 */
@EventContract(name = "ArrivalConversationHeld", version = 1, topic = Topics.PLANS)
public record ArrivalConversationHeld(String caseId, String staffGroupId, LocalDate heldOn, String heldBy,
                                      Set<ArrivalTopic> topicsCovered)
        implements IntegrationEvent {
    @Override
    public String partitionKey() {
        return caseId;
    }
}
