package se.kontaktman.plan.retention;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import se.kontaktman.plan.caseplan.api.CasePlanEvents.PlanRecordsDestroyedEvent;
import se.kontaktman.plan.content.PlanContents;
import se.kontaktman.platform.protection.RetentionTime;
import se.kontaktman.platform.time.ClockConfiguration;

/**
 * Gallring in plan-service: when assignment-service has destroyed a case's records (the client's
 * retention time ended; the rule is assignment-service's), the case's key and texts are destroyed
 * here too, and the case is answered 410 from then on. Unless an entry was made here after the
 * ones assignment-service counted (a device returned, the funds handed over after closure): then
 * the texts are kept until the retention time has passed since that entry too, and destroyed by
 * the nightly {@link #destroyDue()}. The event store keeps the case's dates and staff ids, which
 * name no one. Idempotent: a replay destroys nothing more.
 */
@Component
@ProcessingGroup(RecordsDestruction.PROCESSING_GROUP)
public class RecordsDestruction {

    static final String PROCESSING_GROUP = "records-destruction";
    private static final Logger log = LoggerFactory.getLogger(RecordsDestruction.class);

    /** {@code destroyedOn} once destroyed; until then {@code destroyAfter}, the first day it may be. */
    @Document("destroyed_cases")
    record DestroyedCase(@Id String caseId, LocalDate destroyedOn, LocalDate destroyAfter) {
    }

    private final MongoTemplate mongo;
    private final PlanContents contents;
    private final EventStore events;
    private final RetentionTime retention;
    private final Clock clock;

    RecordsDestruction(MongoTemplate mongo, PlanContents contents, EventStore events, RetentionTime retention,
                       Clock clock) {
        this.mongo = mongo;
        this.contents = contents;
        this.events = events;
        this.retention = retention;
        this.clock = clock;
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
     * Destroys the case's key and texts, or marks them for later when an entry here is more recent
     * than the retention time allows; repeating it changes nothing. Also called by the listener
     * after each delivery of the fact: without transactions, the event can be stored while this
     * handler failed, and the aggregate ignores the redelivered fact.
     */
    public void destroy(String caseId, LocalDate asked) {
        DestroyedCase known = mongo.findById(caseId, DestroyedCase.class);
        if (known != null && known.destroyedOn() != null) {
            contents.destroyCase(caseId); // finds nothing, unless a crash came between the two steps
            return;
        }
        LocalDate after = lastEntryHere(caseId).map(retention::endsAfter).filter(asked::isBefore).orElse(asked);
        if (after.isAfter(asked) && after.isAfter(LocalDate.now(clock))) {
            mongo.upsert(query(where("_id").is(caseId)), new Update().set("destroyAfter", after), DestroyedCase.class);
            log.info("Gallring: the plans' texts of case {} kept until {}, five years after their last entry",
                    caseId, after);
            return;
        }
        mongo.upsert(query(where("_id").is(caseId)), new Update().set("destroyedOn", asked), DestroyedCase.class);
        contents.destroyCase(caseId);
        log.info("Gallring: the plans' texts of case {} destroyed", caseId);
    }

    /** Every night: the texts kept past assignment-service's gallring for a later entry, once their time has come. */
    @Scheduled(cron = "${kontaktman.retention.cron:0 45 2 * * *}", zone = "Europe/Stockholm")
    public List<String> destroyDue() {
        LocalDate today = LocalDate.now(clock);
        List<String> destroyed = new ArrayList<>();
        for (DestroyedCase due : mongo.find(query(where("destroyedOn").is(null).and("destroyAfter").lte(today)),
                DestroyedCase.class)) {
            mongo.upsert(query(where("_id").is(due.caseId())), new Update().set("destroyedOn", today),
                    DestroyedCase.class);
            contents.destroyCase(due.caseId());
            destroyed.add(due.caseId());
        }
        if (!destroyed.isEmpty()) {
            log.info("Gallring {}: the plans' texts of {} case(s) destroyed {}", today, destroyed.size(), destroyed);
        }
        return destroyed;
    }

    /** The day of the latest entry made here, the destruction itself not counted. */
    private Optional<LocalDate> lastEntryHere(String caseId) {
        return events.readEvents(caseId).asStream()
                .filter(event -> !PlanRecordsDestroyedEvent.class.equals(event.getPayloadType()))
                .map(event -> LocalDate.ofInstant(event.getTimestamp(), ClockConfiguration.STOCKHOLM))
                .max(LocalDate::compareTo);
    }
}
