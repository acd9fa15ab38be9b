package se.kontaktman.plan.caseplan;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.List;
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
import se.kontaktman.events.ContactRole;
import se.kontaktman.plan.caseplan.CasePlanView.ArrivalConversation;
import se.kontaktman.plan.caseplan.CasePlanView.FollowUp;
import se.kontaktman.plan.caseplan.CasePlanView.Meeting;
import se.kontaktman.plan.caseplan.CasePlanView.Note;
import se.kontaktman.plan.caseplan.CasePlanView.Version;
import se.kontaktman.plan.caseplan.CasePlanView.Visit;
import se.kontaktman.plan.caseplan.api.CasePlanEvents.ArrivalConversationHeldEvent;
import se.kontaktman.plan.caseplan.api.CasePlanEvents.CaseOpenedNotedEvent;
import se.kontaktman.plan.caseplan.api.CasePlanEvents.CasePlanClosedEvent;
import se.kontaktman.plan.caseplan.api.CasePlanEvents.ContactPersonAssignmentNotedEvent;
import se.kontaktman.plan.caseplan.api.CasePlanEvents.FollowUpRecordedEvent;
import se.kontaktman.plan.caseplan.api.CasePlanEvents.IntroductionVisitBookedEvent;
import se.kontaktman.plan.caseplan.api.CasePlanEvents.IntroductionVisitHeldEvent;
import se.kontaktman.plan.caseplan.api.CasePlanEvents.NewInterventionsRequestedEvent;
import se.kontaktman.plan.caseplan.api.CasePlanEvents.PlanMeetingHeldEvent;
import se.kontaktman.plan.caseplan.api.CasePlanEvents.PlanReviewedByTeamEvent;
import se.kontaktman.plan.caseplan.api.CasePlanEvents.PlanVersionEstablishedEvent;
import se.kontaktman.plan.caseplan.api.CasePlanEvents.PlanningNoteAcknowledgedEvent;
import se.kontaktman.plan.caseplan.api.CasePlanEvents.PlanningNoteHandedOverEvent;
import se.kontaktman.plan.caseplan.api.CasePlanQueries.FindCasePlanQuery;
import se.kontaktman.platform.mongo.VersionedView;

/**
 * Keeps {@link CasePlanView} and answers for it, as assignment-service's case view does: in the
 * unit of work that stores the events, each event one conditional update of a
 * {@link VersionedView}, so a replay changes nothing.
 */
@Component
@ProcessingGroup(CasePlanProjection.PROCESSING_GROUP)
class CasePlanProjection {

    static final String PROCESSING_GROUP = "case-plan-view";

    private final MongoTemplate mongo;
    private final VersionedView views;

    CasePlanProjection(MongoTemplate mongo) {
        this.mongo = mongo;
        this.views = new VersionedView(mongo, CasePlanView.class);
    }

    @EventHandler
    void on(CaseOpenedNotedEvent e, @SequenceNumber long sequence) {
        views.upsert(e.caseId(), sequence, new Update().set("staffGroupId", e.staffGroupId())
                .set("careProfile", e.careProfile()).set("startDate", e.startDate()));
    }

    /** The assignment that supersedes the one the view holds, if any; late and repeated ones change nothing. */
    @EventHandler
    void on(ContactPersonAssignmentNotedEvent e, @SequenceNumber long sequence) {
        views.upsert(e.caseId(), sequence, new Update().set("staffGroupId", e.staffGroupId()));
        String role = e.role() == ContactRole.PRIMARY ? "primary" : "substitute";
        Assignment incoming = new Assignment(e.staffId(), e.effectiveFrom(), e.publishedAt());
        mongo.updateFirst(query(where("_id").is(e.caseId()).orOperator(
                        where(role).is(null),
                        where(role + ".from").lt(incoming.from()),
                        where(role + ".from").is(incoming.from())
                                .and(role + ".publishedAt").lt(incoming.publishedAt()))),
                new Update().set(role, incoming), CasePlanView.class);
    }

