package se.kontaktman.platform.consuming;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import se.kontaktman.events.EventCodec;
import se.kontaktman.events.EventSchemas;
import se.kontaktman.events.IntegrationEvent;
import se.kontaktman.events.MalformedEventException;
import se.kontaktman.events.PublishedEvent;

/**
 * Reads a record another service published: first checked against the published schemas (as a
 * tolerant reader: fields added later are ignored), then decoded. A record that breaks its
 * contract is malformed, so it goes to the dead-letter topic instead of becoming a command that
 * fails forever.
 */
public class IncomingEvents {

    private final EventCodec codec = new EventCodec();
    private final EventSchemas schemas = new EventSchemas();

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
