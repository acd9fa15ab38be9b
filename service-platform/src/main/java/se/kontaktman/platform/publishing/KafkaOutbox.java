package se.kontaktman.platform.publishing;

import java.time.Instant;
import java.util.List;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import se.kontaktman.events.EventCatalog;
import se.kontaktman.events.IntegrationEvent;
import se.kontaktman.events.PublishedEvent;
import se.kontaktman.platform.time.BusinessTime;

/**
 * The event store is the outbox: this tracking processor reads every stored event in order and
 * publishes its integration event. Its token moves only after Kafka has acknowledged the send,
 * so an event is published at least once, whatever fails; the CloudEvent id is the stored
 * event's id, the same on every attempt, for consumers to deduplicate on; its time is when the
 * event was stored, on the business clock. One segment keeps each case's events in order.
 *
 * <p>While an event is published in two versions (the older in its deprecation period), both go
 * out, oldest first, on the same key; each older one is marked as superseded by the next. Every
 * version carries the stored event's id: they are one occurrence, so a reader that noted the v1
 * before it knew v2, and reads the v2 after an upgrade, sees an id it has and counts it once.
 */
@ProcessingGroup(KafkaOutbox.PROCESSING_GROUP)
class KafkaOutbox {

    static final String PROCESSING_GROUP = "kafka-publisher";

    private final KafkaEventSender sender;
    private final IntegrationEventMapping mapping;
    private final String source;
    private final BusinessTime businessTime;

    KafkaOutbox(KafkaEventSender sender, IntegrationEventMapping mapping, String service, BusinessTime businessTime) {
        this.sender = sender;
        this.mapping = mapping;
        this.source = "/kontaktman/" + service;
        this.businessTime = businessTime;
    }

    @EventHandler
    void on(Object domainEvent, @MessageIdentifier String eventId, @Timestamp Instant storedAt) {
        List<IntegrationEvent> versions = mapping.toIntegrationEvents(domainEvent);
        for (int i = 0; i < versions.size(); i++) {
            IntegrationEvent event = versions.get(i);
            PublishedEvent<IntegrationEvent> published = new PublishedEvent<>(eventId, source,
                    businessTime.at(storedAt), event);
            if (i + 1 < versions.size()) {
                published = published.markedSupersededBy(EventCatalog.of(versions.get(i + 1).getClass())
                        .cloudEventType());
            }
            sender.send(published, storedAt);
        }
    }
}
