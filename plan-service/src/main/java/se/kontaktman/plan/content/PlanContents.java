package se.kontaktman.plan.content;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The free text of a case's plan work: the plan's wording, the client's wishes and life story,
 * who took part in follow-ups and meetings, planning notes and the planner's answers. Personal
 * data: it stays in this collection, never in the event store, on Kafka or in logs, so that
 * erasing it is a delete. All of it is formal documentation, kept when the case closes.
 */
@Component
public class PlanContents {

    /** What kind of text a document holds. */
    public enum Kind {
        PLAN_VERSION,
        ARRIVAL_CONVERSATION,
        FOLLOW_UP,
        PLAN_MEETING,
        PLANNING_NOTE,
        PLANNER_NOTES
    }

    @Document("plan_content")
    record Stored(@Id String contentId, String caseId, Kind kind, String json, Instant storedAt) {
    }

    private final MongoTemplate mongo;
    private final JsonMapper json;
    private final Clock clock;

    PlanContents(MongoTemplate mongo, JsonMapper json, Clock clock) {
        this.mongo = mongo;
        this.json = json;
        this.clock = clock;
        // For erasure by case when its retention time ends; the embedded stand-in ignores non-unique indexes.
        mongo.indexOps(Stored.class).createIndex(new Index("caseId", Sort.Direction.ASC));
    }

    /** @return the new document's id, for the command that refers to it */
    public String store(String caseId, Kind kind, Object text) {
        String contentId = UUID.randomUUID().toString();
        mongo.insert(new Stored(contentId, caseId, kind, json.writeValueAsString(text), clock.instant()));
        return contentId;
    }

    public <T> Optional<T> read(String contentId, Class<T> type) {
        return Optional.ofNullable(contentId == null ? null : mongo.findById(contentId, Stored.class))
                .map(stored -> json.readValue(stored.json(), type));
    }

    /** Undoes {@link #store} for a command that was refused, so that nothing is half-stored. */
    public void discard(String contentId) {
        mongo.remove(query(where("_id").is(contentId)), Stored.class);
    }
}
