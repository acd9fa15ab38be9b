package se.kontaktman.events.assignment;

import java.time.LocalDate;

import se.kontaktman.events.EventContract;
import se.kontaktman.events.IntegrationEvent;
import se.kontaktman.events.Topics;

/**
 * The case's retention time ended and its records were destroyed (gallring): whoever keeps
 * personal data or documentation of the case destroys theirs. Published for a closed case five
 * years after the last entry of its client's records; never for a case kept for research.
 */
@EventContract(name = "CaseRecordsDestroyed", version = 1, topic = Topics.CASES)
public record CaseRecordsDestroyed(String caseId, String staffGroupId, LocalDate destroyedOn)
        implements IntegrationEvent {

    @Override
    public String partitionKey() {
        return caseId;
    }
}
