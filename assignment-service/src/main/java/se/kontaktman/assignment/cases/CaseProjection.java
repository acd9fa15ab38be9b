package se.kontaktman.assignment.cases;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import se.kontaktman.assignment.cases.api.CaseEvents.CaseClosedEvent;
import se.kontaktman.assignment.cases.api.CaseEvents.CaseOpenedEvent;
import se.kontaktman.assignment.cases.api.CaseEvents.CaseRecordsDestroyedEvent;
import se.kontaktman.assignment.cases.api.CaseEvents.ContactPersonAssignedEvent;
import se.kontaktman.assignment.cases.api.CaseQueries.FindCaseQuery;
import se.kontaktman.assignment.cases.api.CaseQueries.FindCasesOfClientQuery;
import se.kontaktman.assignment.cases.api.CaseQueries.FindCasesOfStaffGroupQuery;
import se.kontaktman.assignment.cases.api.CaseQueries.FindCasesOfStaffMemberQuery;
import se.kontaktman.assignment.cases.api.CaseQueries.FindContactPersonsOnDateQuery;
import se.kontaktman.assignment.clients.OpenCaseClaims;
import se.kontaktman.assignment.organisation.StaffDirectory;
import se.kontaktman.events.ContactRole;
import se.kontaktman.platform.mongo.VersionedView;
import se.kontaktman.platform.time.ClockConfiguration;

/**
 * Keeps {@link CaseView} up to date and answers the case queries. The view is updated in the
 * unit of work that stores the events (a subscribing processor): with Mongo transactions the
 * events and the view change together or not at all, and an answer to a command is never ahead
 * of a following read. Idempotent all the same ({@link VersionedView}): an event whose sequence
 * number the view has seen changes nothing, so a replay is harmless.
 */
@Component
@ProcessingGroup(CaseProjection.PROCESSING_GROUP)
class CaseProjection {

    static final String PROCESSING_GROUP = "case-view";

    private final MongoTemplate mongo;
    private final VersionedView views;
    private final OpenCaseClaims claims;
    private final StaffDirectory staff;

    CaseProjection(MongoTemplate mongo, OpenCaseClaims claims, StaffDirectory staff) {
        this.mongo = mongo;
        this.views = new VersionedView(mongo, CaseView.class);
        this.claims = claims;
        this.staff = staff;
        mongo.indexOps(CaseView.class).createIndex(new Index("staffGroupId", Sort.Direction.ASC));
        mongo.indexOps(CaseView.class).createIndex(new Index("primary.staffId", Sort.Direction.ASC));
        mongo.indexOps(CaseView.class).createIndex(new Index("substitute.staffId", Sort.Direction.ASC));
        mongo.indexOps(CaseView.class).createIndex(new Index("clientId", Sort.Direction.ASC));
    }

    @EventHandler
    void on(CaseOpenedEvent event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        try {
            mongo.insert(CaseView.opened(event.caseId(), event.clientId(), event.staffGroupId(), event.careProfile(),
                    event.startDate(), sequence, entryDay(recordedAt, event.startDate())));
        } catch (DuplicateKeyException alreadyThere) {
            // applied before: a replay
        }
    }

    @EventHandler
    void on(ContactPersonAssignedEvent event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        CaseView.Assignment assignment = new CaseView.Assignment(event.role(), event.staffId(), event.effectiveFrom(),
                event.assignedBy(), event.backdatingReason());
        views.update(event.caseId(), sequence, new Update()
                .set(event.role() == ContactRole.PRIMARY ? "primary" : "substitute", assignment)
                .push("assignments", assignment)
                .max("lastEntryOn", entryDay(recordedAt, event.effectiveFrom())));
    }

    @EventHandler
    void on(CaseClosedEvent event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        views.update(event.caseId(), sequence, new Update()
                .max("lastEntryOn", entryDay(recordedAt, event.closedOn()))
                .set("status", CaseView.Status.CLOSED)
                .set("closedOn", event.closedOn())
                .set("closureReason", event.reason())
                .unset("primary")
                .unset("substitute"));
        claims.release(event.clientId(), event.staffGroupId(), event.caseId());
    }

    /** Not an entry in the records: the day they were destroyed. */
    @EventHandler
    void on(CaseRecordsDestroyedEvent event, @SequenceNumber long sequence) {
        views.update(event.caseId(), sequence, new Update().set("recordsDestroyedOn", event.destroyedOn()));
    }

    /**
     * An entry's day, for the retention time: the day (Europe/Stockholm) it was recorded, or the
     * day it names when later (only where the business clock is moved ahead, in demos and tests).
     */
    private static LocalDate entryDay(Instant recordedAt, LocalDate named) {
        LocalDate recorded = LocalDate.ofInstant(recordedAt, ClockConfiguration.STOCKHOLM);
        return named != null && named.isAfter(recorded) ? named : recorded;
    }

    @ResetHandler
    void reset() {
        mongo.remove(new Query(), CaseView.class);
    }

    @QueryHandler
    Optional<CaseView> handle(FindCaseQuery query) {
        return Optional.ofNullable(mongo.findById(query.caseId(), CaseView.class));
    }

    @QueryHandler
    Optional<ContactPersonsOnDate> handle(FindContactPersonsOnDateQuery query) {
        return handle(new FindCaseQuery(query.caseId()))
                .map(view -> new ContactPersonsOnDate(view.caseId(), query.date(),
                        view.assignedOn(ContactRole.PRIMARY, query.date())
                                .map(CaseView.AssignmentPeriod::staffId).orElse(null),
                        view.assignedOn(ContactRole.SUBSTITUTE, query.date())
                                .map(CaseView.AssignmentPeriod::staffId).orElse(null)));
    }

    @QueryHandler
    List<CaseView> handle(FindCasesOfStaffMemberQuery query) {
        return mongo.find(query(where("status").is(CaseView.Status.OPEN).orOperator(
                        where("primary.staffId").is(query.staffId()),
                        where("substitute.staffId").is(query.staffId())))
                .with(Sort.by("startDate", "_id")), CaseView.class);
    }

    @QueryHandler
    List<CaseView> handle(FindCasesOfStaffGroupQuery query) {
        List<CaseView> open = mongo.find(query(where("staffGroupId").is(query.staffGroupId())
                .and("status").is(CaseView.Status.OPEN)).with(Sort.by("startDate", "_id")), CaseView.class);
        if (!query.incompleteOnly()) {
            return open;
        }
        Set<String> activeCareStaff = staff.activeCareStaffOf(query.staffGroupId());
        return open.stream().filter(view -> view.lacksContactPerson(activeCareStaff)).toList();
    }

    @QueryHandler
    List<CaseView> handle(FindCasesOfClientQuery query) {
        return mongo.find(query(where("clientId").is(query.clientId())).with(Sort.by("startDate", "_id")),
                CaseView.class);
    }
}
