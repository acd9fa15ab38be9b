package se.kontaktman.subscriber;

import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import se.kontaktman.events.EventCodec;
import se.kontaktman.events.EventSchemas;
import se.kontaktman.events.IntegrationEvent;
import se.kontaktman.events.MalformedEventException;
import se.kontaktman.events.PublishedEvent;
import se.kontaktman.events.SkipReason;

/**
 * Reads every topic of the suite ({@code Topics.ALL}; never the {@code .dlt} ones, which are the
 * consumers' own) a poll at a time. For each record:
 * <ol>
 *   <li>a readable CloudEvent of a type this copy of shared-events does not know (a newer
 *       contract) is counted and skipped;</li>
 *   <li>an older version marked as superseded by a newer one this copy knows is counted and skipped
 *       unread: the newer one follows with the same id ({@link SkipReason#NEWER_VERSION_FOLLOWS});</li>
 *   <li>a record that is not a readable event of its contract is logged, by its position and the
 *       broken rules only (never a value: it could be a personnummer), counted and skipped. A
 *       subscriber may not write to the suite's topics, so it keeps no dead letters; the offset is
 *       committed past it;</li>
 *   <li>every other record is decoded with shared-events' {@link EventCodec}, which ignores fields it
 *       does not know.</li>
 * </ol>
 * The poll's events go to the {@link EventSink} at once, which writes only the ids it has not seen.
 * When the listener returns, Spring Kafka commits the poll's offsets.
 */
public class EventSubscriber {

    private static final Logger log = LoggerFactory.getLogger(EventSubscriber.class);

    private final EventSink sink;
    private final SubscriberCounts counts;
    private final EventCodec codec = new EventCodec();
    private final EventSchemas schemas = new EventSchemas();

    public EventSubscriber(EventSink sink, SubscriberCounts counts) {
        this.sink = sink;
        this.counts = counts;
    }

    @KafkaListener(id = "sample-subscriber", idIsGroup = false, topics = "#{T(se.kontaktman.events.Topics).ALL}", batch = "true")
    public void onRecords(List<ConsumerRecord<String, byte[]>> records) {
        List<PublishedEvent<IntegrationEvent>> events = new ArrayList<>(records.size());
        for (ConsumerRecord<String, byte[]> record : records) {
            PublishedEvent<IntegrationEvent> event = read(record);
            if (event != null) {
                events.add(event);
            }
        }
        if (!events.isEmpty()) {
            int written = sink.write(events);
            counts.countWritten(written);
            counts.countDuplicates(events.size() - written);
        }
        // What happened to every record, for the integrator to see without a debugger.
        log.info("Read {} records; since start: {}", records.size(), counts);
    }

    /** @return the event, or null for a record skipped (counted and, if malformed, logged) */
    PublishedEvent<IntegrationEvent> read(ConsumerRecord<String, byte[]> record) {
        byte[] value = record.value();
        SkipReason skip = SkipReason.of(value);
        if (skip == SkipReason.UNKNOWN_TYPE) {
            counts.countUnknownType();
            log.info("Skipped an event of unknown type {} at {}", SkipReason.typeOf(value), position(record));
            return null;
        }
        if (skip == SkipReason.NEWER_VERSION_FOLLOWS) {
            // An older version sent beside a newer one this subscriber knows (ContactPersonAssigned v1,
            // marked supersededby v2): the newer one, with the same id, is read instead.
            counts.countOlderVersion();
            return null;
        }
        // Envelope and data against the published schemas, as a tolerant reader: fields the schemas
        // do not name are ignored. The violations name locations and rules, never values.
        List<String> violations = schemas.incomingViolations(value);
        if (!violations.isEmpty()) {
            return malformed(record, String.join("; ", violations));
        }
        try {
            return codec.decode(value);
        } catch (MalformedEventException e) {
            // Not e.getMessage(): the JSON parser's message may quote a value.
            return malformed(record, "data not readable as its record");
        }
    }

    private PublishedEvent<IntegrationEvent> malformed(ConsumerRecord<String, byte[]> record, String why) {
        counts.countMalformed();
        log.warn("Skipped a malformed record at {}: {}", position(record), why);
        return null;
    }

    private static String position(ConsumerRecord<?, ?> record) {
        return record.topic() + "-" + record.partition() + "@" + record.offset();
    }
}
