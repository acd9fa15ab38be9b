package se.kontaktman.events.plan;

import java.time.LocalDate;
import java.util.List;

import se.kontaktman.events.EventContract;
import se.kontaktman.events.IntegrationEvent;
import se.kontaktman.events.Topics;

/**
 * A contact person presented themself in the client's home and showed the "Jag är din kontaktman"
 * sheet (rule H2).
 */
@EventContract(name = "IntroductionVisitHeld", version = 1, topic = Topics.PLANS)
public record IntroductionVisitHeld(String caseId, String staffGroupId, String visitId, LocalDate heldOn,
                                    String presentedBy, List<String> attendingStaffIds, boolean sheetHandedOver)
        implements IntegrationEvent {
    @Override
    public String partitionKey() {
        return caseId;
    }
}
