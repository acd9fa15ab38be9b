package se.kontaktman.platform.consuming;

import java.util.List;
import java.util.Optional;

import io.micrometer.core.instrument.Counter;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import se.kontaktman.events.EventCodec;
import se.kontaktman.events.EventSchemas;
import se.kontaktman.events.IntegrationEvent;
import se.kontaktman.events.MalformedEventException;
import se.kontaktman.events.PublishedEvent;
import se.kontaktman.events.SkipReason;

/**
 * Reads a record another service published: first checked against the published schemas (as a
 * tolerant reader: fields added later are ignored), then decoded. A record that breaks its
 * contract is malformed, so it goes to the dead-letter topic instead of becoming a command that
 * fails forever.
 */
public class IncomingEvents {

    private final EventCodec codec = new EventCodec();
    private final EventSchemas schemas = new EventSchemas();

    /**
     * For a consumer that skips event types it does not know (a newer contract than its copy of
     * shared-events): empty for a readable CloudEvent of an unknown type. Empty too for an older
     * version of an event published together with a newer version this reader knows (the envelope's
     * {@code supersededby}): the newer one follows on the same key and is read instead, so every
     * occurrence is read once. Such a record is skipped unread: what it says, the newer one says too,
     * so a fault in it is no reason to set it aside.
     *
     * @throws MalformedEventException when the record is not a CloudEvent, or one of a known type
     *                                 whose data breaks its contract
     */
    public Optional<PublishedEvent<IntegrationEvent>> readIfKnown(ConsumerRecord<String, byte[]> record) {
        return SkipReason.of(record.value()) != null ? Optional.empty() : Optional.of(read(record));
    }

    /**
     * For a batch listener, which the error handler cannot send single records aside for: a record
     * that breaks its contract goes to its dead-letter topic, one of an unknown type is counted; both
     * give empty, and the batch carries on.
     */
    public Optional<PublishedEvent<IntegrationEvent>> readOrSetAside(ConsumerRecord<String, byte[]> record,
                                                                    ConsumerRecordRecoverer deadLetters,
                                                                    Counter unknownTypes) {
        SkipReason skip = SkipReason.of(record.value());
        if (skip != null) {
            if (skip == SkipReason.UNKNOWN_TYPE) {
                unknownTypes.increment();
            }
            return Optional.empty();
        }
        try {
            return Optional.of(read(record));
        } catch (MalformedEventException unreadable) {
            deadLetters.accept(record, unreadable);
            return Optional.empty();
        }
    }

    /** @throws MalformedEventException when the record is not a readable event of its contract */
    public PublishedEvent<IntegrationEvent> read(ConsumerRecord<String, byte[]> record) {
        if (record.value() == null || record.value().length == 0) {
            throw new MalformedEventException("empty record at " + position(record));
        }
        // The violations name locations and keywords only, never values: they go to headers and logs.
        List<String> violations = schemas.incomingViolations(record.value());
        if (!violations.isEmpty()) {
            throw new MalformedEventException("record at " + position(record) + " breaks its contract: "
                    + String.join("; ", violations));
        }
        return codec.decode(record.value());
    }

    private static String position(ConsumerRecord<?, ?> record) {
        return record.topic() + "-" + record.partition() + "@" + record.offset();
    }
}
