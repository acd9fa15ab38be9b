package se.kontaktman.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import se.kontaktman.events.assignment.ContactPersonAssigned;
import se.kontaktman.events.organisation.StaffMemberDefined;

class EventCodecTest {

    private static final String CASE_ID = "5f0c7a52-8d0e-4c55-9f6b-2f1c1e0b9a11";

    private final EventCodec codec = new EventCodec();
    private final EventSchemas schemas = new EventSchemas();

    private final PublishedEvent<ContactPersonAssigned> assigned = new PublishedEvent<>(
            "e-1", "/kontaktman/assignment-service", Instant.parse("2026-03-03T08:15:30Z"),
            new ContactPersonAssigned(CASE_ID, "grp-1", ContactRole.PRIMARY, "anna.berg",
                    LocalDate.of(2026, 3, 3), null));

    @Test
    void recordIsKeyedByCaseIdAndGoesToTheCaseTopicAsStructuredCloudEvent() {
        ProducerRecord<String, byte[]> record = codec.toRecord(assigned);

        assertThat(record.topic()).isEqualTo(Topics.CASES);
        assertThat(record.key()).isEqualTo(CASE_ID);
        assertThat(new String(record.headers().lastHeader("content-type").value(), StandardCharsets.UTF_8))
                .isEqualTo("application/cloudevents+json");
        String json = new String(record.value(), StandardCharsets.UTF_8);
        assertThat(json).contains("\"type\":\"se.kontaktman.ContactPersonAssigned.v1\"")
                .contains("\"subject\":\"" + CASE_ID + "\"")
                .contains("\"effectiveFrom\":\"2026-03-03\"");
    }

    @Test
    void encodedEventsMatchTheirSchemaAndDecodeToTheSameEvent() {
        byte[] value = codec.encode(assigned);

        assertThat(schemas.violations(value)).isEmpty();
        assertThat(codec.decode(value)).isEqualTo(assigned);
    }

    @Test
    void enumSetsSurviveTheRoundTrip() {
        PublishedEvent<StaffMemberDefined> staff = new PublishedEvent<>("e-2", "/kontaktman/assignment-service",
                Instant.parse("2026-03-03T08:15:30Z"),
                new StaffMemberDefined("anna.berg", "Anna Berg", Set.of(StaffRole.CARE_STAFF, StaffRole.PLANNER),
                        "grp-1", true));

        assertThat(codec.decode(codec.encode(staff))).isEqualTo(staff);
    }

    @Test
    void garbageIsMalformed() {
        assertThatThrownBy(() -> codec.decode("not json".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> codec.decode(new byte[0])).isInstanceOf(MalformedEventException.class);
    }

    @Test
    void unknownTypeIsMalformed() {
        String json = new String(codec.encode(assigned), StandardCharsets.UTF_8)
                .replace("se.kontaktman.ContactPersonAssigned.v1", "se.kontaktman.Nonsense.v9");

        assertThatThrownBy(() -> codec.decode(json.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("unknown event type");
    }

    @Test
    void dataThatDoesNotFitTheRecordIsMalformed() {
        String json = new String(codec.encode(assigned), StandardCharsets.UTF_8)
                .replace("\"PRIMARY\"", "\"CHIEF\"");

        assertThatThrownBy(() -> codec.decode(json.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(MalformedEventException.class);
    }
}
