package se.kontaktman.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import se.kontaktman.events.assignment.CaseOpened;
import se.kontaktman.events.assignment.ContactPersonAssignedV2;

/** What a reader skips unread, from the envelope alone; everything else is read, and faults are found then. */
class SkipReasonTest {

    private static final String CASE = "5f0c7a52-8d0e-4c55-9f6b-2f1c1e0b9a11";
    private static final String V2 = "se.kontaktman.ContactPersonAssigned.v2";
    private static final Instant AT = Instant.parse("2026-11-02T08:00:00Z");
    private static final ContactPersonAssignedV2 ASSIGNED = new ContactPersonAssignedV2(CASE, "solbacken",
            ContactRole.PRIMARY, "anna.berg", LocalDate.of(2026, 11, 2), null, "pia.planerare", null);

    private final EventCodec codec = new EventCodec();

    private String encoded(PublishedEvent<?> event) {
        return new String(codec.encode(event), StandardCharsets.UTF_8);
    }

    private static SkipReason of(String value) {
        return SkipReason.of(value.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aV1MarkedWithItsOwnNewerVersionIsSkippedAndTheV2AndAnUnmarkedV1AreRead() {
        String marked = encoded(new PublishedEvent<>("e-1", "/kontaktman/assignment-service", AT, ASSIGNED.toV1())
                .markedSupersededBy(V2));

        assertThat(of(marked)).isEqualTo(SkipReason.NEWER_VERSION_FOLLOWS);
        assertThat(of(encoded(new PublishedEvent<>("e-1", "/kontaktman/assignment-service", AT, ASSIGNED)))).isNull();
        assertThat(of(encoded(new PublishedEvent<>("e-0", "/kontaktman/assignment-service", AT, ASSIGNED.toV1()))))
                .isNull();
        assertThat(of(marked.replace(V2, "se.kontaktman.ContactPersonAssigned.v9")))
                .as("a newer version this copy does not know: the v1 is all it can read").isNull();
    }

    @Test
    void aTypeNotInTheCatalogueIsSkippedAsUnknown() {
        String opened = encoded(new PublishedEvent<>("e-2", "/kontaktman/assignment-service", AT,
                new CaseOpened(CASE, "solbacken", CareProfile.HOME_CARE, LocalDate.of(2026, 11, 2))));

        assertThat(of(opened.replace("se.kontaktman.CaseOpened.v1", "se.kontaktman.CaseReopened.v1")))
                .isEqualTo(SkipReason.UNKNOWN_TYPE);
        // Only a CloudEvent as the suite sends them: anything else with a type is read and found malformed.
        assertThat(of("{\"type\": \"se.kontaktman.CaseReopened.v1\"}")).isNull();
        assertThat(of(opened.replace("se.kontaktman.CaseOpened.v1", "x"))).isNull();
    }

    @Test
    void aMarkThatDoesNotNameALaterVersionOfTheSameEventSkipsNothing() {
        String opened = encoded(new PublishedEvent<>("e-3", "/kontaktman/assignment-service", AT,
                new CaseOpened(CASE, "solbacken", CareProfile.HOME_CARE, LocalDate.of(2026, 11, 2)))
                .markedSupersededBy(V2));
        String v2MarkedByV1 = encoded(new PublishedEvent<>("e-4", "/kontaktman/assignment-service", AT, ASSIGNED)
                .markedSupersededBy("se.kontaktman.ContactPersonAssigned.v1"));

        assertThat(of(opened)).as("another event's newer version").isNull();
        assertThat(of(v2MarkedByV1)).as("an older version named as the newer").isNull();
        // Read, such a mark is a fault of the record: it goes to the dead-letter topic.
        EventSchemas schemas = new EventSchemas();
        assertThat(schemas.incomingViolations(opened.getBytes(StandardCharsets.UTF_8)))
                .containsExactly("$.supersededby: not a later version of the type");
        assertThat(schemas.incomingViolations(v2MarkedByV1.getBytes(StandardCharsets.UTF_8)))
                .containsExactly("$.supersededby: not a later version of the type");
        assertThat(of("{\"supersededby\": \"" + V2 + "\"}")).as("no type: not a CloudEvent").isNull();
        assertThat(of("{\"type\": 42, \"supersededby\": \"" + V2 + "\"}")).isNull();
        assertThat(of("{ not JSON")).isNull();
        assertThat(SkipReason.of(new byte[0])).isNull();
    }
}
