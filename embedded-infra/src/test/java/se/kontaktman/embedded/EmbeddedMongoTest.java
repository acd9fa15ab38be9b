package se.kontaktman.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedMongoTest {

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
}
