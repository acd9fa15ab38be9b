package se.kontaktman.events;

import java.time.Instant;

/**
 * An integration event with its envelope: {@code id} is unique per event and stays the same on
 * every redelivery, so consumers deduplicate on it.
 *
 * <p>{@code supersededBy}, usually null, is the CloudEvents type of a newer version of the same
 * event that the publisher sends right after this one, on the same key (the envelope's
 * {@code supersededby} extension): while an event is published in two versions, a reader that
 * knows the newer type skips this record ({@link #newerVersionKnownHere()}) and reads the newer
 * one, so it counts the occurrence once; a reader that does not know it reads this one.
 */
public record PublishedEvent<E extends IntegrationEvent>(String id, String source, Instant time, E event,
                                                         String supersededBy) {

    public PublishedEvent(String id, String source, Instant time, E event) {
        this(id, source, time, event, null);
    }

    public EventCatalog.Entry contract() {
        return EventCatalog.of(event.getClass());
    }

    /** The same event, marked as superseded by the newer version {@code newerType} published with it. */
    public PublishedEvent<E> markedSupersededBy(String newerType) {
        return new PublishedEvent<>(id, source, time, event, newerType);
    }

    /** Whether a newer version of this event, of a type this copy of the catalogue knows, follows it. */
    public boolean newerVersionKnownHere() {
        return supersededBy != null && EventCatalog.byCloudEventType(supersededBy).isPresent();
    }
}
