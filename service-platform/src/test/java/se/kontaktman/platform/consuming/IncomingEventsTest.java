package se.kontaktman.platform.consuming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import se.kontaktman.events.CareProfile;
import se.kontaktman.events.EventCodec;
import se.kontaktman.events.MalformedEventException;
import se.kontaktman.events.PublishedEvent;
import se.kontaktman.events.Topics;
import se.kontaktman.events.BackdatingReason;
import se.kontaktman.events.ContactRole;
import se.kontaktman.events.assignment.CaseOpened;
import se.kontaktman.events.assignment.ContactPersonAssignedV2;

/** A consumer reads known events, skips unknown types, and refuses what breaks its contract. */
class IncomingEventsTest {

    private static final String CASE = "5f0c7a52-8d0e-4c55-9f6b-2f1c1e0b9a11";
    private final IncomingEvents incoming = new IncomingEvents();
    private final String opened = new String(new EventCodec().encode(new PublishedEvent<>("e-1",
            "/kontaktman/assignment-service", Instant.parse("2026-11-02T08:00:00Z"),
            new CaseOpened(CASE, "solbacken", CareProfile.HOME_CARE, LocalDate.of(2026, 11, 2)))),
            StandardCharsets.UTF_8);

    private static ConsumerRecord<String, byte[]> record(String value) {
        return new ConsumerRecord<>(Topics.CASES, 0, 7, CASE, value.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aKnownEventIsRead() {
        assertThat(incoming.readIfKnown(record(opened))).get()
                .extracting(published -> published.event()).isInstanceOf(CaseOpened.class);
    }

    @Test
    void aReadableEventOfATypeNotKnownHereIsSkipped() {
        String newer = opened.replace("se.kontaktman.CaseOpened.v1", "se.kontaktman.CaseReopened.v1");

        assertThat(incoming.readIfKnown(record(newer))).isEmpty();
        assertThatThrownBy(() -> incoming.read(record(newer))).isInstanceOf(MalformedEventException.class);
    }

    @Test
    void aKnownEventBreakingItsContractIsMalformedAndSaysWhereNotWhat() {
        String broken = opened.replace("\"solbacken\"", "\"191212121212\"");

        assertThatThrownBy(() -> incoming.readIfKnown(record(broken))).isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("$.data.staffGroupId").hasMessageNotContaining("191212121212");
    }

    @Test
    void somethingThatIsNotACloudEventIsMalformed() {
        assertThatThrownBy(() -> incoming.readIfKnown(record("{\"not\": \"a cloud event\""))).isInstanceOf(
                MalformedEventException.class);
    }

    @Test
    void aV1SupersededByAV2KnownHereIsSkippedForItsV2AndAnUnmarkedV1IsRead() {
        EventCodec codec = new EventCodec();
        ContactPersonAssignedV2 v2 = new ContactPersonAssignedV2(CASE, "solbacken", ContactRole.PRIMARY, "anna",
                LocalDate.of(2026, 11, 2), null, "per", BackdatingReason.MIGRATION);
        Instant at = Instant.parse("2026-11-02T08:00:00Z");
        String marked = new String(codec.encode(new PublishedEvent<>("e-2", "/kontaktman/assignment-service", at,
                v2.toV1()).markedSupersededBy("se.kontaktman.ContactPersonAssigned.v2")), StandardCharsets.UTF_8);
        String newer = new String(codec.encode(new PublishedEvent<>("e-2", "/kontaktman/assignment-service", at, v2)),
                StandardCharsets.UTF_8);
        String history = new String(codec.encode(new PublishedEvent<>("e-1", "/kontaktman/assignment-service", at,
                v2.toV1())), StandardCharsets.UTF_8);
        String markedByUnknown = marked.replace("ContactPersonAssigned.v2", "ContactPersonAssigned.v9");

        assertThat(incoming.readIfKnown(record(marked))).isEmpty();
        assertThat(incoming.readIfKnown(record(newer))).get().extracting(PublishedEvent::event).isEqualTo(v2);
        assertThat(incoming.readIfKnown(record(history))).get().extracting(PublishedEvent::event)
                .isEqualTo(v2.toV1());
        assertThat(incoming.readIfKnown(record(markedByUnknown))).get().extracting(PublishedEvent::event)
                .isEqualTo(v2.toV1());
    }

    @Test
    void aV1MarkedSupersededIsSkippedUnreadNotSetAsideWhenItsDataIsBroken() {
        ContactPersonAssignedV2 v2 = new ContactPersonAssignedV2(CASE, "solbacken", ContactRole.PRIMARY, "anna",
                LocalDate.of(2026, 11, 2), null, "per", null);
        String marked = new String(new EventCodec().encode(new PublishedEvent<>("e-4", "/kontaktman/assignment-service",
                Instant.parse("2026-11-02T08:00:00Z"), v2.toV1()).markedSupersededBy(
                "se.kontaktman.ContactPersonAssigned.v2")), StandardCharsets.UTF_8);
        String broken = marked.replace("\"PRIMARY\"", "\"BOSS\"");
        List<ConsumerRecord<?, ?>> setAside = new ArrayList<>();
        Counter unknownTypes = new SimpleMeterRegistry().counter("unknown");

        assertThat(incoming.readOrSetAside(record(broken), (r, e) -> setAside.add(r), unknownTypes)).isEmpty();
        assertThat(setAside).isEmpty();
        assertThat(unknownTypes.count()).isZero();
        // Without the mark the same break goes to the dead-letter topic.
        String unmarked = broken.replace("\"supersededby\"", "\"x-note\"");
        assertThat(incoming.readOrSetAside(record(unmarked), (r, e) -> setAside.add(r), unknownTypes)).isEmpty();
        assertThat(setAside).hasSize(1);
    }
}
