package se.kontaktman.events.organisation;

import se.kontaktman.events.EventContract;
import se.kontaktman.events.IntegrationEvent;
import se.kontaktman.events.Topics;

/**
 * A staff group was registered or changed; carries its whole current state. The phone number
 * is the group's own (grupplokalen), printed on the "Jag är din kontaktman" sheet.
 */
@EventContract(name = "StaffGroupDefined", version = 1, topic = Topics.ORGANISATION)
public record StaffGroupDefined(String staffGroupId, String areaId, String name, String phoneNumber)
        implements IntegrationEvent {

    @Override
    public String partitionKey() {
        return staffGroupId;
    }
}
