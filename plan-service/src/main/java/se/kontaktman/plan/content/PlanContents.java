package se.kontaktman.plan.content;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.stereotype.Component;
import se.kontaktman.platform.mongo.StoreFailures;
import se.kontaktman.platform.protection.DataGoneException;
import se.kontaktman.platform.protection.Vault;
import tools.jackson.databind.json.JsonMapper;

/**
 * The free text of a case's plan work: the plan's wording, the client's wishes and life story,
 * who took part in follow-ups and meetings, planning notes and the planner's answers. Personal
 * data: it stays in this collection, never in the event store, on Kafka or in logs, so that
 * erasing it is a delete. The contact person's file keeps its texts here too. All of it is formal
 * documentation, kept when the case closes, except what {@link Kind#workingMaterial()} says, until
 * the case's retention time ends ({@link #destroyCase}). Each text is sealed with its case's own
 * key ({@link Vault}): the collection holds nothing readable without the master key.
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
        PLANNER_NOTES,
        RISK_ASSESSMENT,
        ASSISTIVE_DEVICE,
        DEVICE_CHECK,
        DEVICE_REQUEST,
        NETWORK_MEMBER,
        NETWORK_CONTACT,
        DAILY_ACTIVITY,
        DAILY_ACTIVITY_VISIT,
        EMERGENCY_INFORMATION,
        FUNDS_ENTRY,
        FUNDS_COUNT,
        FUNDS_HANDOVER,
        FEEDBACK_INFORMATION;

        /** Destroyed when the case closes (H9): "Information vid akutbesök", a copy kept current, not a record. */
        public boolean workingMaterial() {
            return this == EMERGENCY_INFORMATION;
        }
    }

    @Document("plan_content")
    record Stored(@Id String contentId, String caseId, Kind kind, String json, Instant storedAt) {
    }

    private final MongoTemplate mongo;
    private final JsonMapper json;
    private final Clock clock;
    private final Vault vault;

    PlanContents(MongoTemplate mongo, JsonMapper json, Clock clock, Vault vault) {
        this.mongo = mongo;
        this.json = json;
        this.clock = clock;
        this.vault = vault;
        // For erasure by case when its retention time ends; the embedded stand-in ignores non-unique indexes.
        mongo.indexOps(Stored.class).createIndex(new Index("caseId", Sort.Direction.ASC));
    }

    /** @return the new document's id, for the command that refers to it */
    public String store(String caseId, Kind kind, Object text) {
        String contentId = UUID.randomUUID().toString();
        mongo.insert(new Stored(contentId, caseId, kind, vault.seal(caseId, contentId, json.writeValueAsString(text)),
                clock.instant()));
        return contentId;
    }

    /** Empty for an unknown id; throws {@link DataGoneException} for a text whose case's key was destroyed. */
    public <T> Optional<T> read(String contentId, Class<T> type) {
        return Optional.ofNullable(contentId == null ? null : mongo.findById(contentId, Stored.class))
                .map(stored -> json.readValue(vault.open(stored.caseId(), contentId, stored.json()), type));
    }

    /** Stores the text, runs the command with its id, and discards the text if the command is refused. */
    public <R> R storedFor(String caseId, Kind kind, Object text, Function<String, R> command) {
        String contentId = store(caseId, kind, text);
        try {
            return command.apply(contentId);
        } catch (RuntimeException refused) {
            // Not when MongoDB went away: the command's event may be stored with its answer lost, and
            // a text no event names is harmless where an event naming a lost text is not.
            if (!StoreFailures.isUnavailable(refused)) {
                discard(contentId);
            }
            throw refused;
        }
    }

    /** H9: a case's working material of one kind, gone when the case closes. */
    public void erase(String caseId, Kind kind) {
        if (!kind.workingMaterial()) {
            throw new IllegalArgumentException(kind + " is formal documentation, kept until its retention time");
        }
        mongo.remove(query(where("caseId").is(caseId).and("kind").is(kind)), Stored.class);
    }

    /**
     * Gallring: the case's key first (every copy of its texts, backups included, unreadable from
     * then on), then the texts themselves.
     */
    public void destroyCase(String caseId) {
        vault.destroyKeyOf(caseId);
        mongo.remove(query(where("caseId").is(caseId)), Stored.class);
    }

    /** Undoes {@link #store} for a command that was refused, so that nothing is half-stored. */
    public void discard(String contentId) {
        mongo.remove(query(where("_id").is(contentId)), Stored.class);
    }
}
