package se.kontaktman.platform.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import se.kontaktman.events.BackdatingReason;
import se.kontaktman.events.ContactRole;
import se.kontaktman.events.EventCodec;
import se.kontaktman.events.IntegrationEvent;
import se.kontaktman.events.PublishedEvent;
import se.kontaktman.events.Topics;
import se.kontaktman.events.assignment.ContactPersonAssigned;
import se.kontaktman.events.assignment.ContactPersonAssignedV2;
import se.kontaktman.platform.consuming.IncomingEvents;
import se.kontaktman.platform.time.BusinessTime;

/**
 * An event published in two versions: both carry the stored event's id, the older is marked, and a
 * pair only half sent (Kafka acknowledged the v1, then failed the v2) is sent whole again, so that
 * every kind of reader still counts the occurrence once.
 */
class KafkaOutboxTest {

    private static final String CASE = "5f0c7a52-8d0e-4c55-9f6b-2f1c1e0b9a11";
    private static final String STORED_EVENT_ID = "3b1f6a0e-2f7d-4a57-9a52-0d7c1f2b8e61";
    private static final Instant STORED_AT = Instant.parse("2026-11-02T08:00:00Z");
    private static final ContactPersonAssignedV2 ASSIGNED = new ContactPersonAssignedV2(CASE, "solbacken",
            ContactRole.PRIMARY, "anna.berg", LocalDate.of(2026, 11, 2), null, "pia.planerare",
            BackdatingReason.MIGRATION);

    /** What Kafka acknowledged, in order; fails the first v2 it is given, as a broker going away would. */
    private final List<PublishedEvent<?>> acknowledged = new ArrayList<>();
    private final KafkaEventSender sender = new KafkaEventSender(null, new SimpleMeterRegistry(), Duration.ZERO,
            Duration.ZERO) {
        private boolean failedOnce;

        @Override
        void send(PublishedEvent<?> event, Instant storedAt) {
            if (event.event() instanceof ContactPersonAssignedV2 && !failedOnce) {
                failedOnce = true;
                throw new KafkaUnavailableException("Kafka did not acknowledge event " + event.id(), null);
            }
            acknowledged.add(event);
        }
    };
    private final IntegrationEventMapping bothVersions = new IntegrationEventMapping() {
        @Override
        public IntegrationEvent toIntegrationEvent(Object domainEvent) {
            return ASSIGNED;
        }

        @Override
        public List<IntegrationEvent> toIntegrationEvents(Object domainEvent) {
            return List.of(ASSIGNED.toV1(), ASSIGNED);
        }
    };
    private final KafkaOutbox outbox = new KafkaOutbox(sender, bothVersions, "assignment-service",
            new BusinessTime(Duration.ZERO));

    @Test
    void aPairHalfSentIsSentWholeAgainWithTheSameIdAndEveryReaderCountsTheOccurrenceOnce() {
        // The processor's token does not move past a failed handler: Axon gives it the event again.
        assertThatThrownBy(() -> outbox.on(new Object(), STORED_EVENT_ID, STORED_AT))
                .isInstanceOf(KafkaEventSender.KafkaUnavailableException.class);
        outbox.on(new Object(), STORED_EVENT_ID, STORED_AT);

        assertThat(acknowledged.stream().<IntegrationEvent>map(PublishedEvent::event))
                .containsExactly(ASSIGNED.toV1(), ASSIGNED.toV1(), ASSIGNED);
        assertThat(acknowledged).extracting(PublishedEvent::id).containsOnly(STORED_EVENT_ID);
        assertThat(acknowledged).extracting(PublishedEvent::supersededBy).containsExactly(
                "se.kontaktman.ContactPersonAssigned.v2", "se.kontaktman.ContactPersonAssigned.v2", null);

        List<ConsumerRecord<String, byte[]>> topic = new ArrayList<>();
        EventCodec codec = new EventCodec();
        for (PublishedEvent<?> event : acknowledged) {
            topic.add(new ConsumerRecord<>(Topics.CASES, 0, topic.size(), CASE, codec.encode(event)));
        }
        // A reader that knows v2: the marked v1s are skipped, the v2 is read.
        IncomingEvents incoming = new IncomingEvents();
        assertThat(topic.stream().map(incoming::readIfKnown).flatMap(Optional::stream).map(PublishedEvent::event))
                .containsExactly(ASSIGNED);
        // A reader from before v2: reads the v1 twice and drops the second by its id.
        Set<String> seen = new HashSet<>();
        assertThat(topic.stream().map(r -> codec.decode(r.value()))
                .filter(e -> e.event() instanceof ContactPersonAssigned).filter(e -> seen.add(e.id())))
                .hasSize(1);
        // That reader, upgraded, reading from the beginning again: the v2 has an id it has seen.
        assertThat(topic.stream().map(incoming::readIfKnown).flatMap(Optional::stream)
                .filter(e -> seen.add(e.id()))).isEmpty();
    }
}
