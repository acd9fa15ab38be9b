package se.kontaktman.platform.testing;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/** What a service's database holds, read raw: for tests that look for personal data at rest. */
public final class StoredDocuments {

    private StoredDocuments() {
    }

    /** Every document of every collection, the event store's among them, as stored, one per line after its collection. */
    public static String everything(MongoTemplate mongo) {
        StringBuilder all = new StringBuilder();
        for (String collection : mongo.getCollectionNames()) {
            for (Document document : mongo.getCollection(collection).find()) {
                all.append(collection).append(' ').append(document.toJson()).append('\n');
            }
        }
        return all.toString();
    }
}
