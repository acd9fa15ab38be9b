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
 * planning notes. Personal data: it stays in this collection, never in the event store, on
 * Kafka or in logs, so that erasing it is a delete. Working material (what seed 000 says to
 * destroy when the case closes, rule H9) is marked as such and erased with {@link #eraseWorkingMaterial}.
 */
@Component
public class PlanContents {

    /** What kind of text a document holds, and whether it is working material. */
    public enum Kind {
        PLAN_VERSION(false),
        ARRIVAL_CONVERSATION(false),
        PLAN_MEETING(false),
        PLANNING_NOTE(true),
        PLANNER_NOTES(true);

        private final boolean workingMaterial;

        Kind(boolean workingMaterial) {
            this.workingMaterial = workingMaterial;
        }

        public boolean workingMaterial() {
            return workingMaterial;
        }
    }

    @Document("plan_content")
    record Stored(@Id String contentId, String caseId, Kind kind, boolean workingMaterial, String json,
                  Instant storedAt) {
    }

    private final MongoTemplate mongo;
    private final JsonMapper json;
    private final Clock clock;

    PlanContents(MongoTemplate mongo, JsonMapper json, Clock clock) {
        this.mongo = mongo;
        this.json = json;
        this.clock = clock;
        // For erasure by case on a real server; the embedded stand-in ignores non-unique indexes.
        mongo.indexOps(Stored.class).createIndex(new Index("caseId", Sort.Direction.ASC));
    }

    /** @return the new document's id, for the command that refers to it */
    public String store(String caseId, Kind kind, Object text) {
        String contentId = UUID.randomUUID().toString();
        mongo.insert(new Stored(contentId, caseId, kind, kind.workingMaterial(), json.writeValueAsString(text),
                clock.instant()));
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

    /** H9: the case closed; its working material goes, its formal documentation stays. */
    public long eraseWorkingMaterial(String caseId) {
        return mongo.remove(query(where("caseId").is(caseId).and("workingMaterial").is(true)), Stored.class)
                .getDeletedCount();
    }
}
