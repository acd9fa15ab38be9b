package se.kontaktman.plan.caseplan;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import se.kontaktman.events.ContactRole;
import se.kontaktman.plan.caseplan.CasePlanView.ArrivalConversation;
import se.kontaktman.plan.caseplan.CasePlanView.FollowUp;
import se.kontaktman.plan.caseplan.CasePlanView.Holder;
import se.kontaktman.plan.caseplan.CasePlanView.Meeting;
import se.kontaktman.plan.caseplan.CasePlanView.Note;
import se.kontaktman.plan.caseplan.CasePlanView.Version;
import se.kontaktman.plan.caseplan.CasePlanView.Visit;
import se.kontaktman.plan.caseplan.api.CasePlanEvents.ArrivalConversationHeldEvent;
import se.kontaktman.plan.caseplan.api.CasePlanEvents.CaseOpenedNoted;
import se.kontaktman.plan.caseplan.api.CasePlanEvents.CasePlanClosed;
import se.kontaktman.plan.caseplan.api.CasePlanEvents.ContactPersonNoted;
import se.kontaktman.plan.caseplan.api.CasePlanEvents.FollowUpRecordedEvent;
import se.kontaktman.plan.caseplan.api.CasePlanEvents.IntroductionVisitBookedEvent;
import se.kontaktman.plan.caseplan.api.CasePlanEvents.IntroductionVisitHeldEvent;
import se.kontaktman.plan.caseplan.api.CasePlanEvents.NewInterventionsRequestedEvent;
import se.kontaktman.plan.caseplan.api.CasePlanEvents.PlanMeetingHeldEvent;
import se.kontaktman.plan.caseplan.api.CasePlanEvents.PlanReviewedByTeamEvent;
import se.kontaktman.plan.caseplan.api.CasePlanEvents.PlanVersionEstablishedEvent;
import se.kontaktman.plan.caseplan.api.CasePlanEvents.PlanningNoteAcknowledgedEvent;
import se.kontaktman.plan.caseplan.api.CasePlanEvents.PlanningNoteHandedOverEvent;
import se.kontaktman.plan.content.PlanContents;

/**
 * Keeps {@link CasePlanView} in the unit of work that stores the events. On closure it also
 * erases the case's working material (H9) from the content store and the view.
 */
@Component
@ProcessingGroup(CasePlanProjection.PROCESSING_GROUP)
class CasePlanProjection {

    static final String PROCESSING_GROUP = "case-plan-view";

    private final MongoTemplate mongo;
    private final PlanContents contents;

    CasePlanProjection(MongoTemplate mongo, PlanContents contents) {
        this.mongo = mongo;
        this.contents = contents;
    }

    @EventHandler
    void on(CaseOpenedNoted e, @SequenceNumber long sequence) {
        change(e.caseId(), sequence, view -> {
            view.staffGroupId = e.staffGroupId();
            view.careProfile = e.careProfile();
            view.startDate = e.startDate();
        });
    }

    @EventHandler
    void on(ContactPersonNoted e, @SequenceNumber long sequence) {
        change(e.caseId(), sequence, view -> {
            view.staffGroupId = e.staffGroupId();
            Holder incoming = new Holder(e.staffId(), e.effectiveFrom(), e.publishedAt());
            Holder held = e.role() == ContactRole.PRIMARY ? view.primary : view.substitute;
            if (held == null || appointment(incoming).supersedes(appointment(held))) {
                if (e.role() == ContactRole.PRIMARY) {
                    view.primary = incoming;
                } else {
                    view.substitute = incoming;
                }
            }
        });
    }

    @EventHandler
    void on(CasePlanClosed e, @SequenceNumber long sequence) {
        change(e.caseId(), sequence, view -> {
            view.staffGroupId = e.staffGroupId();
            view.status = CasePlanView.Status.CLOSED;
            view.closedOn = e.closedOn();
            view.planningNotes.clear();
        });
        contents.eraseWorkingMaterial(e.caseId());
    }

    @EventHandler
    void on(IntroductionVisitBookedEvent e, @SequenceNumber long sequence) {
        change(e.caseId(), sequence, view -> view.introductionVisits.add(new Visit(e.visitId(), e.bookedFor(),
                e.contactPersonStaffId(), e.bookedBy(), null, null, List.of(), false)));
    }

