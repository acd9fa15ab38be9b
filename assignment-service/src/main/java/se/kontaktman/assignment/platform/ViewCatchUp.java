package se.kontaktman.assignment.platform;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Duration;

import org.bson.Document;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Read-your-writes for HTTP clients: after a command, wait (briefly) until the view has applied
 * the new version, so that the answer and a following GET agree. Views are fed by tracking
 * processors that are notified of new events at once, so this is normally a few milliseconds.
 */
@Component
public class ViewCatchUp {

    private final MongoTemplate mongo;
    private final Duration patience;

    ViewCatchUp(MongoTemplate mongo, @Value("${kontaktman.views.catch-up-timeout:PT3S}") Duration patience) {
        this.mongo = mongo;
        this.patience = patience;
    }

    /** @return whether the view caught up in time; the command has succeeded either way */
    public boolean await(String collection, String id, long version) {
        long deadline = System.nanoTime() + patience.toNanos();
        long pause = 1;
        while (true) {
            if (mongo.exists(query(where("_id").is(id).and("version").gte(version)), Document.class, collection)) {
                return true;
            }
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            pause = Math.min(pause * 2, 20);
        }
    }
}
