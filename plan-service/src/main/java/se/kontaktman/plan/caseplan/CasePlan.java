package se.kontaktman.plan.caseplan;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import se.kontaktman.events.CareProfile;
import se.kontaktman.platform.DateRules;
import se.kontaktman.platform.NotFoundException;
import se.kontaktman.platform.RuleViolationException;
import se.kontaktman.platform.UnprocessableException;
import se.kontaktman.plan.caseplan.api.CaseFactCommands.NoteCaseClosed;
import se.kontaktman.plan.caseplan.api.CaseFactCommands.NoteCaseOpened;
import se.kontaktman.plan.caseplan.api.CaseFactCommands.NoteContactPerson;
import se.kontaktman.plan.caseplan.api.CasePlanCommands.AcknowledgePlanningNote;
import se.kontaktman.plan.caseplan.api.CasePlanCommands.BookIntroductionVisit;
import se.kontaktman.plan.caseplan.api.CasePlanCommands.EstablishPlan;
import se.kontaktman.plan.caseplan.api.CasePlanCommands.HandOverPlanningNote;
import se.kontaktman.plan.caseplan.api.CasePlanCommands.PlanFacts;
import se.kontaktman.plan.caseplan.api.CasePlanCommands.RecordArrivalConversation;
import se.kontaktman.plan.caseplan.api.CasePlanCommands.RecordFollowUp;
import se.kontaktman.plan.caseplan.api.CasePlanCommands.RecordIntroductionVisit;
import se.kontaktman.plan.caseplan.api.CasePlanCommands.RecordPlanMeeting;
import se.kontaktman.plan.caseplan.api.CasePlanCommands.RecordTeamReview;
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
import se.kontaktman.plan.organisation.StaffDirectory;
import se.kontaktman.plan.rules.RuleProfiles;
import se.kontaktman.rules.CareStep;
import se.kontaktman.rules.RuleProfile;

/**
 * The contact person's mission for one case (id = the case id): what assignment-service said
 * of the case, and what staff recorded: introduction visits, the arrival conversation, plan
 * versions, team reviews, follow-ups, plan meetings and planning notes. Every rule is checked
 * before anything is applied, so a refused command stores nothing.
 */
@Aggregate(cache = "aggregateCache")
public class CasePlan {

    static final String CASE_OPEN = "case-open";
    static final String STEP_IN_CARE_PROFILE = "step-in-care-profile";
    static final String RECORDED_ONCE = "recorded-once";

    @AggregateIdentifier
    private String caseId;
    private String staffGroupId;
    private CareProfile careProfile;
    private LocalDate startDate;
    private boolean closed;
    private final Set<String> factsSeen = new HashSet<>();
    private final ContactPersons contactPersons = new ContactPersons();
    private final Map<String, Visit> visits = new HashMap<>();
    private LocalDate firstIntroduction;
    private LocalDate arrivalConversation;
    private final List<LocalDate> versions = new ArrayList<>();
    private final Map<String, Note> notes = new HashMap<>();

    private record Visit(String contactPersonStaffId, boolean held) {
    }

    private record Note(LocalDate handedOverOn, boolean acknowledged) {
    }

    protected CasePlan() {
        // for Axon
    }

