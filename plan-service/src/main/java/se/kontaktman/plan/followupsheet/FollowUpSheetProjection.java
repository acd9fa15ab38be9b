package se.kontaktman.plan.followupsheet;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.Optional;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import se.kontaktman.plan.caseplan.api.CasePlanEvents.CasePlanClosedEvent;
import se.kontaktman.plan.caseplan.api.CasePlanEvents.PlanCheckedEvent;
import se.kontaktman.plan.caseplan.api.CasePlanQueries.FindFollowUpSheetQuery;
import se.kontaktman.platform.mongo.VersionedView;

/**
 * Keeps the follow-up sheet's own entries while the case is open, in the unit of work that
 * stores the events, and destroys them when it closes (H9). A replay ends the same way: the
 * checks come back, and the closure deletes them again.
 */
@Component
@ProcessingGroup(FollowUpSheetProjection.PROCESSING_GROUP)
class FollowUpSheetProjection {

    static final String PROCESSING_GROUP = "follow-up-sheet";

    private final MongoTemplate mongo;
    private final VersionedView sheets;

    FollowUpSheetProjection(MongoTemplate mongo) {
        this.mongo = mongo;
        this.sheets = new VersionedView(mongo, SheetEntries.class);
    }

    @EventHandler
    void on(PlanCheckedEvent e, @SequenceNumber long sequence) {
        SheetEntries.Check check = new SheetEntries.Check(e.windowStart(), e.windowEnd(), e.checkedOn(),
                e.checkedBy(), e.planCurrent(), e.followUpBookedFor(), e.planVersion());
        sheets.upsert(e.caseId(), sequence, new Update().push("checks", check));
    }

    /** H9: "Vid avslutat ärende slänger du som kontaktman denna blankett i sekretesstunnan." */
    @EventHandler
    void on(CasePlanClosedEvent e) {
        mongo.remove(query(where("_id").is(e.caseId())), SheetEntries.class);
    }

    @ResetHandler
    void reset() {
        mongo.remove(new Query(), SheetEntries.class);
    }

    @QueryHandler
    Optional<SheetEntries> handle(FindFollowUpSheetQuery query) {
        return Optional.ofNullable(mongo.findById(query.caseId(), SheetEntries.class));
    }
}
