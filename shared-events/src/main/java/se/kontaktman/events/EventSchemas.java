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
import com.networknt.schema.path.NodePath;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks a record value against the published JSON Schemas: the CloudEvents envelope, then the
 * {@code data} against the schema of the event's type and version. Subscribers may use it too:
 * {@link #violations} is the producers' strict check, {@link #incomingViolations} the tolerant one
 * for records a service consumes.
 */
public final class EventSchemas {

    /** The CloudEvents envelope's schema, on the classpath beside the events' ({@link EventCatalog.Entry#schemaResource()}). */
    public static final String ENVELOPE = "/schemas/cloudevent-envelope.schema.json";

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
        if (!markedByALaterVersion(envelope, contract)) {
            problems.add("supersededby does not name a later version of " + contract.name());
        }
        problems.addAll(messages(schema(contract.schemaResource()).validate(envelope.get("data"))));
        return problems;
    }

    /**
     * The check for a record a service consumes: like {@link #violations}, but a tolerant reader,
     * so fields the schemas do not name are ignored at any depth (a compatible producer may add
     * some). Each violation names only the instance location and the keyword, e.g.
     * {@code $.data.staffGroupId: pattern}, never the value: the messages end up in dead-letter
     * headers and logs, and a wrong value could be a personnummer.
     *
     * @return the violations, empty when the value is readable as an event of the catalog
     */
    public List<String> incomingViolations(byte[] recordValue) {
        if (recordValue == null || recordValue.length == 0) {
            return List.of("$: empty record value");
        }
        JsonNode envelope;
        try {
            envelope = json.readTree(recordValue);
        } catch (JacksonException e) {
            // Not e.getMessage(): the parser quotes the input.
            return List.of("$: not JSON");
        }
        if (envelope == null || envelope.isMissingNode()) {
            return List.of("$: not JSON");
        }
        List<String> problems = new ArrayList<>(locations("$", schema(ENVELOPE).validate(envelope)));
        if (!problems.isEmpty()) {
            return problems;
        }
        EventCatalog.Entry contract = EventCatalog.byCloudEventType(envelope.get("type").asString()).orElse(null);
        if (contract == null) {
            return List.of("$.type: unknown event type");
        }
        if (!contract.dataSchema().toString().equals(envelope.get("dataschema").asString())) {
            problems.add("$.dataschema: not the schema of the type");
        }
        if (!markedByALaterVersion(envelope, contract)) {
            problems.add("$.supersededby: not a later version of the type");
        }
        problems.addAll(locations("$.data", schema(contract.schemaResource()).validate(envelope.get("data"))));
        return problems;
    }

    /** The envelope alone, as {@link #incomingViolations} names its faults: for a type this copy does not know. */
    List<String> envelopeViolations(JsonNode envelope) {
        return locations("$", schema(ENVELOPE).validate(envelope));
    }

    /**
     * True when the envelope has no {@code supersededby}, or names a later version of its own event.
     * A type this copy does not know passes: it may be a version published after this jar.
     */
    private static boolean markedByALaterVersion(JsonNode envelope, EventCatalog.Entry contract) {
        JsonNode newer = envelope.get(EventCodec.SUPERSEDED_BY_EXTENSION);
        if (newer == null) {
            return true;
        }
        return EventCatalog.byCloudEventType(newer.asString()).map(contract::isSupersededBy).orElse(true);
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

    // Location and keyword only: an error's message may quote the value.
    private static List<String> locations(String root, List<Error> errors) {
        return errors.stream()
                .filter(e -> !"additionalProperties".equals(e.getKeyword()))
                .map(e -> root + location(e) + ": " + e.getKeyword())
                .distinct()
                .toList();
    }

    // As a JSON path below the root; a missing field is reported at its parent, so name the field itself.
    private static String location(Error error) {
        NodePath path = error.getInstanceLocation();
        StringBuilder location = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            location.append(element instanceof Integer index ? "[" + index + "]" : "." + element);
        }
        if ("required".equals(error.getKeyword()) && error.getProperty() != null) {
            location.append('.').append(error.getProperty());
        }
        return location.toString();
    }
}
