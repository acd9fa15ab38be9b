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
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import se.kontaktman.events.CareProfile;
import se.kontaktman.plan.PlanRule;
import se.kontaktman.plan.caseplan.api.CaseFileCommands.AddNetworkMemberCommand;
import se.kontaktman.plan.caseplan.api.CaseFileCommands.AddSignatureCommand;
import se.kontaktman.plan.caseplan.api.CaseFileCommands.AssessRisksCommand;
import se.kontaktman.plan.caseplan.api.CaseFileCommands.AttendDailyActivityCommand;
import se.kontaktman.plan.caseplan.api.CaseFileCommands.CheckAssistiveDeviceCommand;
import se.kontaktman.plan.caseplan.api.CaseFileCommands.CloseFundsMonthCommand;
import se.kontaktman.plan.caseplan.api.CaseFileCommands.CountersignFundsEntryCommand;
import se.kontaktman.plan.caseplan.api.CaseFileCommands.EndNetworkMemberCommand;
import se.kontaktman.plan.caseplan.api.CaseFileCommands.GiveFeedbackInformationCommand;
import se.kontaktman.plan.caseplan.api.CaseFileCommands.HandOverFundsCommand;
import se.kontaktman.plan.caseplan.api.CaseFileCommands.LogDailyActivityVisitCommand;
import se.kontaktman.plan.caseplan.api.CaseFileCommands.LogNetworkContactCommand;
import se.kontaktman.plan.caseplan.api.CaseFileCommands.RecordFundsEntryCommand;
import se.kontaktman.plan.caseplan.api.CaseFileCommands.RegisterAssistiveDeviceCommand;
import se.kontaktman.plan.caseplan.api.CaseFileCommands.RequestAssistiveDeviceCommand;
import se.kontaktman.plan.caseplan.api.CaseFileCommands.ReturnAssistiveDeviceCommand;
import se.kontaktman.plan.caseplan.api.CaseFileCommands.ReviewEmergencyInformationCommand;
import se.kontaktman.plan.caseplan.api.CasePlanCommands.AcknowledgePlanningNoteCommand;
import se.kontaktman.plan.caseplan.api.CasePlanCommands.BookIntroductionVisitCommand;
import se.kontaktman.plan.caseplan.api.CasePlanCommands.EstablishPlanCommand;
import se.kontaktman.plan.caseplan.api.CasePlanCommands.HandOverPlanningNoteCommand;
import se.kontaktman.plan.caseplan.api.CasePlanCommands.NoteCaseClosedCommand;
import se.kontaktman.plan.caseplan.api.CasePlanCommands.NoteRecordsDestroyedCommand;
import se.kontaktman.plan.caseplan.api.CasePlanCommands.NoteCaseOpenedCommand;
import se.kontaktman.plan.caseplan.api.CasePlanCommands.NoteContactPersonAssignedCommand;
import se.kontaktman.plan.caseplan.api.CasePlanCommands.PlanFacts;
import se.kontaktman.plan.caseplan.api.CasePlanCommands.RecordArrivalConversationCommand;
import se.kontaktman.plan.caseplan.api.CasePlanCommands.RecordFollowUpCommand;
import se.kontaktman.plan.caseplan.api.CasePlanCommands.RecordIntroductionVisitCommand;
import se.kontaktman.plan.caseplan.api.CasePlanCommands.RecordPlanCheckCommand;
import se.kontaktman.plan.caseplan.api.CasePlanCommands.RecordPlanMeetingCommand;
import se.kontaktman.plan.caseplan.api.CasePlanCommands.RecordTeamReviewCommand;
import se.kontaktman.plan.caseplan.api.CasePlanEvents.ArrivalConversationHeldEvent;
import se.kontaktman.plan.caseplan.api.CasePlanEvents.CaseOpenedNotedEvent;
import se.kontaktman.plan.caseplan.api.CasePlanEvents.CasePlanClosedEvent;
import se.kontaktman.plan.caseplan.api.CasePlanEvents.PlanRecordsDestroyedEvent;
import se.kontaktman.plan.caseplan.api.CasePlanEvents.ContactPersonAssignmentNotedEvent;
import se.kontaktman.plan.caseplan.api.CasePlanEvents.FollowUpRecordedEvent;
import se.kontaktman.plan.caseplan.api.CasePlanEvents.IntroductionVisitBookedEvent;
import se.kontaktman.plan.caseplan.api.CasePlanEvents.IntroductionVisitHeldEvent;
import se.kontaktman.plan.caseplan.api.CasePlanEvents.NewInterventionsRequestedEvent;
import se.kontaktman.plan.caseplan.api.CasePlanEvents.PlanCheckedEvent;
import se.kontaktman.plan.caseplan.api.CasePlanEvents.PlanMeetingHeldEvent;
import se.kontaktman.plan.caseplan.api.CasePlanEvents.PlanReviewedByTeamEvent;
import se.kontaktman.plan.caseplan.api.CasePlanEvents.PlanVersionEstablishedEvent;
import se.kontaktman.plan.caseplan.api.CasePlanEvents.PlanningNoteAcknowledgedEvent;
import se.kontaktman.plan.caseplan.api.CasePlanEvents.PlanningNoteHandedOverEvent;
import se.kontaktman.plan.organisation.StaffDirectory;
import se.kontaktman.platform.rules.CommonRule;
import se.kontaktman.platform.rules.DateRules;
import se.kontaktman.platform.rules.NotFoundException;
import se.kontaktman.platform.rules.Refusal;
import se.kontaktman.platform.rules.RuleProfiles;
import se.kontaktman.rules.CareStep;
import se.kontaktman.rules.CheckWindow;
import se.kontaktman.rules.RuleProfile;

