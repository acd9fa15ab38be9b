package se.kontaktman.events.plan;

import java.time.LocalDate;

import se.kontaktman.events.EventContract;
import se.kontaktman.events.IntegrationEvent;
import se.kontaktman.events.Topics;

/**
 * The client, and relatives where they were there, were told how to give feedback (synpunkter)
 * on the service (rule L9).
 */
@EventContract(name = "FeedbackInformationGiven", version = 1, topic = Topics.PLANS)
public record FeedbackInformationGiven(String caseId, String staffGroupId, LocalDate informedOn, String informedBy)
        implements IntegrationEvent {
    @Override
    public String partitionKey() {
        return caseId;
    }
}
