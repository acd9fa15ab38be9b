package se.kontaktman.embedded;

import java.nio.file.Path;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.bson.Document;

/**
 * The other side of {@link EmbeddedMongoTest}'s kill: a process that inserts one document after
 * another into an on-disk stand-in and prints the id of each the server has answered, until it
 * is killed.
 */
public final class WritesUntilKilled {

    private WritesUntilKilled() {
    }

    public static void main(String[] args) {
        EmbeddedMongo mongo = EmbeddedMongo.onDisk(Path.of(args[0]), 0).start();
        try (MongoClient client = MongoClients.create(mongo.connectionString())) {
            MongoCollection<Document> things = client.getDatabase("survival").getCollection("things");
            for (int i = 0; ; i++) {
                things.insertOne(new Document("_id", i));
                // Printed only once answered: every id printed must be there after the kill.
                System.out.println("answered " + i);
                System.out.flush();
            }
        }
    }
}
