package se.kontaktman.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The AsyncAPI documents kept in the repository are the ones {@link AsyncApiDocuments} makes from
 * the catalog: an event added, renamed or moved without its document fails the build here.
 */
class AsyncApiDocumentsTest {

    private static final Path FOLDER = Path.of(AsyncApiDocuments.FOLDER);
    private static final String REGENERATE = "the AsyncAPI documents are out of date with the event catalog: "
            + "write them again with `./mvnw -B -o -q -pl shared-events test -Dtest=AsyncApiDocumentsTest "
            + "-Dasyncapi.write=true`, check the diff and commit it";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final boolean WRITE = Boolean.getBoolean("asyncapi.write");

    @BeforeAll
    static void writeThemWhenAsked() throws IOException {
        if (WRITE) {
            AsyncApiDocuments.main(new String[] {FOLDER.toString()});
        }
    }

    @Test
    void theKeptDocumentsAreTheGeneratedOnes() throws IOException {
        List<String> expected = AsyncApiDocuments.services().stream().map(AsyncApiDocuments::fileName).sorted().toList();
        try (Stream<Path> files = Files.list(FOLDER)) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted().toList()).as(REGENERATE)
                    .isEqualTo(expected);
        }
        for (String service : AsyncApiDocuments.services()) {
            Path kept = FOLDER.resolve(AsyncApiDocuments.fileName(service));
            assertThat(Files.readString(kept, StandardCharsets.UTF_8)).as(REGENERATE + " (%s)", kept)
                    .isEqualTo(AsyncApiDocuments.render(service));
        }
    }

    @Test
    void everyCatalogEntryIsInExactlyOneDocumentOnItsTopicsChannelWithItsSchema() throws IOException {
        Map<String, List<String>> foundIn = new HashMap<>();
        for (String service : AsyncApiDocuments.services()) {
            JsonNode document = JSON.readTree(FOLDER.resolve(AsyncApiDocuments.fileName(service)).toFile());
            document.get("components").get("messages").propertyStream()
                    .filter(message -> !message.getKey().endsWith("DeadLetters"))
                    .forEach(message -> foundIn.computeIfAbsent(message.getValue().get("name").asString(),
                            k -> new ArrayList<>()).add(service));
            for (EventCatalog.Entry entry : EventCatalog.entries()) {
                if (!Topics.publisherOf(entry.topic()).equals(service)) {
                    continue;
                }
                String messageId = entry.name() + ".v" + entry.version();
                JsonNode channel = document.get("channels").get(AsyncApiDocuments.channelId(entry.topic()));
                assertThat(channel.get("address").asString()).isEqualTo(entry.topic());
                assertThat(channel.get("messages").has(messageId)).as("%s on %s", messageId, entry.topic()).isTrue();
                String data = document.at("/components/messages/" + messageId + "/payload/allOf/1/properties/data/$ref")
                        .asString();
                // The reference resolves to the schema file kept in the repository.
                assertThat(FOLDER.resolve(data).normalize()).exists()
                        .isEqualTo(Path.of("src/main/resources" + entry.schemaResource()).normalize());
            }
        }
        for (EventCatalog.Entry entry : EventCatalog.entries()) {
            assertThat(foundIn.get(entry.cloudEventType())).as(REGENERATE + ": " + entry.cloudEventType())
                    .containsExactly(Topics.publisherOf(entry.topic()));
        }
        assertThat(new TreeSet<>(foundIn.keySet())).as("documents name no type the catalog lacks")
                .isEqualTo(new TreeSet<>(EventCatalog.entries().stream().map(EventCatalog.Entry::cloudEventType).toList()));
    }

    @Test
    void everyTopicAndItsDeadLetterTopicIsAChannelOfItsPublishersDocument() throws IOException {
        for (String topic : Topics.ALL) {
            JsonNode document = JSON.readTree(FOLDER.resolve(AsyncApiDocuments.fileName(Topics.publisherOf(topic)))
                    .toFile());
            List<String> addresses = document.get("channels").valueStream().map(c -> c.get("address").asString())
                    .toList();
            assertThat(addresses).contains(topic, Topics.deadLetterTopicOf(topic));
        }
    }

    @Test
    void aVersionWithANewerOneIsDeprecatedAndSaysHowItIsMarkedAndTheNewestIsNot() throws IOException {
        JsonNode messages = JSON.readTree(FOLDER.resolve(AsyncApiDocuments.fileName("assignment-service")).toFile())
                .get("components").get("messages");
        JsonNode v1 = messages.get("ContactPersonAssigned.v1");
        assertThat(v1.at("/payload/deprecated").asBoolean()).isTrue();
        assertThat(v1.at("/payload/allOf/1/properties/supersededby/const").asString())
                .isEqualTo("se.kontaktman.ContactPersonAssigned.v2");
        assertThat(v1.get("description").asString()).contains("**Deprecated**", "supersededby", "same `id`");
        for (String newest : List.of("ContactPersonAssigned.v2", "CaseOpened.v1")) {
            assertThat(messages.get(newest).at("/payload/deprecated").isMissingNode()).as(newest).isTrue();
            assertThat(messages.get(newest).has("description")).as(newest).isFalse();
        }
    }

    @Test
    void theKeptDocumentsAreOnTheClasspathForTheServicesToServe() {
        assumeFalse(WRITE, "the classpath holds the documents as they were before this run");
        for (String service : AsyncApiDocuments.services()) {
            assertThat(AsyncApiDocuments.kept(service)).as(service).isPresent();
        }
        assertThat(AsyncApiDocuments.kept("reporting-service")).isEmpty();
    }
}
