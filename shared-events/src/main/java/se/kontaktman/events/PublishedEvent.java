package se.kontaktman.events;

import java.time.Instant;

/**
 * An integration event with its envelope: {@code id} is unique per event and stays the same on
 * every redelivery, so consumers deduplicate on it.
 */
public record PublishedEvent<E extends IntegrationEvent>(String id, String source, Instant time, E event) {

    public EventCatalog.Entry contract() {
        return EventCatalog.of(event.getClass());
    }
}
