package se.kontaktman.reminder.agenda;

import java.time.LocalDate;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The last day whose agenda every instance together has worked through. The next tick starts the
 * day after, so days missed while no instance ran are worked in order, oldest first.
 */
@Component
public class TickProgress {

    public static final String COLLECTION = "tick_progress";
    private static final String ID = "ticks";
    private final MongoTemplate mongo;

    TickProgress(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The last day worked through; a service that never ticked starts with yesterday. */
    public LocalDate workedThrough(LocalDate today) {
        Optional<LocalDate> known = read();
        if (known.isPresent()) {
            return known.get();
        }
        try {
            collection().insertOne(new Document("_id", ID).append("workedThrough", today.minusDays(1).toString()));
        } catch (com.mongodb.MongoWriteException | DuplicateKeyException anotherInstanceWasFirst) {
            // read it below
        }
        return read().orElseThrow();
    }

    /** Moves on to the day, unless another instance already has. */
    public void workedThrough(LocalDate day, LocalDate previous) {
        collection().updateOne(Filters.and(Filters.eq("_id", ID), Filters.eq("workedThrough", previous.toString())),
                Updates.set("workedThrough", day.toString()));
    }

    private Optional<LocalDate> read() {
        Document found = collection().find(Filters.eq("_id", ID)).first();
        return Optional.ofNullable(found).map(d -> LocalDate.parse(d.getString("workedThrough")));
    }

    private MongoCollection<Document> collection() {
        return mongo.getCollection(COLLECTION);
    }
}