    @EventHandler
    void on(CasePlanClosedEvent e, @SequenceNumber long sequence) {
        views.upsert(e.caseId(), sequence, new Update().set("staffGroupId", e.staffGroupId())
                .set("closedOn", e.closedOn()));
    }

    @EventHandler
    void on(IntroductionVisitBookedEvent e, @SequenceNumber long sequence) {
        views.update(e.caseId(), sequence, new Update().push("introductionVisits", new Visit(e.visitId(), e.bookedFor(),
                e.contactPersonStaffId(), e.bookedBy(), null, null, List.of(), false, null)));
    }

    @EventHandler
    void on(IntroductionVisitHeldEvent e, @SequenceNumber long sequence) {
        views.updateElement(e.caseId(), sequence, where("introductionVisits.visitId").is(e.visitId()), new Update()
                .set("introductionVisits.$.heldOn", e.heldOn())
                .set("introductionVisits.$.presentedBy", e.presentedBy())
                .set("introductionVisits.$.attendingStaffIds", e.attendingStaffIds())
                .set("introductionVisits.$.sheetHandedOver", e.sheetHandedOver())
                .set("introductionVisits.$.backdatingReason", e.backdatingReason()));
    }

    @EventHandler
    void on(ArrivalConversationHeldEvent e, @SequenceNumber long sequence) {
        views.update(e.caseId(), sequence, new Update().set("arrivalConversation",
                new ArrivalConversation(e.heldOn(), e.heldBy(), e.topicsCovered(), e.contentId())));
    }

    @EventHandler
    void on(PlanVersionEstablishedEvent e, @SequenceNumber long sequence) {
        views.update(e.caseId(), sequence, new Update().push("planVersions", new Version(e.version(), e.establishedOn(),
                e.establishedBy(), e.interventionCount(), e.contentId(), null)));
    }

    @EventHandler
    void on(PlanReviewedByTeamEvent e, @SequenceNumber long sequence) {
        views.updateElement(e.caseId(), sequence, where("planVersions.version").is(e.version()),
                new Update().set("planVersions.$.reviewedByTeamOn", e.reviewedOn()));
    }

    @EventHandler
    void on(FollowUpRecordedEvent e, @SequenceNumber long sequence) {
        views.update(e.caseId(), sequence, new Update().push("followUps", new FollowUp(e.followedUpOn(), e.signedBy(),
                e.kind(), e.outcome(), e.planVersion(), e.contentId())));
    }

    @EventHandler
    void on(PlanMeetingHeldEvent e, @SequenceNumber long sequence) {
        views.update(e.caseId(), sequence, new Update().push("planMeetings", new Meeting(e.heldOn(), e.heldBy(),
                e.outcome(), e.planVersion(), e.contentId())));
    }

    @EventHandler
    void on(PlanningNoteHandedOverEvent e, @SequenceNumber long sequence) {
        views.update(e.caseId(), sequence, new Update().push("planningNotes", new Note(e.noteId(), e.handedOverOn(),
                e.handedOverBy(), e.timeAdjustmentRequested(), false, e.contentId(), null, null, null)));
    }

    @EventHandler
    void on(NewInterventionsRequestedEvent e, @SequenceNumber long sequence) {
        views.updateElement(e.caseId(), sequence, where("planningNotes.noteId").is(e.noteId()),
                new Update().set("planningNotes.$.newInterventionsRequested", true));
    }

    @EventHandler
    void on(PlanningNoteAcknowledgedEvent e, @SequenceNumber long sequence) {
        views.updateElement(e.caseId(), sequence, where("planningNotes.noteId").is(e.noteId()), new Update()
                .set("planningNotes.$.acknowledgedOn", e.acknowledgedOn())
                .set("planningNotes.$.acknowledgedBy", e.acknowledgedBy())
                .set("planningNotes.$.acknowledgementContentId", e.contentId()));
    }

    @ResetHandler
    void reset() {
        mongo.remove(new Query(), CasePlanView.class);
    }

    @QueryHandler
    Optional<CasePlanView> handle(FindCasePlanQuery query) {
        return Optional.ofNullable(mongo.findById(query.caseId(), CasePlanView.class));
    }
}