/**
 * The contact person's mission for one case (id = the case id): what assignment-service said
 * of the case, and what staff recorded: introduction visits, the arrival conversation, plan
 * versions, team reviews, follow-ups, the April/May and October/November checks, plan meetings
 * and planning notes. Every rule is checked before anything is applied, so a refused command
 * stores nothing.
 */
@Aggregate(cache = "aggregateCache")
public class CasePlan {

    @AggregateIdentifier
    private String caseId;
    private String staffGroupId;
    private CareProfile careProfile;
    private LocalDate startDate;
    private boolean closed;
    private boolean recordsDestroyed;
    private LocalDate closedOn;
    private final Set<String> factsSeen = new HashSet<>();
    private final ContactPersons contactPersons = new ContactPersons();
    private final Map<String, Visit> visits = new HashMap<>();
    private LocalDate firstIntroduction;
    private LocalDate arrivalConversation;
    private final List<LocalDate> versions = new ArrayList<>();
    private final Set<LocalDate> checkedWindows = new HashSet<>();
    private final Map<String, Note> notes = new HashMap<>();
    @AggregateMember
    private final ContactPersonFile file = new ContactPersonFile();

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
    void handle(NoteCaseOpenedCommand fact) {
        if (factsSeen.contains(fact.factId())) {
            return;
        }
        apply(new CaseOpenedNotedEvent(fact.caseId(), fact.factId(), fact.staffGroupId(), fact.careProfile(),
                fact.startDate()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(NoteContactPersonAssignedCommand fact) {
        if (factsSeen.contains(fact.factId())) {
            return;
        }
        apply(new ContactPersonAssignmentNotedEvent(fact.caseId(), fact.factId(), fact.staffGroupId(), fact.role(),
                fact.staffId(), fact.effectiveFrom(), fact.publishedAt()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(NoteCaseClosedCommand fact) {
        if (factsSeen.contains(fact.factId()) || closed) {
            return;
        }
        apply(new CasePlanClosedEvent(fact.caseId(), fact.factId(), fact.staffGroupId(), fact.closedOn()));
        file.close(fact.closedOn());
    }

    @CommandHandler
    void handle(NoteRecordsDestroyedCommand fact) {
        if (factsSeen.contains(fact.factId()) || recordsDestroyed) {
            return;
        }
        apply(new PlanRecordsDestroyedEvent(fact.caseId(), fact.factId(), fact.destroyedOn()));
    }

    // What staff record.

    @CommandHandler
    void handle(BookIntroductionVisitCommand command, StaffDirectory staff, RuleProfiles profiles) {
        requireRecordable(command.actor(), CareStep.INTRODUCTION_VISIT, staff, profiles);
        Assignment contactPerson = requireCurrentContactPerson("contactPersonStaffId",
                command.contactPersonStaffId(), staff);
        DateRules.notBefore("bookedFor", command.bookedFor(), contactPerson.from(), "the contact person's assignment");
        requireNew(visits.containsKey(command.visitId()), "visitId");
        apply(new IntroductionVisitBookedEvent(caseId, staffGroupId, command.visitId(), command.bookedFor(),
                command.contactPersonStaffId(), command.actor()));
    }

    /**
     * H2: the contact person the visit was booked for presents themself.
     *
     * @return who presented themself
     */
    @CommandHandler
    String handle(RecordIntroductionVisitCommand command, StaffDirectory staff, RuleProfiles profiles, Clock clock) {
        RuleProfile profile = requireRecordable(command.actor(), CareStep.INTRODUCTION_VISIT, staff, profiles);
        Visit visit = visits.get(command.visitId());
        if (visit == null) {
            throw new NotFoundException("introduction visit", command.visitId());
        }
        if (visit.held()) {
            throw new Refusal(PlanRule.RECORDED_ONCE, "visitId", "this visit has already been recorded as held");
        }
        Assignment presenter = requireCurrentContactPerson("visitId", visit.contactPersonStaffId(), staff);
        DateRules.notAfterToday("heldOn", command.heldOn(), clock);
        DateRules.notBefore("heldOn", command.heldOn(), presenter.from(), "the presenter's assignment");
        DateRules.notBackdatedBeyond("heldOn", command.heldOn(), profile.backdatingLimit(),
                command.backdatingReason(), clock);
        Set<String> attending = new LinkedHashSet<>();
        attending.add(presenter.staffId());
        attending.addAll(command.attendingStaffIds());
        apply(new IntroductionVisitHeldEvent(caseId, staffGroupId, command.visitId(), command.heldOn(),
                presenter.staffId(), List.copyOf(attending), command.sheetHandedOver(), command.backdatingReason()));
        return presenter.staffId();
    }

    @CommandHandler
    void handle(RecordArrivalConversationCommand command, StaffDirectory staff, RuleProfiles profiles, Clock clock) {
        requireRecordable(command.actor(), CareStep.ARRIVAL_CONVERSATION, staff, profiles);
        if (arrivalConversation != null) {
            throw new Refusal(PlanRule.L1_ARRIVAL_CONVERSATION_ONCE, "heldOn",
                    "the arrival conversation was held on " + arrivalConversation);
        }
        DateRules.notAfterToday("heldOn", command.heldOn(), clock);
        DateRules.notBefore("heldOn", command.heldOn(), startDate, "the case's start date");
        apply(new ArrivalConversationHeldEvent(caseId, staffGroupId, command.heldOn(), command.actor(),
                command.topicsCovered(), command.contentId()));
    }

    /** @return the new version's number */
    @CommandHandler
    int handle(EstablishPlanCommand command, StaffDirectory staff, RuleProfiles profiles, Clock clock) {
        RuleProfile profile = requireRecordable(command.actor(), CareStep.IMPLEMENTATION_PLAN, staff, profiles);
        requireValidVersion(command.plan(), "establishedOn", "place", profile, clock);
        establish(command.plan(), command.actor());
        return versions.size();
    }

    @CommandHandler
    void handle(RecordTeamReviewCommand command, StaffDirectory staff, RuleProfiles profiles, Clock clock) {
        requireRecordable(command.actor(), CareStep.TEAM_REVIEW, staff, profiles);
        if (command.version() < 1 || command.version() > versions.size()) {
            throw new Refusal(PlanRule.L2_REVIEW_OF_AN_ESTABLISHED_VERSION, "version",
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
    int handle(RecordFollowUpCommand command, StaffDirectory staff, RuleProfiles profiles, Clock clock) {
        RuleProfile profile = requireRecordable(command.actor(), CareStep.FOLLOW_UP, staff, profiles);
        DateRules.notAfterToday("followedUpOn", command.followedUpOn(), clock);
        PlanRules.requireFollowsUpAPlan(PlanRule.H4_FOLLOW_UP_AFTER_PLAN, "followedUpOn", command.followedUpOn(),
                currentVersionDate());
        PlanRules.requireRevisionMatchesOutcome(command.outcome(), command.revision());
        if (command.revision() != null) {
            requireValidVersion(command.revision(), "followedUpOn", "revision.place", profile, clock);
            establish(command.revision(), command.actor());
        }
        apply(new FollowUpRecordedEvent(caseId, staffGroupId, command.followedUpOn(), command.actor(), command.kind(),
                command.outcome(), versions.size(), command.contentId()));
        return versions.size();
    }

    /**
     * H5: in April/May and October/November every plan is checked and a follow-up booked.
     *
     * @return the window the check counts for
     */
    @CommandHandler
    CheckWindow.Dated handle(RecordPlanCheckCommand command, StaffDirectory staff, RuleProfiles profiles, Clock clock) {
        RuleProfile profile = requireRecordable(command.actor(), CareStep.PLAN_CHECK, staff, profiles);
        DateRules.notAfterToday("checkedOn", command.checkedOn(), clock);
        PlanRules.requireFollowsUpAPlan(PlanRule.H5_CHECK_OF_A_PLAN, "checkedOn", command.checkedOn(),
                currentVersionDate());
        CheckWindow.Dated window = PlanRules.requireCheckWindow(profile, command.checkedOn());
        if (checkedWindows.contains(window.start())) {
            throw new Refusal(PlanRule.H5_ONE_CHECK_PER_WINDOW, "checkedOn",
                    "the plan was already checked in the window " + window.start() + " to " + window.end());
        }
        DateRules.notBefore("followUpBookedFor", command.followUpBookedFor(), command.checkedOn(), "the check");
        apply(new PlanCheckedEvent(caseId, staffGroupId, command.checkedOn(), command.actor(), window.start(),
                window.end(), versions.size(), command.planCurrent(), command.followUpBookedFor()));
        return window;
    }

    /** @return the plan version in force after the meeting */
    @CommandHandler
    int handle(RecordPlanMeetingCommand command, StaffDirectory staff, RuleProfiles profiles, Clock clock) {
        RuleProfile profile = requireRecordable(command.actor(), CareStep.PLAN_MEETING, staff, profiles);
        DateRules.notAfterToday("heldOn", command.heldOn(), clock);
        PlanRules.requireFollowsUpAPlan(PlanRule.L3_PLAN_MEETING_AFTER_PLAN, "heldOn", command.heldOn(),
                currentVersionDate());
        PlanRules.requireRevisionMatchesOutcome(command.outcome(), command.revision());
        if (command.revision() != null) {
            requireValidVersion(command.revision(), "heldOn", "revision.place", profile, clock);
            establish(command.revision(), command.actor());
        }
        apply(new PlanMeetingHeldEvent(caseId, staffGroupId, command.heldOn(), command.actor(), command.outcome(),
                versions.size(), command.contentId()));
        return versions.size();
    }

    @CommandHandler
    void handle(HandOverPlanningNoteCommand command, StaffDirectory staff, RuleProfiles profiles, Clock clock) {
        requireRecordable(command.actor(), CareStep.PLANNING_NOTE, staff, profiles);
        DateRules.notAfterToday("handedOverOn", command.handedOverOn(), clock);
        DateRules.notBefore("handedOverOn", command.handedOverOn(), startDate, "the case's start date");
        requireNew(notes.containsKey(command.noteId()), "noteId");
        apply(new PlanningNoteHandedOverEvent(caseId, staffGroupId, command.noteId(), command.handedOverOn(),
                command.actor(), command.timeAdjustmentRequested(), command.contentId()));
        if (command.newInterventionsRequested()) {
            apply(new NewInterventionsRequestedEvent(caseId, staffGroupId, command.noteId(), command.handedOverOn(),
                    command.actor()));
        }
    }

    @CommandHandler
    void handle(AcknowledgePlanningNoteCommand command, StaffDirectory staff, RuleProfiles profiles, Clock clock) {
        requireRecordable(command.actor(), CareStep.PLANNING_NOTE, staff, profiles);
        RecordingRights.requirePlanner(command.actor(), staffGroupId, staff);
        Note note = notes.get(command.noteId());
        if (note == null) {
            throw new NotFoundException("planning note", command.noteId());
        }
        if (note.acknowledged()) {
            throw new Refusal(PlanRule.RECORDED_ONCE, "noteId", "this note has already been acknowledged");
        }
        DateRules.notAfterToday("acknowledgedOn", command.acknowledgedOn(), clock);
        DateRules.notBefore("acknowledgedOn", command.acknowledgedOn(), note.handedOverOn(), "the note's hand-over");
        apply(new PlanningNoteAcknowledgedEvent(caseId, staffGroupId, command.noteId(), command.acknowledgedOn(),
                command.actor(), command.contentId()));
    }

    // The contact person's file: who may record is decided here, what is right in the file.

    /** H7: made by the contact person, in every area of the profile. */
    @CommandHandler
    void handle(AssessRisksCommand command, StaffDirectory staff, RuleProfiles profiles, Clock clock) {
        RuleProfile profile = requireRecordable(command.actor(), CareStep.RISK_ASSESSMENT, staff, profiles);
        if (!contactPersons.includes(command.actor())
                || !RecordingRights.stillCareStaff(command.actor(), staffGroupId, staff)) {
            throw new Refusal(PlanRule.H7_MADE_BY_THE_CONTACT_PERSON, "actor",
                    "the risk assessment is made by one of the case's contact persons");
        }
        file.assessRisks(command, profile, startDate, clock);
    }

    @CommandHandler
    void handle(RegisterAssistiveDeviceCommand command, StaffDirectory staff, RuleProfiles profiles, Clock clock) {
        requireRecordable(command.actor(), null, staff, profiles);
        file.registerDevice(command, clock);
    }

    @CommandHandler
    void handle(CheckAssistiveDeviceCommand command, StaffDirectory staff, RuleProfiles profiles, Clock clock) {
        requireRecordable(command.actor(), null, staff, profiles);
        file.checkDevice(command, clock);
    }

    /** H8: also after closure, when relatives bring a device back. */
    @CommandHandler
    void handle(ReturnAssistiveDeviceCommand command, StaffDirectory staff, Clock clock) {
        requireRights(command.actor(), staff);
        file.returnDevice(command, clock);
    }

    @CommandHandler
    void handle(RequestAssistiveDeviceCommand command, StaffDirectory staff, RuleProfiles profiles, Clock clock) {
        requireRecordable(command.actor(), null, staff, profiles);
        file.requestDevice(command, startDate, clock);
    }

    @CommandHandler
    void handle(AddNetworkMemberCommand command, StaffDirectory staff, RuleProfiles profiles, Clock clock) {
        requireRecordable(command.actor(), null, staff, profiles);
        file.addNetworkMember(command, clock);
    }

    @CommandHandler
    void handle(EndNetworkMemberCommand command, StaffDirectory staff, RuleProfiles profiles, Clock clock) {
        requireRecordable(command.actor(), null, staff, profiles);
        file.endNetworkMember(command, clock);
    }

    @CommandHandler
    void handle(LogNetworkContactCommand command, StaffDirectory staff, RuleProfiles profiles, Clock clock) {
        requireRecordable(command.actor(), null, staff, profiles);
        file.logNetworkContact(command, startDate, clock);
    }

    @CommandHandler
    void handle(AttendDailyActivityCommand command, StaffDirectory staff, RuleProfiles profiles) {
        requireRecordable(command.actor(), null, staff, profiles);
        file.attendDailyActivity(command);
    }

    @CommandHandler
    void handle(LogDailyActivityVisitCommand command, StaffDirectory staff, RuleProfiles profiles, Clock clock) {
        requireRecordable(command.actor(), null, staff, profiles);
        file.logDailyActivityVisit(command, clock);
    }

    @CommandHandler
    void handle(AddSignatureCommand command, StaffDirectory staff, RuleProfiles profiles) {
        requireRecordable(command.actor(), null, staff, profiles);
        file.addSignature(command, staff);
    }

    @CommandHandler
    void handle(ReviewEmergencyInformationCommand command, StaffDirectory staff, RuleProfiles profiles, Clock clock) {
        requireRecordable(command.actor(), null, staff, profiles);
        file.reviewEmergencyInformation(command, clock);
    }

    /** @return the balance after the entry, in öre */
    @CommandHandler
    long handle(RecordFundsEntryCommand command, StaffDirectory staff, RuleProfiles profiles,
                FundsInstructions instructions, Clock clock) {
        requireRecordable(command.actor(), null, staff, profiles);
        return file.recordFundsEntry(command, startDate, instructions, clock);
    }

    /** The second signature is any colleague's of the group, not only a contact person's or planner's. */
    @CommandHandler
    void handle(CountersignFundsEntryCommand command, StaffDirectory staff, Clock clock) {
        requireKnownAndOpen();
        file.countersign(command, staff, clock);
    }

    @CommandHandler
    void handle(CloseFundsMonthCommand command, StaffDirectory staff, RuleProfiles profiles, Clock clock) {
        requireRecordable(command.actor(), null, staff, profiles);
        file.closeMonth(command, clock);
    }

    /** L8: after closure, the final balance handed over. */
    @CommandHandler
    void handle(HandOverFundsCommand command, StaffDirectory staff, Clock clock) {
        requireRights(command.actor(), staff);
        file.handOverFunds(command, closed, closedOn, clock);
    }

    @CommandHandler
    void handle(GiveFeedbackInformationCommand command, StaffDirectory staff, RuleProfiles profiles, Clock clock) {
        requireRecordable(command.actor(), null, staff, profiles);
        file.giveFeedbackInformation(command, startDate, clock);
    }

    /**
     * Known, open, a step of its care profile (where the record is one: {@code step} null for the
     * file's other parts), and the actor may record for it.
     */
    private RuleProfile requireRecordable(String actor, CareStep step, StaffDirectory staff, RuleProfiles profiles) {
        requireKnownAndOpen();
        RuleProfile profile = profiles.of(careProfile, staffGroupId);
        if (step != null && !profile.applies(step)) {
            throw new Refusal(PlanRule.STEP_IN_CARE_PROFILE, "caseId",
                    step + " is not a step of the " + careProfile + " rule profile");
        }
        RecordingRights.requireContactPersonOrPlanner(actor, contactPersons.includes(actor), staffGroupId, staff);
        return profile;
    }

    private void requireKnownAndOpen() {
        requireKnown();
        if (closed) {
            throw new Refusal(CommonRule.CASE_OPEN, "caseId", "the case is closed");
        }
    }

    private void requireKnown() {
        if (careProfile == null) {
            // Heard of an assignment or closure but not yet of the opening: not a case to record for.
            throw new NotFoundException("case", caseId);
        }
    }

    /** Open or closed: what may still be recorded after closure (a device returned, the funds handed over). */
    private void requireRights(String actor, StaffDirectory staff) {
        requireKnown();
        RecordingRights.requireContactPersonOrPlanner(actor, contactPersons.includes(actor), staffGroupId, staff);
    }

    /** H2: one of the case's current contact persons, not known to have left the group's care staff. */
    private Assignment requireCurrentContactPerson(String field, String staffId, StaffDirectory staff) {
        return contactPersons.assignmentOf(staffId)
                .filter(assignment -> RecordingRights.stillCareStaff(staffId, staffGroupId, staff))
                .orElseThrow(() -> new Refusal(PlanRule.H2_PRESENTED_BY_A_CURRENT_CONTACT_PERSON, field,
                        "the visit is presented by one of the case's current contact persons"));
    }

    /** The fields are those of the request that carried the version's date and place. */
    private void requireValidVersion(PlanFacts plan, String dateField, String placeField, RuleProfile profile,
                                     Clock clock) {
        DateRules.notAfterToday(dateField, plan.establishedOn(), clock);
        DateRules.notBefore(dateField, plan.establishedOn(), startDate, "the case's start date");
        if (profile.applies(CareStep.INTRODUCTION_VISIT)) {
            PlanRules.requireIntroducedBefore(dateField, plan.establishedOn(), firstIntroduction);
        }
        if (versions.isEmpty() && profile.planWrittenInClientHome()) {
            PlanRules.requireWrittenInClientHome(plan, placeField);
        }
        if (profile.applies(CareStep.ARRIVAL_CONVERSATION)) {
            PlanRules.requireArrivalConversationBefore(dateField, plan.establishedOn(), arrivalConversation);
        }
        DateRules.notBefore(dateField, plan.establishedOn(), currentVersionDate(), "the plan's current version");
    }

    private void establish(PlanFacts plan, String actor) {
        apply(new PlanVersionEstablishedEvent(caseId, staffGroupId, versions.size() + 1, plan.establishedOn(), actor,
                plan.interventionCount(), plan.contentId()));
    }

    private static void requireNew(boolean exists, String field) {
        if (exists) {
            throw new Refusal(PlanRule.RECORDED_ONCE, field, "already recorded");
        }
    }

    private LocalDate currentVersionDate() {
        return versions.isEmpty() ? null : versions.get(versions.size() - 1);
    }

    @EventSourcingHandler
    void on(CaseOpenedNotedEvent event) {
        caseId = event.caseId();
        factsSeen.add(event.factId());
        staffGroupId = event.staffGroupId();
        careProfile = event.careProfile();
        startDate = event.startDate();
        file.belongsTo(caseId, staffGroupId);
    }

    @EventSourcingHandler
    void on(ContactPersonAssignmentNotedEvent event) {
        caseId = event.caseId();
        factsSeen.add(event.factId());
        staffGroupId = event.staffGroupId();
        contactPersons.note(event.role(), new Assignment(event.staffId(), event.effectiveFrom(), event.publishedAt()));
        file.belongsTo(caseId, staffGroupId);
    }

    @EventSourcingHandler
    void on(PlanRecordsDestroyedEvent event) {
        factsSeen.add(event.factId());
        recordsDestroyed = true;
    }

    @EventSourcingHandler
    void on(CasePlanClosedEvent event) {
        caseId = event.caseId();
        factsSeen.add(event.factId());
        staffGroupId = event.staffGroupId();
        closed = true;
        closedOn = event.closedOn();
        file.belongsTo(caseId, staffGroupId);
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
    void on(PlanCheckedEvent event) {
        checkedWindows.add(event.windowStart());
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
