package se.kontaktman.events.assignment;

import java.time.LocalDate;

import se.kontaktman.events.CaseClosureReason;
import se.kontaktman.events.EventContract;
import se.kontaktman.events.IntegrationEvent;
import se.kontaktman.events.Topics;

/** The case ended. Working documentation of the case is to be destroyed (rule H9). */
@EventContract(name = "CaseClosed", version = 1, topic = Topics.CASES)
public record CaseClosed(String caseId, String staffGroupId, LocalDate closedOn, CaseClosureReason reason)
        implements IntegrationEvent {

    @Override
    public String partitionKey() {
        return caseId;
    }
}
