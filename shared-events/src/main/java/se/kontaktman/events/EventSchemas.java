package se.kontaktman.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks a record value against the published JSON Schemas: the CloudEvents envelope, then the
 * {@code data} against the schema of the event's type and version. Subscribers may use it too.
 */
public final class EventSchemas {

    private static final String ENVELOPE = "/schemas/cloudevent-envelope.schema.json";

    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();
    private final JsonMapper json = JsonMapper.builder().build();

    /** @return the violations, empty when the value is a valid event of the catalog */
    public List<String> violations(byte[] recordValue) {
        JsonNode envelope = json.readTree(recordValue);
        List<String> problems = new ArrayList<>(messages(schema(ENVELOPE).validate(envelope)));
        if (!problems.isEmpty()) {
            return problems;
        }
        String type = envelope.get("type").asString();
        EventCatalog.Entry contract = EventCatalog.byCloudEventType(type).orElse(null);
        if (contract == null) {
            return List.of("unknown event type " + type);
        }
        if (!contract.dataSchema().toString().equals(envelope.get("dataschema").asString())) {
            problems.add("dataschema is not " + contract.dataSchema());
        }
        problems.addAll(messages(schema(contract.schemaResource()).validate(envelope.get("data"))));
        return problems;
    }

    public Schema schema(String resource) {
        return schemas.computeIfAbsent(resource, r -> {
            try (InputStream in = EventSchemas.class.getResourceAsStream(r)) {
                if (in == null) {
                    throw new IllegalArgumentException("no schema " + r);
                }
                return registry.getSchema(json.readTree(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static List<String> messages(List<Error> errors) {
        return errors.stream().map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList();
    }
}
