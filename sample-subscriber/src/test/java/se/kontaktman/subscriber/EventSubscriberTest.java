package se.kontaktman.subscriber;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import se.kontaktman.events.ContactRole;
import se.kontaktman.events.EventCatalog;
import se.kontaktman.events.EventCodec;
import se.kontaktman.events.PublishedEvent;
import se.kontaktman.events.Topics;
import se.kontaktman.events.assignment.ContactPersonAssigned;
import se.kontaktman.events.assignment.ContactPersonAssignedV2;

/** How one record is read, without a broker. */
class EventSubscriberTest {

    private final EventCodec codec = new EventCodec();
    private final SubscriberCounts counts = new SubscriberCounts();
    private final EventSubscriber subscriber = new EventSubscriber(events -> events.size(), counts);

    private ConsumerRecord<String, byte[]> record(PublishedEvent<?> event) {
        return new ConsumerRecord<>(Topics.CASES, 0, 0, "case", codec.encode(event));
    }

    @Test
    void anAssignmentSentAsV1AndV2IsReadOnceAsTheNewerVersionAndAnUnmarkedV1AsItIs() {
        String caseId = UUID.randomUUID().toString();
        ContactPersonAssigned v1 = new ContactPersonAssigned(caseId, "solbacken", ContactRole.PRIMARY, "anna.berg",
                LocalDate.of(2026, 11, 3), null);
        ContactPersonAssignedV2 v2 = new ContactPersonAssignedV2(caseId, "solbacken", ContactRole.PRIMARY,
                "anna.berg", LocalDate.of(2026, 11, 3), null, "pia.planerare", null);
        String v2Type = EventCatalog.of(ContactPersonAssignedV2.class).cloudEventType();
        String occurrence = UUID.randomUUID().toString();
        PublishedEvent<ContactPersonAssigned> marked = new PublishedEvent<>(occurrence,
                "/kontaktman/assignment-service", Instant.parse("2026-11-03T08:00:00Z"), v1).markedSupersededBy(v2Type);
        PublishedEvent<ContactPersonAssignedV2> newer = new PublishedEvent<>(occurrence,
                "/kontaktman/assignment-service", Instant.parse("2026-11-03T08:00:00Z"), v2);
        PublishedEvent<ContactPersonAssigned> before = new PublishedEvent<>(UUID.randomUUID().toString(),
                "/kontaktman/assignment-service", Instant.parse("2026-10-03T08:00:00Z"), v1);

        assertThat(subscriber.read(record(marked))).as("the v1 sent beside a v2").isNull();
        assertThat(subscriber.read(record(newer)).event()).isEqualTo(v2);
        assertThat(subscriber.read(record(before)).event()).as("a v1 from before v2 existed").isEqualTo(v1);
    }

    @Test
    void aV1MarkedSupersededIsSkippedUnreadSoABreakInItsDataIsNotCountedAsMalformed() {
        ContactPersonAssigned v1 = new ContactPersonAssigned(UUID.randomUUID().toString(), "solbacken",
                ContactRole.PRIMARY, "anna.berg", LocalDate.of(2026, 11, 3), null);
        PublishedEvent<ContactPersonAssigned> marked = new PublishedEvent<>(UUID.randomUUID().toString(),
                "/kontaktman/assignment-service", Instant.parse("2026-11-03T08:00:00Z"), v1)
                .markedSupersededBy(EventCatalog.of(ContactPersonAssignedV2.class).cloudEventType());
        String broken = new String(codec.encode(marked), StandardCharsets.UTF_8).replace("\"PRIMARY\"", "\"BOSS\"");

        assertThat(subscriber.read(new ConsumerRecord<>(Topics.CASES, 0, 0, "case",
                broken.getBytes(StandardCharsets.UTF_8)))).isNull();
        assertThat(counts.malformed()).isZero();
        // The same break without the mark is a malformed record.
        assertThat(subscriber.read(new ConsumerRecord<>(Topics.CASES, 0, 1, "case",
                broken.replace("\"supersededby\"", "\"x-note\"").getBytes(StandardCharsets.UTF_8)))).isNull();
        assertThat(counts.malformed()).isEqualTo(1);
    }
}
