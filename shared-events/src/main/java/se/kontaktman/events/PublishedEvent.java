package se.kontaktman.events;

import java.time.Instant;

/**
 * An integration event with its envelope: {@code id} is unique per occurrence and stays the same on
 * every redelivery, so consumers deduplicate on it.
 *
 * <p>{@code supersededBy}, usually null, is the CloudEvents type of a newer version of the same
 * event that the publisher sends right after this one, on the same key and with the same id (the
 * envelope's {@code supersededby} extension): while an event is published in two versions, a reader
 * that knows the newer type skips this record ({@link SkipReason#NEWER_VERSION_FOLLOWS}) and reads
 * the newer one; a reader that does not know it reads this one. Either way it counts the occurrence
 * once, also across an upgrade from the one kind of reader to the other.
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
}
