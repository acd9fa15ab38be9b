package se.kontaktman.platform.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Future;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import se.kontaktman.events.EventCodec;
import se.kontaktman.events.IntegrationEvent;
import se.kontaktman.events.PublishedEvent;
import se.kontaktman.events.Topics;

/** Puts events on their topics as the service that owns them would: CloudEvents, acknowledged by the broker. */
public final class EventWriter implements AutoCloseable {

    private final EventCodec codec = new EventCodec();
    private final KafkaProducer<String, byte[]> producer;

    public EventWriter(String bootstrapServers) {
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer());
    }

    /** To the shared embedded broker. */
    public EventWriter() {
        this(EmbeddedServers.kafka().bootstrapServers());
    }

    /** @return the CloudEvent id, to publish the same event again */
    public String publish(IntegrationEvent event) {
        return publish(UUID.randomUUID().toString(), Instant.now(), event);
    }

    public String publish(String id, Instant time, IntegrationEvent event) {
        send(record(id, time, event));
        return id;
    }

    /** The same event {@code times} times, as redeliveries would bring it: sent together, then awaited. */
    public void publishAgain(String id, Instant time, IntegrationEvent event, int times) {
        ProducerRecord<String, byte[]> record = record(id, time, event);
        List<Future<RecordMetadata>> sent = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            sent.add(producer.send(record));
        }
        sent.forEach(EventWriter::await);
    }

    private ProducerRecord<String, byte[]> record(String id, Instant time, IntegrationEvent event) {
        String source = "/kontaktman/" + Topics.publisherOf(new PublishedEvent<>(id, "", time, event).contract().topic());
        return codec.toRecord(new PublishedEvent<>(id, source, time, event));
    }

    /** @return where the record landed */
    public RecordMetadata send(ProducerRecord<String, byte[]> record) {
        return await(producer.send(record));
    }

    private static RecordMetadata await(Future<RecordMetadata> sent) {
        try {
            return sent.get();
        } catch (Exception e) {
            throw new IllegalStateException("could not publish a test event", e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
