package se.kontaktman.events.plan;

import java.time.LocalDate;

import se.kontaktman.events.EventContract;
import se.kontaktman.events.IntegrationEvent;
import se.kontaktman.events.Topics;

/**
 * A version of the genomförandeplan was established with the client (rule H3, L2). Version 1 is the
 * first plan; a higher version is a revision. Says when and by whom, never what the plan says.
 */
@EventContract(name = "PlanEstablished", version = 1, topic = Topics.PLANS)
public record PlanEstablished(String caseId, String staffGroupId, int version, LocalDate establishedOn,
                              String establishedBy, int interventionCount)
        implements IntegrationEvent {
    @Override
    public String partitionKey() {
        return caseId;
    }
}
