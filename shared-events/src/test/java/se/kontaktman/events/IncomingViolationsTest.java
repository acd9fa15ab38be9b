package se.kontaktman.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import se.kontaktman.events.assignment.CaseOpened;
import se.kontaktman.events.assignment.ContactPersonAssigned;

/**
 * {@link EventSchemas#incomingViolations}: the check a consuming service makes. It tolerates
 * fields it does not know, and its messages never repeat a value, since they go to dead-letter
 * headers and logs.
 */
class IncomingViolationsTest {

    private static final String CASE_ID = "5f0c7a52-8d0e-4c55-9f6b-2f1c1e0b9a11";

    private final EventSchemas schemas = new EventSchemas();
    private final EventCodec codec = new EventCodec();

    private final String opened = new String(codec.encode(new PublishedEvent<>("e-1",
            "/kontaktman/assignment-service", Instant.parse("2026-01-01T08:00:00Z"),
            new CaseOpened(CASE_ID, "grp-1", CareProfile.LSS, LocalDate.of(2026, 1, 1)))), StandardCharsets.UTF_8);

    @Test
    void aValidRecordHasNoViolations() {
        assertThat(schemas.incomingViolations(bytes(opened))).isEmpty();
    }

    @Test
    void aFieldAddedByACompatibleProducerIsTolerated() {
        byte[] value = bytes(opened.replace("\"careProfile\"", "\"addedLater\":{\"x\":1},\"careProfile\""));

        assertThat(schemas.incomingViolations(value)).isEmpty();
        assertThat(codec.decode(value).event()).isInstanceOf(CaseOpened.class);
        assertThat(schemas.violations(value)).as("the producers' check stays strict").isNotEmpty();
    }

    @Test
    void aMissingRequiredFieldIsAViolationAtThatFieldsLocation() {
        byte[] value = bytes(opened.replace("\"staffGroupId\":\"grp-1\",", ""));

        assertThat(schemas.incomingViolations(value)).containsExactly("$.data.staffGroupId: required");
    }

    @Test
    void aPersonnummerWhereAnIdBelongsIsNamedByLocationNotRepeated() {
        byte[] value = bytes(opened.replace("\"grp-1\"", "\"191212121212\""));

        assertThat(schemas.incomingViolations(value))
                .isNotEmpty()
                .allMatch(v -> v.startsWith("$.data.staffGroupId: "))
                .noneMatch(v -> v.contains("1912") || v.contains("121212"));
    }

    @Test
    void aPersonnummerInANullableIdIsNotRepeatedEither() {
        String assigned = new String(codec.encode(new PublishedEvent<>("e-2", "/kontaktman/assignment-service",
                Instant.parse("2026-01-01T08:00:00Z"), new ContactPersonAssigned(CASE_ID, "grp-1",
                        ContactRole.PRIMARY, "anna.berg", LocalDate.of(2026, 1, 2), "19121212-1212"))),
                StandardCharsets.UTF_8);

        assertThat(schemas.incomingViolations(bytes(assigned)))
                .isNotEmpty()
                .allMatch(v -> v.startsWith("$.data.replacedStaffId: "))
                .noneMatch(v -> v.contains("1212"));
    }

    @Test
    void aWrongEnvelopeIsNamedByLocationAndKeyword() {
        byte[] value = bytes(opened.replace("\"specversion\":\"1.0\"", "\"specversion\":\"0.3\""));

        assertThat(schemas.incomingViolations(value)).containsExactly("$.specversion: const");
    }

    @Test
    void anUnknownTypeIsAViolation() {
        byte[] value = bytes(opened.replace("se.kontaktman.CaseOpened.v1", "se.kontaktman.CaseOpened.v191212121212"));

        assertThat(schemas.incomingViolations(value))
                .containsExactly("$.type: unknown event type")
                .noneMatch(v -> v.contains("1912"));
    }

    @Test
    void garbageIsAViolationNotAnException() {
        assertThat(schemas.incomingViolations(bytes("not json 191212121212"))).containsExactly("$: not JSON");
        assertThat(schemas.incomingViolations(bytes("{\"id\":"))).containsExactly("$: not JSON");
        assertThat(schemas.incomingViolations(new byte[] {(byte) 0xff, 0x00, 0x7b})).hasSize(1);
        assertThat(schemas.incomingViolations(bytes("[1,2]"))).containsExactly("$: type");
        assertThat(schemas.incomingViolations(new byte[0])).hasSize(1);
        assertThat(schemas.incomingViolations(null)).hasSize(1);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
