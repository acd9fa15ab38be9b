package se.kontaktman.plan.retention;

import java.time.LocalDate;
import java.util.Optional;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.stereotype.Component;
import se.kontaktman.plan.caseplan.api.CasePlanEvents.PlanRecordsDestroyedEvent;
import se.kontaktman.plan.content.PlanContents;

/**
 * Gallring in plan-service: when assignment-service has destroyed a case's records (its
 * retention time ended; the rule is assignment-service's), the case's key and texts are destroyed
 * here too, and the case is answered 410 from then on. The event store keeps the case's dates and
 * staff ids, which name no one. Idempotent: a replay destroys nothing more.
 */
@Component
@ProcessingGroup(RecordsDestruction.PROCESSING_GROUP)
public class RecordsDestruction {

    static final String PROCESSING_GROUP = "records-destruction";
    private static final Logger log = LoggerFactory.getLogger(RecordsDestruction.class);

    @Document("destroyed_cases")
    record DestroyedCase(@Id String caseId, LocalDate destroyedOn) {
    }

    private final MongoTemplate mongo;
    private final PlanContents contents;

    RecordsDestruction(MongoTemplate mongo, PlanContents contents) {
        this.mongo = mongo;
        this.contents = contents;
    }

    /** When the case's records were destroyed, if they were. */
    public static Optional<LocalDate> destroyedOn(MongoTemplate mongo, String caseId) {
        return Optional.ofNullable(mongo.findById(caseId, DestroyedCase.class)).map(DestroyedCase::destroyedOn);
    }

    @EventHandler
    void on(PlanRecordsDestroyedEvent event) {
        destroy(event.caseId(), event.destroyedOn());
    }

    /**
     * Marks the case destroyed and destroys its key and texts; repeating it destroys nothing more.
     * Also called by the listener after each delivery of the fact: without transactions, the event
     * can be stored while this handler failed, and the aggregate ignores the redelivered fact.
     */
    public void destroy(String caseId, LocalDate destroyedOn) {
        try {
            mongo.insert(new DestroyedCase(caseId, destroyedOn));
        } catch (DuplicateKeyException replayed) {
            // marked before; destroying again below finds nothing
        }
        contents.destroyCase(caseId);
        log.info("Gallring: the plans' texts of case {} destroyed", caseId);
    }
}
