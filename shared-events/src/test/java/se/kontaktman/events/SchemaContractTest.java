package se.kontaktman.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.kontaktman.events.assignment.CaseOpened;
import tools.jackson.databind.JsonNode;

class SchemaContractTest {

    private final EventSchemas schemas = new EventSchemas();
    private final EventCodec codec = new EventCodec();

    static Stream<EventCatalog.Entry> contracts() {
        return EventCatalog.entries().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("contracts")
    void schemaNamesExactlyTheRecordsFields(EventCatalog.Entry contract) {
        JsonNode schema = schemas.schema(contract.schemaResource()).getSchemaNode();
        Set<String> schemaFields = new HashSet<>(schema.get("properties").propertyNames());
        Set<String> recordFields = new HashSet<>(Arrays.stream(contract.javaType().getRecordComponents())
                .map(c -> c.getName()).toList());

        assertThat(schemaFields).isEqualTo(recordFields);
        assertThat(schema.get("additionalProperties").asBoolean()).as("extra fields are refused").isFalse();
    }

    @Test
    void catalogTypesAreUniqueAndVersioned() {
        assertThat(EventCatalog.entries()).extracting(EventCatalog.Entry::cloudEventType)
                .doesNotHaveDuplicates()
                .allMatch(type -> type.matches("se\\.kontaktman\\.[A-Za-z]+\\.v\\d+"));
    }

    @Test
    void aPersonnummerWhereAnIdBelongsIsRejected() {
        byte[] value = codec.encode(new PublishedEvent<>("e-1", "/kontaktman/assignment-service", Instant.now(),
                new CaseOpened("5f0c7a52-8d0e-4c55-9f6b-2f1c1e0b9a11", "191212121212", CareProfile.LSS,
                        LocalDate.of(2026, 1, 1))));

        assertThat(schemas.violations(value)).anyMatch(v -> v.contains("staffGroupId"));
    }

    @Test
    void aCaseIdThatIsNotAUuidIsRejected() {
        byte[] value = codec.encode(new PublishedEvent<>("e-1", "/kontaktman/assignment-service", Instant.now(),
                new CaseOpened("Tolvan Tolvansson", "grp-1", CareProfile.LSS, LocalDate.of(2026, 1, 1))));

        assertThat(schemas.violations(value)).anyMatch(v -> v.contains("caseId"));
    }

    @Test
    void anExtraFieldInDataIsRejected() {
        String json = new String(codec.encode(new PublishedEvent<>("e-1", "/kontaktman/assignment-service",
                Instant.now(), new CaseOpened("5f0c7a52-8d0e-4c55-9f6b-2f1c1e0b9a11", "grp-1", CareProfile.LSS,
                        LocalDate.of(2026, 1, 1)))), StandardCharsets.UTF_8)
                .replace("\"careProfile\"", "\"clientName\":\"Tolvan\",\"careProfile\"");

        assertThat(schemas.violations(json.getBytes(StandardCharsets.UTF_8))).isNotEmpty();
    }
}
