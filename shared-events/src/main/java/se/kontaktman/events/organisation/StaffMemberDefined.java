package se.kontaktman.events.organisation;

import java.util.Set;

import se.kontaktman.events.EventContract;
import se.kontaktman.events.IntegrationEvent;
import se.kontaktman.events.StaffRole;
import se.kontaktman.events.Topics;

/**
 * A staff member was registered or changed; carries their whole current state. The name is the
 * one a client sees on the "Jag är din kontaktman" sheet. {@code staffGroupId} is null for staff
 * outside any group (an area manager, say).
 */
@EventContract(name = "StaffMemberDefined", version = 1, topic = Topics.ORGANISATION)
public record StaffMemberDefined(String staffId, String name, Set<StaffRole> roles, String staffGroupId,
                                 boolean active) implements IntegrationEvent {

    @Override
    public String partitionKey() {
        return staffId;
    }
}
