package se.kontaktman.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The AsyncAPI 3.0 document of each publishing service, made from {@link EventCatalog} and
 * {@link Topics}: a channel per topic with a message per event type (the CloudEvent in structured
 * mode, its {@code data} by {@code $ref} to the event's JSON Schema), a {@code send} operation per
 * topic, and the topic's dead-letter channel with the headers Spring Kafka's
 * {@code DeadLetterPublishingRecoverer} adds. The documents are kept in the repository under
 * {@value #FOLDER} (and so in the jar under {@code /asyncapi}); {@code AsyncApiDocumentsTest}
 * fails when they differ from what this class makes. To write them again, from the repository root:
 * {@code ./mvnw -B -o -q -pl shared-events test -Dtest=AsyncApiDocumentsTest -Dasyncapi.write=true},
 * or run {@link #main} with the folder.
 */
public final class AsyncApiDocuments {

    /** Where the documents are kept, relative to the shared-events module. */
    public static final String FOLDER = "src/main/resources/asyncapi";

    /** The structured-mode content type of every record value (the {@code content-type} header). */
    public static final String CLOUDEVENTS_JSON = "application/cloudevents+json";

    /** The schemas as kept beside the documents: {@code asyncapi/} and {@code schemas/} are siblings. */
    private static final String SCHEMAS = "../schemas/";

    private static final String KAFKA_BINDING_VERSION = "0.5.0";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Spring Kafka's dead-letter headers ({@code KafkaHeaders.DLT_*}), with what each holds. */
    private static final Map<String, String> DEAD_LETTER_HEADERS = Map.ofEntries(
            Map.entry("kafka_dlt-original-topic", "The topic the record was read from (UTF-8)."),
            Map.entry("kafka_dlt-original-partition", "Its partition: a 4-byte big-endian int."),
            Map.entry("kafka_dlt-original-offset", "Its offset: an 8-byte big-endian long."),
            Map.entry("kafka_dlt-original-timestamp", "Its timestamp, epoch milliseconds: an 8-byte big-endian long."),
            Map.entry("kafka_dlt-original-timestamp-type", "`CreateTime` or `LogAppendTime` (UTF-8)."),
            Map.entry("kafka_dlt-original-consumer-group", "The consumer group that could not read it (UTF-8)."),
            Map.entry("kafka_dlt-exception-fqcn", "The failure's class, e.g. "
                    + "`org.springframework.kafka.listener.ListenerExecutionFailedException` (UTF-8)."),
            Map.entry("kafka_dlt-exception-cause-fqcn", "The cause's class, e.g. "
                    + "`se.kontaktman.events.MalformedEventException`, when there is a cause (UTF-8)."),
            Map.entry("kafka_dlt-exception-message", "The failure's message (UTF-8): for an unreadable record the "
                    + "schema violations by location and keyword only, never a value."),
            Map.entry("kafka_dlt-exception-stacktrace", "The stack trace (UTF-8)."),
            Map.entry("kafka_dlt-key-exception-fqcn", "Only when the key could not be deserialized: its failure's class."),
            Map.entry("kafka_dlt-key-exception-message", "Only when the key could not be deserialized: its message."),
            Map.entry("kafka_dlt-key-exception-stacktrace", "Only when the key could not be deserialized: its stack trace."));
    private static final List<String> DEAD_LETTER_HEADERS_ALWAYS = List.of("kafka_dlt-original-topic",
            "kafka_dlt-original-partition", "kafka_dlt-original-offset", "kafka_dlt-original-timestamp",
            "kafka_dlt-original-timestamp-type", "kafka_dlt-exception-fqcn", "kafka_dlt-exception-message",
            "kafka_dlt-exception-stacktrace");

    private AsyncApiDocuments() {
    }

    /** The services that publish a topic, in the order of {@link Topics#ALL}: each has a document. */
    public static List<String> services() {
        return Topics.ALL.stream().map(Topics::publisherOf).distinct().toList();
    }

    /** The classpath resource of a service's document, e.g. {@code /asyncapi/plan-service.asyncapi.json}. */
    public static String resource(String service) {
        return "/asyncapi/" + fileName(service);
    }

    public static String fileName(String service) {
        return service + ".asyncapi.json";
    }

    /** The document kept for a service, from the classpath; empty when the service publishes nothing. */
    public static Optional<byte[]> kept(String service) {
        try (InputStream in = AsyncApiDocuments.class.getResourceAsStream(resource(service))) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The document of a service as it is kept: indented JSON, {@code \n} line ends, a final newline. */
    public static String render(String service) {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        return JSON.writer().with(printer).writeValueAsString(document(service)) + "\n";
    }

    public static ObjectNode document(String service) {
        List<String> topics = Topics.ALL.stream().filter(t -> Topics.publisherOf(t).equals(service)).toList();
        if (topics.isEmpty()) {
            throw new IllegalArgumentException(service + " publishes no topic");
        }
        ObjectNode document = JSON.createObjectNode();
        document.put("asyncapi", "3.0.0");
        document.put("id", "urn:se.kontaktman:asyncapi:" + service);
        ObjectNode info = document.putObject("info");
        info.put("title", "Kontaktman " + service + ": published events");
        info.put("version", "1.0.0");
        info.put("description", """
                The topics %s publishes. Every record value is a CloudEvent 1.0 in structured JSON mode \
                (header `content-type: %s`); its `data` follows the JSON Schema of its `type`, kept in \
                shared-events under `schemas/`. The record key is the case id (for the organisation's \
                topic, the unit's id), the same as the CloudEvent's `subject` and `partitionkey`: one \
                key's events stay in order. Skip types you do not know, ignore fields you do not know. \
                While an event is in a deprecation period, each occurrence is published in two versions \
                with the same `id`, the older first and marked with the envelope extension \
                `supersededby` (the newer type): skip a record so marked when you know the newer type. \
                Delivery is at least once: then deduplicate on the CloudEvent `id` (after the skipping, \
                so that a skipped older version does not make its newer one a duplicate). Topics keep every \
                event (no retention limit), so a new subscriber can read from the beginning. \
                A record a consumer of the suite cannot read goes, unchanged, to `<topic>.dlt`."""
                .formatted(service, CLOUDEVENTS_JSON));
        document.put("defaultContentType", CLOUDEVENTS_JSON);
        ObjectNode servers = document.putObject("servers");
        servers.putObject("localSuite").put("host", "localhost:19092").put("protocol", "kafka")
                .put("description", "The local suite's broker (run-suite.sh), in its JVM.");
        servers.putObject("dockerCompose").put("host", "localhost:9092").put("protocol", "kafka")
                .put("description", "docker-compose's broker, as published on the host.");
        servers.putObject("municipality").put("host", "{bootstrapServers}").put("protocol", "kafka")
                .put("description", "The municipality's own Kafka cluster.")
                .putObject("variables").putObject("bootstrapServers")
                .put("description", "Its bootstrap servers, host:port; from its operations team.");

        ObjectNode channels = document.putObject("channels");
        ObjectNode operations = document.putObject("operations");
        ObjectNode components = document.putObject("components");
        ObjectNode messages = components.putObject("messages");

        for (String topic : topics) {
            String id = channelId(topic);
            ObjectNode channel = channels.putObject(id);
            channel.put("address", topic);
            channel.put("title", topic);
            channel.put("description", "Published by " + service + ". Keyed by "
                    + (Topics.ORGANISATION.equals(topic) ? "the unit's id (area, staff group or staff member)"
                    : "the case id") + "; every event kept.");
            ObjectNode channelMessages = channel.putObject("messages");
            ObjectNode topicBinding = channel.putObject("bindings").putObject("kafka");
            topicBinding.put("topic", topic);
            topicBinding.putObject("topicConfiguration").put("retention.ms", -1).put("retention.bytes", -1);
            topicBinding.put("bindingVersion", KAFKA_BINDING_VERSION);

            ObjectNode operation = operations.putObject("send" + capitalised(id));
            operation.put("action", "send");
            operation.putObject("channel").put("$ref", "#/channels/" + id);
            operation.put("summary", service + " publishes each event once it is stored.");
            ArrayNode operationMessages = operation.putArray("messages");

            for (EventCatalog.Entry entry : EventCatalog.entries()) {
                if (!entry.topic().equals(topic)) {
                    continue;
                }
                String messageId = entry.name() + ".v" + entry.version();
                channelMessages.putObject(messageId).put("$ref", "#/components/messages/" + messageId);
                operationMessages.addObject().put("$ref", "#/channels/" + id + "/messages/" + messageId);
                messages.set(messageId, message(entry, service));
            }

            String deadLetterId = id + "DeadLetters";
            ObjectNode deadLetters = channels.putObject(deadLetterId);
            deadLetters.put("address", Topics.deadLetterTopicOf(topic));
            deadLetters.put("title", Topics.deadLetterTopicOf(topic));
            deadLetters.put("description", "Records of " + topic + " that a consuming service of the suite could "
                    + "not read (not a CloudEvent, or data that breaks its type's schema; a type it does not know is "
                    + "skipped, not set aside), written by that "
                    + "consumer unchanged with Spring Kafka's dead-letter headers. Operations put them back on "
                    + topic + " once a fix lets them be read.");
            deadLetters.putObject("messages").putObject("deadLetter")
                    .put("$ref", "#/components/messages/" + deadLetterId);
            messages.set(deadLetterId, deadLetter(topic));
        }

        ObjectNode contentType = components.putObject("schemas").putObject("contentTypeHeader");
        contentType.put("type", "object");
        contentType.putArray("required").add(EventCodec.CONTENT_TYPE_HEADER);
        contentType.putObject("properties").putObject(EventCodec.CONTENT_TYPE_HEADER)
                .put("const", CLOUDEVENTS_JSON)
                .put("description", "Structured mode: the value is the whole CloudEvent.");
        components.putObject("correlationIds").putObject("partitionKey")
                .put("description", "The record key: the case id (on the organisation's topic, the unit's id). "
                        + "The CloudEvent's `subject` and `partitionkey` hold it too.")
                .put("location", "$message.payload#/partitionkey");
        components.putObject("messageBindings").putObject("keyedByCase").putObject("kafka")
                .put("bindingVersion", KAFKA_BINDING_VERSION)
                .putObject("key").put("type", "string").put("minLength", 1)
                .put("description", "The case id (on the organisation's topic, the unit's id): the partition key.");
        return document;
    }

    private static ObjectNode message(EventCatalog.Entry entry, String service) {
        JsonNode schema = schema(entry.schemaResource());
        ObjectNode message = JSON.createObjectNode();
        message.put("name", entry.cloudEventType());
        message.put("title", entry.name() + " v" + entry.version());
        if (schema.hasNonNull("description")) {
            message.put("summary", schema.get("description").asString());
        }
        Optional<EventCatalog.Entry> newer = newerVersionOf(entry);
        newer.ifPresent(successor -> message.put("description", """
                **Deprecated**, superseded by %1$s v%2$d. During its deprecation period every occurrence \
                is published as this version first, marked `"supersededby": "%3$s"`, then as v%2$d, on the \
                same key and with the same `id`. A subscriber that knows `%3$s` skips a record so marked \
                and reads the v%2$d; one that does not reads this version and skips the v%2$d as a type it \
                does not know. Records of this version from before v%2$d existed carry no mark."""
                .formatted(successor.name(), successor.version(), successor.cloudEventType())));
        message.put("contentType", CLOUDEVENTS_JSON);
        message.putObject("headers").put("$ref", "#/components/schemas/contentTypeHeader");
        message.putObject("correlationId").put("$ref", "#/components/correlationIds/partitionKey");
        message.putObject("bindings").put("$ref", "#/components/messageBindings/keyedByCase");
        ObjectNode payload = message.putObject("payload");
        newer.ifPresent(successor -> payload.put("deprecated", true));
        ArrayNode allOf = payload.putArray("allOf");
        allOf.addObject().put("$ref", SCHEMAS + "cloudevent-envelope.schema.json");
        ObjectNode fixed = allOf.addObject();
        fixed.put("type", "object");
        ObjectNode properties = fixed.putObject("properties");
        properties.putObject("type").put("const", entry.cloudEventType());
        properties.putObject("source").put("const", "/kontaktman/" + service);
        properties.putObject("dataschema").put("const", entry.dataSchema().toString());
        properties.putObject("data").put("$ref", SCHEMAS + entry.schemaResource().substring("/schemas/".length()));
        newer.ifPresent(successor -> properties.putObject(EventCodec.SUPERSEDED_BY_EXTENSION)
                .put("const", successor.cloudEventType()));
        return message;
    }

    /** The next version of the same event, when the catalogue has one: this one is then deprecated. */
    private static Optional<EventCatalog.Entry> newerVersionOf(EventCatalog.Entry entry) {
        return EventCatalog.entries().stream()
                .filter(other -> entry.isSupersededBy(other) && other.version() == entry.version() + 1)
                .findFirst();
    }

    private static ObjectNode deadLetter(String topic) {
        ObjectNode message = JSON.createObjectNode();
        message.put("name", "DeadLetter");
        message.put("title", "A record of " + topic + " that could not be read");
        message.put("summary", "The original key, value and headers, unchanged, with the failure in the headers.");
        ObjectNode headers = message.putObject("headers");
        headers.put("type", "object");
        ArrayNode required = headers.putArray("required");
        DEAD_LETTER_HEADERS_ALWAYS.forEach(required::add);
        ObjectNode properties = headers.putObject("properties");
        properties.putObject(EventCodec.CONTENT_TYPE_HEADER).put("type", "string")
                .put("description", "The original record's header, kept: `" + CLOUDEVENTS_JSON + "` when it was "
                        + "published by the suite.");
        DEAD_LETTER_HEADERS.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(header ->
                properties.putObject(header.getKey()).put("description", header.getValue()));
        message.putObject("payload").put("description", "The original record value, byte for byte: usually a "
                + "CloudEvent of " + topic + ", but possibly anything, since it could not be read.");
        message.putObject("bindings").put("$ref", "#/components/messageBindings/keyedByCase");
        return message;
    }

    private static JsonNode schema(String resource) {
        try (InputStream in = AsyncApiDocuments.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no schema " + resource);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code kontaktman.assignment.cases} gives {@code assignmentCases}. */
    static String channelId(String topic) {
        String[] parts = topic.substring("kontaktman.".length()).split("\\.");
        StringBuilder id = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            id.append(capitalised(parts[i]));
        }
        return id.toString();
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    /** Writes every publishing service's document into a folder (default {@value #FOLDER}, from shared-events). */
    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : FOLDER);
        Files.createDirectories(folder);
        for (String service : services()) {
            Path file = folder.resolve(fileName(service));
            Files.writeString(file, render(service), StandardCharsets.UTF_8);
            System.out.println("wrote " + file);
        }
    }
}
