package se.kontaktman.events.assignment;

import java.time.LocalDate;

import se.kontaktman.events.ContactRole;
import se.kontaktman.events.EventContract;
import se.kontaktman.events.IntegrationEvent;
import se.kontaktman.events.Topics;

/**
 * A staff member became the case's primary or substitute contact person from a date. When
 * someone held that role before, {@code replacedStaffId} names them; otherwise it is null.
 * {@link ContactPersonAssignedV2} adds who assigned and why a date was back-dated.
 */
@EventContract(name = "ContactPersonAssigned", version = 1, topic = Topics.CASES)
public record ContactPersonAssigned(String caseId, String staffGroupId, ContactRole role, String staffId,
                                    LocalDate effectiveFrom, String replacedStaffId)
        implements ContactPersonAssignment, IntegrationEvent {

    @Override
    public String partitionKey() {
        return caseId;
    }
}
