package se.kontaktman.events.plan;

import java.time.LocalDate;

import se.kontaktman.events.EventContract;
import se.kontaktman.events.IntegrationEvent;
import se.kontaktman.events.Topics;

/**
 * The planner booked the visit at which a contact person presents themself in the client's home
 * (rule H2).
 */
@EventContract(name = "IntroductionVisitBooked", version = 1, topic = Topics.PLANS)
public record IntroductionVisitBooked(String caseId, String staffGroupId, String visitId, LocalDate bookedFor,
                                      String contactPersonStaffId, String bookedBy)
        implements IntegrationEvent {
    @Override
    public String partitionKey() {
        return caseId;
    }
}
