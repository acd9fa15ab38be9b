package se.kontaktman.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedMongoTest {

    /** Enough answered writes that some were answered within the last moment before the kill. */
    private static final int ANSWERED_BEFORE_THE_KILL = 2_000;

    @TempDir
    Path dir;

    @Test
    void onDiskDataSurvivesARestart() {
        Path file = dir.resolve("mongo/data.mv");
        try (EmbeddedMongo mongo = EmbeddedMongo.onDisk(file, 0).start();
             MongoClient client = MongoClients.create(mongo.connectionString())) {
            client.getDatabase("survival").getCollection("things").insertOne(new Document("_id", "kept"));
        }
        try (EmbeddedMongo mongo = EmbeddedMongo.onDisk(file, 0).start();
             MongoClient client = MongoClients.create(mongo.connectionString())) {
            assertThat(client.getDatabase("survival").getCollection("things")
                    .find(new Document("_id", "kept")).first()).isNotNull();
        }
    }

    @Test
    void aStoppedServerComesBackOnItsPortWithItsDataAndTheSameClientCarriesOn() {
        try (EmbeddedMongo mongo = EmbeddedMongo.onDisk(dir.resolve("mongo/data.mv"), 0).start();
             MongoClient client = MongoClients.create(MongoClientSettings.builder()
                     .applyConnectionString(new ConnectionString(mongo.connectionString()))
                     .applyToClusterSettings(c -> c.serverSelectionTimeout(1, TimeUnit.SECONDS)).build())) {
            MongoCollection<Document> things = client.getDatabase("restart").getCollection("things");
            things.insertOne(new Document("_id", "before"));
            int port = mongo.port();

            mongo.stop();
            assertThat(mongo.isRunning()).isFalse();
            assertThatThrownBy(() -> things.insertOne(new Document("_id", "while-down")))
                    .isInstanceOf(MongoException.class);

            mongo.start();
            assertThat(mongo.port()).isEqualTo(port);
            things.insertOne(new Document("_id", "after"));
            assertThat(things.find().map(d -> d.getString("_id")).into(new ArrayList<>()))
                    .containsExactlyInAnyOrder("before", "after");
        }
    }

    @Test
    void everyWriteAnsweredBeforeASigkillIsThereAfterARestart() throws Exception {
        Path file = dir.resolve("mongo/data.mv");
        Process writer = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                WritesUntilKilled.class.getName(), file.toString())).redirectErrorStream(true).start();
        int lastAnswered = -1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null && lastAnswered < ANSWERED_BEFORE_THE_KILL;
                 line = out.readLine()) {
                if (line.startsWith("answered ")) {
                    lastAnswered = Integer.parseInt(line.substring("answered ".length()));
                }
            }
            // SIGKILL while it writes on: no shutdown hook, nothing closed or committed on the way out. What it
            // answered after the last line read here is not checked (its output goes with the process).
            writer.destroyForcibly();
            writer.waitFor();
        }
        assertThat(lastAnswered).as("the writer answered writes before it was killed")
                .isGreaterThanOrEqualTo(ANSWERED_BEFORE_THE_KILL);

        try (EmbeddedMongo mongo = EmbeddedMongo.onDisk(file, 0).start();
             MongoClient client = MongoClients.create(mongo.connectionString())) {
            Set<Integer> kept = new HashSet<>();
            client.getDatabase("survival").getCollection("things").find()
                    .forEach(document -> kept.add(document.getInteger("_id")));
            for (int id = 0; id <= lastAnswered; id++) {
                assertThat(kept).as("answered write %d", id).contains(id);
            }
        }
    }
}
