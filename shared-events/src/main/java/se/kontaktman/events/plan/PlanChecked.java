package se.kontaktman.events.plan;

import java.time.LocalDate;

import se.kontaktman.events.EventContract;
import se.kontaktman.events.IntegrationEvent;
import se.kontaktman.events.Topics;

/**
 * In a check window (April/May, October/November) the contact person checked whether the plan is
 * still current and booked a follow-up (rule H5). The window is given by its dates in that year.
 */
@EventContract(name = "PlanChecked", version = 1, topic = Topics.PLANS)
public record PlanChecked(String caseId, String staffGroupId, LocalDate checkedOn, String checkedBy,
                          LocalDate windowStart, LocalDate windowEnd, int planVersion, boolean planCurrent,
                          LocalDate followUpBookedFor)
        implements IntegrationEvent {
    @Override
    public String partitionKey() {
        return caseId;
    }
}
