package se.kontaktman.events;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.core.format.EventFormat;
import io.cloudevents.jackson.JsonFormat;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns integration events into CloudEvents in structured JSON mode and back.
 *
 * <p>Structured mode: the Kafka record value is one JSON document holding the envelope
 * ({@code id}, {@code type}, {@code source}, {@code time}, {@code subject}, {@code dataschema})
 * and the event under {@code data}. The record key is the partition key (the case id), and the
 * {@code content-type} header says {@code application/cloudevents+json}.
 */
public final class EventCodec {

    public static final String CONTENT_TYPE_HEADER = "content-type";
    /** CloudEvents extension carrying the Kafka key, per the CloudEvents Kafka binding. */
    public static final String PARTITION_KEY_EXTENSION = "partitionkey";
    /**
     * CloudEvents extension on an older version of an event published together with a newer one:
     * the newer one's type (see {@link PublishedEvent#supersededBy()}).
     */
    public static final String SUPERSEDED_BY_EXTENSION = "supersededby";

    private static final EventFormat FORMAT = new JsonFormat();

    // Tolerant reader: a field added in a compatible change must not break older subscribers.
    private final JsonMapper json = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    public byte[] encode(PublishedEvent<?> published) {
        return FORMAT.serialize(toCloudEvent(published));
    }

    public CloudEvent toCloudEvent(PublishedEvent<?> published) {
        EventCatalog.Entry contract = published.contract();
        String key = published.event().partitionKey();
        CloudEventBuilder builder = CloudEventBuilder.v1()
                .withId(published.id())
                .withSource(URI.create(published.source()))
                .withType(contract.cloudEventType())
                .withTime(published.time().atOffset(ZoneOffset.UTC))
                .withSubject(key)
                .withDataSchema(contract.dataSchema())
                .withDataContentType("application/json")
                .withExtension(PARTITION_KEY_EXTENSION, key)
                .withData(json.writeValueAsBytes(published.event()));
        if (published.supersededBy() != null) {
            builder.withExtension(SUPERSEDED_BY_EXTENSION, published.supersededBy());
        }
        return builder.build();
    }

    public ProducerRecord<String, byte[]> toRecord(PublishedEvent<?> published) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(CONTENT_TYPE_HEADER, JsonFormat.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        return new ProducerRecord<>(published.contract().topic(), null, published.event().partitionKey(),
                encode(published), headers);
    }

    /**
     * Reads a record value written by {@link #encode}.
     *
     * @throws MalformedEventException when the value is not a CloudEvent of a known type whose data fits it
     */
    public PublishedEvent<IntegrationEvent> decode(byte[] value) {
        if (value == null || value.length == 0) {
            throw new MalformedEventException("empty record value");
        }
        CloudEvent cloudEvent;
        try {
            cloudEvent = FORMAT.deserialize(value);
        } catch (RuntimeException e) {
            throw new MalformedEventException("not a structured CloudEvent: " + e.getMessage(), e);
        }
        EventCatalog.Entry contract = EventCatalog.byCloudEventType(cloudEvent.getType())
                .orElseThrow(() -> new MalformedEventException("unknown event type " + cloudEvent.getType()));
        if (cloudEvent.getData() == null || cloudEvent.getTime() == null) {
            throw new MalformedEventException(cloudEvent.getType() + " " + cloudEvent.getId() + " has no data or time");
        }
        IntegrationEvent event;
        try {
            event = json.readValue(cloudEvent.getData().toBytes(), contract.javaType());
        } catch (JacksonException e) {
            throw new MalformedEventException(cloudEvent.getType() + " " + cloudEvent.getId()
                    + " has unreadable data: " + e.getOriginalMessage(), e);
        }
        Object supersededBy = cloudEvent.getExtension(SUPERSEDED_BY_EXTENSION);
        return new PublishedEvent<>(cloudEvent.getId(), cloudEvent.getSource().toString(),
                cloudEvent.getTime().toInstant(), event, supersededBy == null ? null : supersededBy.toString());
    }
}