    @EventHandler
    void on(IntroductionVisitHeldEvent e, @SequenceNumber long sequence) {
        change(e.caseId(), sequence, view -> view.introductionVisits.replaceAll(v -> v.visitId().equals(e.visitId())
                ? new Visit(v.visitId(), v.bookedFor(), v.contactPersonStaffId(), v.bookedBy(), e.heldOn(),
                        e.presentedBy(), e.attendingStaffIds(), e.sheetHandedOver())
                : v));
    }

    @EventHandler
    void on(ArrivalConversationHeldEvent e, @SequenceNumber long sequence) {
        change(e.caseId(), sequence, view -> view.arrivalConversation =
                new ArrivalConversation(e.heldOn(), e.heldBy(), e.topicsCovered(), e.contentId()));
    }

    @EventHandler
    void on(PlanVersionEstablishedEvent e, @SequenceNumber long sequence) {
        change(e.caseId(), sequence, view -> view.planVersions.add(new Version(e.version(), e.establishedOn(),
                e.establishedBy(), e.interventionCount(), e.contentId(), null)));
    }

    @EventHandler
    void on(PlanReviewedByTeamEvent e, @SequenceNumber long sequence) {
        change(e.caseId(), sequence, view -> view.planVersions.replaceAll(v -> v.version() == e.version()
                ? new Version(v.version(), v.establishedOn(), v.establishedBy(), v.interventionCount(), v.contentId(),
                        e.reviewedOn())
                : v));
    }

    @EventHandler
    void on(FollowUpRecordedEvent e, @SequenceNumber long sequence) {
        change(e.caseId(), sequence, view -> view.followUps.add(new FollowUp(e.followedUpOn(), e.signedBy(), e.kind(),
                e.outcome(), e.planVersion())));
    }

    @EventHandler
    void on(PlanMeetingHeldEvent e, @SequenceNumber long sequence) {
        change(e.caseId(), sequence, view -> view.planMeetings.add(new Meeting(e.heldOn(), e.heldBy(), e.outcome(),
                e.planVersion(), e.contentId())));
    }

    @EventHandler
    void on(PlanningNoteHandedOverEvent e, @SequenceNumber long sequence) {
        change(e.caseId(), sequence, view -> view.planningNotes.add(new Note(e.noteId(), e.handedOverOn(),
                e.handedOverBy(), e.timeAdjustmentRequested(), false, e.contentId(), null, null, null)));
    }

    @EventHandler
    void on(NewInterventionsRequestedEvent e, @SequenceNumber long sequence) {
        // Follows its note's hand-over in the same command: mark the note.
        change(e.caseId(), sequence, view -> updateLastNote(view, n -> new Note(n.noteId(), n.handedOverOn(),
                n.handedOverBy(), n.timeAdjustmentRequested(), true, n.contentId(), n.acknowledgedOn(),
                n.acknowledgedBy(), n.acknowledgementContentId())));
    }

    @EventHandler
    void on(PlanningNoteAcknowledgedEvent e, @SequenceNumber long sequence) {
        change(e.caseId(), sequence, view -> view.planningNotes.replaceAll(n -> n.noteId().equals(e.noteId())
                ? new Note(n.noteId(), n.handedOverOn(), n.handedOverBy(), n.timeAdjustmentRequested(),
                        n.newInterventionsRequested(), n.contentId(), e.acknowledgedOn(), e.acknowledgedBy(),
                        e.contentId())
                : n));
    }

    @ResetHandler
    void reset() {
        mongo.remove(new Query(), CasePlanView.class);
    }

    /** Read, change and replace the case's view, unless it has seen this event already. */
    private void change(String caseId, long sequence, Consumer<CasePlanView> change) {
        CasePlanView view = mongo.findById(caseId, CasePlanView.class);
        if (view == null) {
            view = new CasePlanView();
            view.caseId = caseId;
        } else if (view.version >= sequence) {
            return;
        }
        change.accept(view);
        view.version = sequence;
        mongo.save(view);
    }

    private static void updateLastNote(CasePlanView view, UnaryOperator<Note> update) {
        if (!view.planningNotes.isEmpty()) {
            int last = view.planningNotes.size() - 1;
            view.planningNotes.set(last, update.apply(view.planningNotes.get(last)));
        }
    }

    private static ContactPersons.Appointment appointment(Holder holder) {
        return new ContactPersons.Appointment(holder.staffId(), holder.from(), holder.publishedAt());
    }
}
