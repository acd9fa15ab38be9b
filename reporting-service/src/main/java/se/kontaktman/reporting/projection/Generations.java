package se.kontaktman.reporting.projection;

import java.time.Instant;
import java.util.Date;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Which generation of the projection answers, and which one is being built from the topics'
 * beginning, shared by every instance in {@code projection_generations}. The first generation is
 * built like any other: until it has caught up, nothing answers. Changes are conditional, so
 * that of two instances only one starts a rebuild or switches over.
 */
@Component
public class Generations {

    static final String COLLECTION = "projection_generations";
    private static final String ID = "state";

    private final MongoTemplate mongo;
    private final ProjectionStore store;

    public Generations(MongoTemplate mongo, ProjectionStore store) {
        this.mongo = mongo;
        this.store = store;
    }

    /**
     * @param active   the generation that answers; 0 while the first is still being built
     * @param building the generation being built, 0 when none is
     * @param switchedAt when the answering generation took over; null for the first, or before any
     */
    public record State(int active, int building, Instant buildingSince, Instant switchedAt) {

        public boolean answering() {
            return active > 0;
        }
    }

    public State current() {
        Document state = collection().find(Filters.eq("_id", ID)).first();
        if (state == null) {
            store.prepare(1);
            try {
                collection().insertOne(new Document("_id", ID).append("active", 0).append("building", 1)
                        .append("buildingSince", new Date()));
            } catch (MongoWriteException anotherInstanceWasFirst) {
                // read below
            }
            state = collection().find(Filters.eq("_id", ID)).first();
        }
        Date since = state.getDate("buildingSince");
        Date switched = state.getDate("switchedAt");
        return new State(state.getInteger("active", 0), state.getInteger("building", 0),
                since == null ? null : since.toInstant(), switched == null ? null : switched.toInstant());
    }

    /**
     * Starts building the next generation; the one answering goes on answering.
     *
     * @return the generation now being built
     * @throws RebuildUnderWay when one is being built already
     */
    public int startRebuild() {
        State state = current();
        if (state.building() > 0) {
            throw new RebuildUnderWay(state.building());
        }
        int next = state.active() + 1;
        // What an earlier generation left behind is dropped; the one answering is kept.
        for (int old = 1; old < state.active(); old++) {
            store.drop(old);
        }
        store.drop(next);
        store.prepare(next);
        Document updated = collection().findOneAndUpdate(
                Filters.and(Filters.eq("_id", ID), Filters.eq("active", state.active()), Filters.eq("building", 0)),
                Updates.combine(Updates.set("building", next), Updates.set("buildingSince", new Date())),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
        if (updated == null) {
            throw new RebuildUnderWay(current().building());
        }
        return next;
    }

    /** The generation being built has caught up: it answers from now on. False if another instance switched first. */
    public boolean switchTo(int building) {
        Document updated = collection().findOneAndUpdate(
                Filters.and(Filters.eq("_id", ID), Filters.eq("building", building)),
                Updates.combine(Updates.set("active", building), Updates.set("building", 0),
                        Updates.unset("buildingSince"), Updates.set("switchedAt", new Date())));
        return updated != null;
    }

    private MongoCollection<Document> collection() {
        return mongo.getDb().getCollection(COLLECTION);
    }

    /** A rebuild is asked for while one is under way. */
    public static final class RebuildUnderWay extends RuntimeException {

        private final int generation;

        RebuildUnderWay(int generation) {
            super("generation " + generation + " is being built");
            this.generation = generation;
        }

        public int generation() {
            return generation;
        }
    }
}
