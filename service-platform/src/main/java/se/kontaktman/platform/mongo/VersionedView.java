package se.kontaktman.platform.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * A view whose documents record, in {@code version}, the sequence number of the last event of
 * their aggregate applied to them. Each event changes a document with one conditional update and
 * no read, applied only if the document has not seen the event, so a replayed or redelivered event
 * changes nothing.
 */
public final class VersionedView {

    private final MongoTemplate mongo;
    private final Class<?> type;

    public VersionedView(MongoTemplate mongo, Class<?> type) {
        this.mongo = mongo;
        this.type = type;
    }

    /** Changes the document if it has not seen the event. */
    public void update(String id, long sequence, Update change) {
        mongo.updateFirst(unseen(id, sequence), change.set("version", sequence), type);
    }

    /** The same, creating the document for an event that may be the first its aggregate has. */
    public void upsert(String id, long sequence, Update change) {
        try {
            mongo.upsert(unseen(id, sequence), change.set("version", sequence), type);
        } catch (DuplicateKeyException seenBefore) {
            // The document exists and has seen this event: a replay.
        }
    }

    /** Changes the one element of a list that {@code element} picks out ({@code list.$.field} in the change). */
    public void updateElement(String id, long sequence, Criteria element, Update change) {
        mongo.updateFirst(unseen(id, sequence).addCriteria(element), change.set("version", sequence), type);
    }

    private static Query unseen(String id, long sequence) {
        return query(where("_id").is(id).and("version").lt(sequence));
    }
}
