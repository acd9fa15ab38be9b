package se.kontaktman.events.assignment;

import java.time.LocalDate;

import se.kontaktman.events.CareProfile;
import se.kontaktman.events.EventContract;
import se.kontaktman.events.IntegrationEvent;
import se.kontaktman.events.Topics;

/** A client's case with one staff group started. The client is known only by the case id. */
@EventContract(name = "CaseOpened", version = 1, topic = Topics.CASES)
public record CaseOpened(String caseId, String staffGroupId, CareProfile careProfile, LocalDate startDate)
        implements IntegrationEvent {

    @Override
    public String partitionKey() {
        return caseId;
    }
}
