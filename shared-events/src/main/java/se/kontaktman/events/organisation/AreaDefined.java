package se.kontaktman.events.organisation;

import se.kontaktman.events.EventContract;
import se.kontaktman.events.IntegrationEvent;
import se.kontaktman.events.Topics;

/** An area was registered or changed; carries its whole current state. */
@EventContract(name = "AreaDefined", version = 1, topic = Topics.ORGANISATION)
public record AreaDefined(String areaId, String name, String areaManagerStaffId) implements IntegrationEvent {

    @Override
    public String partitionKey() {
        return areaId;
    }
}