    // What assignment-service says. Facts never refuse: a repeated one is ignored.

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(NoteCaseOpened fact) {
        if (factsSeen.contains(fact.factId())) {
            return;
        }
        apply(new CaseOpenedNoted(fact.caseId(), fact.factId(), fact.staffGroupId(), fact.careProfile(),
                fact.startDate()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(NoteContactPerson fact) {
        if (factsSeen.contains(fact.factId())) {
            return;
        }
        apply(new ContactPersonNoted(fact.caseId(), fact.factId(), fact.staffGroupId(), fact.role(), fact.staffId(),
                fact.effectiveFrom(), fact.publishedAt()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(NoteCaseClosed fact) {
        if (factsSeen.contains(fact.factId()) || closed) {
            return;
        }
        apply(new CasePlanClosed(fact.caseId(), fact.factId(), fact.staffGroupId(), fact.closedOn()));
    }

    // What staff record.

    @CommandHandler
    void handle(BookIntroductionVisit command, StaffDirectory staff, RuleProfiles profiles) {
        requireRecordable(command.actor(), CareStep.INTRODUCTION_VISIT, staff, profiles);
        ContactPersons.Appointment contactPerson = contactPersons.appointmentOf(command.contactPersonStaffId())
                .orElseThrow(() -> new UnprocessableException("contactPersonStaffId",
                        PlanRules.H2_PRESENTED_BY_CONTACT_PERSON, "must be one of the case's current contact persons"));
        DateRules.notBefore("bookedFor", command.bookedFor(), contactPerson.from(), "the contact person's appointment");
        requireNew(visits.containsKey(command.visitId()), "visitId");
        apply(new IntroductionVisitBookedEvent(caseId, staffGroupId, command.visitId(), command.bookedFor(),
                command.contactPersonStaffId(), command.actor()));
    }

    @CommandHandler
    void handle(RecordIntroductionVisit command, StaffDirectory staff, RuleProfiles profiles, Clock clock) {
        requireRecordable(command.actor(), CareStep.INTRODUCTION_VISIT, staff, profiles);
        Visit visit = visits.get(command.visitId());
        if (visit == null) {
            throw new NotFoundException("introduction visit", command.visitId());
        }
        if (visit.held()) {
            throw new RuleViolationException(RECORDED_ONCE, "visitId", "this visit has already been recorded as held");
        }
        ContactPersons.Appointment presenter = contactPersons.appointmentOf(command.presentedBy())
                .orElseThrow(() -> new UnprocessableException("presentedBy", PlanRules.H2_PRESENTED_BY_CONTACT_PERSON,
                        "must be one of the case's current contact persons"));
        DateRules.notAfterToday("heldOn", command.heldOn(), clock);
        DateRules.notBefore("heldOn", command.heldOn(), presenter.from(), "the presenter's appointment");
        Set<String> attending = new LinkedHashSet<>();
        attending.add(command.presentedBy());
        attending.addAll(command.attendingStaffIds());
        apply(new IntroductionVisitHeldEvent(caseId, staffGroupId, command.visitId(), command.heldOn(),
                command.presentedBy(), List.copyOf(attending), command.sheetHandedOver()));
    }

    @CommandHandler
    void handle(RecordArrivalConversation command, StaffDirectory staff, RuleProfiles profiles, Clock clock) {
        requireRecordable(command.actor(), CareStep.ARRIVAL_CONVERSATION, staff, profiles);
        if (arrivalConversation != null) {
            throw new RuleViolationException(PlanRules.L1_HELD_ONCE, "heldOn",
                    "the arrival conversation was held on " + arrivalConversation);
        }
        DateRules.notAfterToday("heldOn", command.heldOn(), clock);
        DateRules.notBefore("heldOn", command.heldOn(), startDate, "the case's start date");
        apply(new ArrivalConversationHeldEvent(caseId, staffGroupId, command.heldOn(), command.actor(),
                command.topicsCovered(), command.contentId()));
    }

    /** @return the new version's number */
    @CommandHandler
    int handle(EstablishPlan command, StaffDirectory staff, RuleProfiles profiles, Clock clock) {
        RuleProfile profile = requireRecordable(command.actor(), CareStep.IMPLEMENTATION_PLAN, staff, profiles);
        requireValidVersion(command.plan(), "plan", profile, clock);
        establish(command.plan(), command.actor());
        return versions.size();
    }

    @CommandHandler
    void handle(RecordTeamReview command, StaffDirectory staff, RuleProfiles profiles, Clock clock) {
        requireRecordable(command.actor(), CareStep.TEAM_REVIEW, staff, profiles);
        if (command.version() < 1 || command.version() > versions.size()) {
            throw new UnprocessableException("version", PlanRules.L2_REVIEW_OF_A_VERSION,
                    "the plan has no version " + command.version());
        }
        DateRules.notAfterToday("reviewedOn", command.reviewedOn(), clock);
        DateRules.notBefore("reviewedOn", command.reviewedOn(), versions.get(command.version() - 1),
                "the version's establishment");
        apply(new PlanReviewedByTeamEvent(caseId, staffGroupId, command.version(), command.reviewedOn(),
                command.actor()));
    }

    /** @return the plan version in force after the follow-up */
    @CommandHandler
    int handle(RecordFollowUp command, StaffDirectory staff, RuleProfiles profiles, Clock clock) {
        RuleProfile profile = requireRecordable(command.actor(), CareStep.FOLLOW_UP, staff, profiles);
        DateRules.notAfterToday("followedUpOn", command.followedUpOn(), clock);
        PlanRules.requireFollowsUpAPlan(PlanRules.H4_AFTER_PLAN, "followedUpOn", command.followedUpOn(),
                currentVersionDate());
        PlanRules.requireRevisionMatchesOutcome(command.outcome(), command.revision());
        if (command.revision() != null) {
            requireValidVersion(command.revision(), "revision", profile, clock);
            establish(command.revision(), command.actor());
        }
        apply(new FollowUpRecordedEvent(caseId, staffGroupId, command.followedUpOn(), command.actor(), command.kind(),
                command.outcome(), versions.size()));
        return versions.size();
    }

    /** @return the plan version in force after the meeting */
    @CommandHandler
    int handle(RecordPlanMeeting command, StaffDirectory staff, RuleProfiles profiles, Clock clock) {
        RuleProfile profile = requireRecordable(command.actor(), CareStep.PLAN_MEETING, staff, profiles);
        DateRules.notAfterToday("heldOn", command.heldOn(), clock);
        PlanRules.requireFollowsUpAPlan(PlanRules.L3_AFTER_PLAN, "heldOn", command.heldOn(), currentVersionDate());
        PlanRules.requireRevisionMatchesOutcome(command.outcome(), command.revision());
        if (command.revision() != null) {
            requireValidVersion(command.revision(), "revision", profile, clock);
            establish(command.revision(), command.actor());
        }
        apply(new PlanMeetingHeldEvent(caseId, staffGroupId, command.heldOn(), command.actor(), command.outcome(),
                versions.size(), command.contentId()));
        return versions.size();
    }

    @CommandHandler
    void handle(HandOverPlanningNote command, StaffDirectory staff, RuleProfiles profiles, Clock clock) {
        requireRecordable(command.actor(), CareStep.PLANNING_NOTE, staff, profiles);
        DateRules.notAfterToday("handedOverOn", command.handedOverOn(), clock);
        DateRules.notBefore("handedOverOn", command.handedOverOn(), startDate, "the case's start date");
        requireNew(notes.containsKey(command.noteId()), "noteId");
        apply(new PlanningNoteHandedOverEvent(caseId, staffGroupId, command.noteId(), command.handedOverOn(),
                command.actor(), command.timeAdjustmentRequested(), command.contentId()));
        if (command.newInterventionsRequested()) {
            apply(new NewInterventionsRequestedEvent(caseId, staffGroupId, command.handedOverOn(), command.actor()));
        }
    }

    @CommandHandler
    void handle(AcknowledgePlanningNote command, StaffDirectory staff, RuleProfiles profiles, Clock clock) {
        requireRecordable(command.actor(), CareStep.PLANNING_NOTE, staff, profiles);
        RecordingRights.requirePlanner(command.actor(), staffGroupId, staff);
        Note note = notes.get(command.noteId());
        if (note == null) {
            throw new NotFoundException("planning note", command.noteId());
        }
        if (note.acknowledged()) {
            throw new RuleViolationException(RECORDED_ONCE, "noteId", "this note has already been acknowledged");
        }
        DateRules.notAfterToday("acknowledgedOn", command.acknowledgedOn(), clock);
        DateRules.notBefore("acknowledgedOn", command.acknowledgedOn(), note.handedOverOn(), "the note's hand-over");
        apply(new PlanningNoteAcknowledgedEvent(caseId, staffGroupId, command.noteId(), command.acknowledgedOn(),
                command.actor(), command.contentId()));
    }

    /** Known, open, a step of its care profile, and the actor may record for it. */
    private RuleProfile requireRecordable(String actor, CareStep step, StaffDirectory staff, RuleProfiles profiles) {
        if (careProfile == null) {
            // Heard of an appointment or closure but not yet of the opening: not a case to record for.
            throw new NotFoundException("case", caseId);
        }
        if (closed) {
            throw new RuleViolationException(CASE_OPEN, "caseId", "the case is closed");
        }
        RuleProfile profile = profiles.of(careProfile);
        if (!profile.applies(step)) {
            throw new UnprocessableException("caseId", STEP_IN_CARE_PROFILE,
                    step + " is not a step of the " + careProfile + " rule profile");
        }
        RecordingRights.requireContactPersonOrPlanner(actor, contactPersons.includes(actor), staffGroupId, staff);
        return profile;
    }

    private void requireValidVersion(PlanFacts plan, String field, RuleProfile profile, Clock clock) {
        DateRules.notAfterToday(field + ".establishedOn", plan.establishedOn(), clock);
        DateRules.notBefore(field + ".establishedOn", plan.establishedOn(), startDate, "the case's start date");
        if (profile.applies(CareStep.INTRODUCTION_VISIT)) {
            PlanRules.requireIntroducedBefore(plan.establishedOn(), firstIntroduction);
            PlanRules.requireInClientHome(plan, field);
        }
        if (profile.applies(CareStep.ARRIVAL_CONVERSATION)) {
            PlanRules.requireArrivalConversationBefore(plan.establishedOn(), arrivalConversation);
        }
        DateRules.notBefore(field + ".establishedOn", plan.establishedOn(), currentVersionDate(),
                "the plan's current version");
    }

    private void establish(PlanFacts plan, String actor) {
        apply(new PlanVersionEstablishedEvent(caseId, staffGroupId, versions.size() + 1, plan.establishedOn(), actor,
                plan.interventionCount(), plan.contentId()));
    }

    private static void requireNew(boolean exists, String field) {
        if (exists) {
            throw new RuleViolationException(RECORDED_ONCE, field, "already recorded");
        }
    }

    private LocalDate currentVersionDate() {
        return versions.isEmpty() ? null : versions.get(versions.size() - 1);
    }

    @EventSourcingHandler
    void on(CaseOpenedNoted event) {
        caseId = event.caseId();
        factsSeen.add(event.factId());
        staffGroupId = event.staffGroupId();
        careProfile = event.careProfile();
        startDate = event.startDate();
    }

    @EventSourcingHandler
    void on(ContactPersonNoted event) {
        caseId = event.caseId();
        factsSeen.add(event.factId());
        staffGroupId = event.staffGroupId();
        contactPersons.note(event.role(), new ContactPersons.Appointment(event.staffId(), event.effectiveFrom(),
                event.publishedAt()));
    }

    @EventSourcingHandler
    void on(CasePlanClosed event) {
        caseId = event.caseId();
        factsSeen.add(event.factId());
        staffGroupId = event.staffGroupId();
        closed = true;
    }

    @EventSourcingHandler
    void on(IntroductionVisitBookedEvent event) {
        visits.put(event.visitId(), new Visit(event.contactPersonStaffId(), false));
    }

    @EventSourcingHandler
    void on(IntroductionVisitHeldEvent event) {
        visits.computeIfPresent(event.visitId(), (id, visit) -> new Visit(visit.contactPersonStaffId(), true));
        if (firstIntroduction == null || event.heldOn().isBefore(firstIntroduction)) {
            firstIntroduction = event.heldOn();
        }
    }

    @EventSourcingHandler
    void on(ArrivalConversationHeldEvent event) {
        arrivalConversation = event.heldOn();
    }

    @EventSourcingHandler
    void on(PlanVersionEstablishedEvent event) {
        versions.add(event.establishedOn());
    }

    @EventSourcingHandler
    void on(PlanningNoteHandedOverEvent event) {
        notes.put(event.noteId(), new Note(event.handedOverOn(), false));
    }

    @EventSourcingHandler
    void on(PlanningNoteAcknowledgedEvent event) {
        notes.computeIfPresent(event.noteId(), (id, note) -> new Note(note.handedOverOn(), true));
    }
}
