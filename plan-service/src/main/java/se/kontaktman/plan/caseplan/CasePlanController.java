package se.kontaktman.plan.caseplan;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.kontaktman.events.ContactRole;
import se.kontaktman.plan.caseplan.PlanResponses.ArrivalConversationSummary;
import se.kontaktman.plan.caseplan.PlanResponses.BookedVisit;
import se.kontaktman.plan.caseplan.PlanResponses.CaseStatus;
import se.kontaktman.plan.caseplan.PlanResponses.ContactPersonStatus;
import se.kontaktman.plan.caseplan.PlanResponses.FollowUpWithText;
import se.kontaktman.plan.caseplan.PlanResponses.HeldVisit;
import se.kontaktman.plan.caseplan.PlanResponses.NewNote;
import se.kontaktman.plan.caseplan.PlanResponses.NewVersion;
import se.kontaktman.plan.caseplan.PlanResponses.NoteWithText;
import se.kontaktman.plan.caseplan.PlanResponses.RecordedAcknowledgement;
import se.kontaktman.plan.caseplan.PlanResponses.RecordedArrivalConversation;
import se.kontaktman.plan.caseplan.PlanResponses.RecordedFollowUp;
import se.kontaktman.plan.caseplan.PlanResponses.RecordedPlanCheck;
import se.kontaktman.plan.caseplan.PlanResponses.RecordedPlanMeeting;
import se.kontaktman.plan.caseplan.PlanResponses.RecordedTeamReview;
import se.kontaktman.plan.caseplan.PlanResponses.VersionWithText;
import se.kontaktman.plan.caseplan.PlanTexts.Acknowledgement;
import se.kontaktman.plan.caseplan.PlanTexts.ArrivalConversationText;
import se.kontaktman.plan.caseplan.PlanTexts.FollowUp;
import se.kontaktman.plan.caseplan.PlanTexts.FollowUpText;
import se.kontaktman.plan.caseplan.PlanTexts.IntroductionBooking;
import se.kontaktman.plan.caseplan.PlanTexts.IntroductionHeld;
import se.kontaktman.plan.caseplan.PlanTexts.PlanCheck;
import se.kontaktman.plan.caseplan.PlanTexts.PlanMeeting;
import se.kontaktman.plan.caseplan.PlanTexts.PlanMeetingParticipants;
import se.kontaktman.plan.caseplan.PlanTexts.PlanText;
import se.kontaktman.plan.caseplan.PlanTexts.PlanningNote;
import se.kontaktman.plan.caseplan.PlanTexts.TeamReview;
import se.kontaktman.plan.caseplan.api.CasePlanCommands.AcknowledgePlanningNoteCommand;
import se.kontaktman.plan.caseplan.api.CasePlanCommands.BookIntroductionVisitCommand;
import se.kontaktman.plan.caseplan.api.CasePlanCommands.EstablishPlanCommand;
import se.kontaktman.plan.caseplan.api.CasePlanCommands.HandOverPlanningNoteCommand;
import se.kontaktman.plan.caseplan.api.CasePlanCommands.PlanFacts;
import se.kontaktman.plan.caseplan.api.CasePlanCommands.RecordArrivalConversationCommand;
import se.kontaktman.plan.caseplan.api.CasePlanCommands.RecordFollowUpCommand;
import se.kontaktman.plan.caseplan.api.CasePlanCommands.RecordIntroductionVisitCommand;
import se.kontaktman.plan.caseplan.api.CasePlanCommands.RecordPlanCheckCommand;
import se.kontaktman.plan.caseplan.api.CasePlanCommands.RecordPlanMeetingCommand;
import se.kontaktman.plan.caseplan.api.CasePlanCommands.RecordTeamReviewCommand;
import se.kontaktman.plan.content.PlanContents.Kind;
import se.kontaktman.plan.content.PlanContents;
import se.kontaktman.platform.rules.CommonRule;
import se.kontaktman.platform.rules.Ids;
import se.kontaktman.platform.rules.NotFoundException;
import se.kontaktman.platform.rules.Refusal;
import se.kontaktman.platform.rules.RuleProfiles;
import se.kontaktman.platform.security.Access;
import se.kontaktman.platform.security.PersonalData;
import se.kontaktman.platform.security.Who;
import se.kontaktman.platform.web.Actor;
import se.kontaktman.rules.CheckWindow;
import se.kontaktman.rules.RuleProfile;

/**
 * The contact person's work on a case over HTTP. Only the case's contact persons and its group's
 * planners may read or record. Free text is stored before the command is sent and discarded
 * again if the command is refused, so a refusal leaves nothing behind.
 */
@RestController
@RequestMapping("/cases/{caseId}")
class CasePlanController {

    private final CommandGateway commands;
    private final PlanContents contents;
    private final CasePlanAccess access;
    private final RuleProfiles profiles;

    CasePlanController(CommandGateway commands, PlanContents contents, CasePlanAccess access, RuleProfiles profiles) {
        this.commands = commands;
        this.contents = contents;
        this.access = access;
        this.profiles = profiles;
    }

    /** Where the case's plan work stands: dates and staff, no free text. */
    @Access(rule = "reads-the-case", value = {Who.CONTACT_PERSON_OF_CASE, Who.PLANNER_OF_CASE, Who.MANAGER_OF_CASE})
    @GetMapping
    CaseStatus status(@PathVariable String caseId, @Actor String actor) {
        CasePlanView view = access.known(caseId);
        RuleProfile profile = profiles.of(view.careProfile(), view.staffGroupId());
        return new CaseStatus(view.caseId(), view.staffGroupId(), view.careProfile(), view.startDate(), view.status(),
                view.closedOn(), contactPerson(view, ContactRole.PRIMARY, profile),
                contactPerson(view, ContactRole.SUBSTITUTE, profile), view.introductionVisits(),
                view.arrivalConversation() == null ? null : new ArrivalConversationSummary(
                        view.arrivalConversation().heldOn(), view.arrivalConversation().heldBy(),
                        view.arrivalConversation().topicsCovered()),
                view.planVersions(), view.followUps(), view.planMeetings(), view.planningNotes(), profile.riskAreas());
    }

    @Access(rule = "contact-person-or-planner", value = {Who.CONTACT_PERSON_OF_CASE, Who.PLANNER_OF_CASE})
    @PostMapping("/introduction-visits")
    ResponseEntity<BookedVisit> bookIntroductionVisit(@PathVariable String caseId, @Actor String actor,
                                                      @Valid @RequestBody IntroductionBooking body) {
        String visitId = UUID.randomUUID().toString();
        commands.sendAndWait(new BookIntroductionVisitCommand(Ids.requireCaseId(caseId), actor, visitId,
                body.bookedFor(), body.contactPersonStaffId()));
        return created(caseId, "/introduction-visits/" + visitId, new BookedVisit(visitId));
    }

    @Access(rule = "contact-person-or-planner", value = {Who.CONTACT_PERSON_OF_CASE, Who.PLANNER_OF_CASE})
    @PostMapping("/introduction-visits/{visitId}/held")
    HeldVisit recordIntroductionVisit(@PathVariable String caseId, @PathVariable String visitId, @Actor String actor,
                                      @Valid @RequestBody IntroductionHeld body) {
        String presentedBy = commands.sendAndWait(new RecordIntroductionVisitCommand(Ids.requireCaseId(caseId), actor,
                visitId, body.heldOn(), body.attendingStaffIds() == null ? List.of() : body.attendingStaffIds(),
                body.sheetHandedOver(), body.backdatingReason()));
        return new HeldVisit(visitId, body.heldOn(), presentedBy);
    }

    @Access(rule = "contact-person-or-planner", value = {Who.CONTACT_PERSON_OF_CASE, Who.PLANNER_OF_CASE})
    @PostMapping("/arrival-conversation")
    ResponseEntity<RecordedArrivalConversation> recordArrivalConversation(@PathVariable String caseId,
            @Actor String actor, @Valid @RequestBody ArrivalConversationText body) {
        withTexts(caseId, List.of(new Text(Kind.ARRIVAL_CONVERSATION, body)), ids -> commands.sendAndWait(
                new RecordArrivalConversationCommand(caseId, actor, body.heldOn(), body.topicsCovered(), ids.get(0))));
        return created(caseId, "/arrival-conversation",
                new RecordedArrivalConversation(body.heldOn(), body.topicsCovered()));
    }

    @Access(rule = "reads-the-case", value = {Who.CONTACT_PERSON_OF_CASE, Who.PLANNER_OF_CASE, Who.MANAGER_OF_CASE},
            reads = PersonalData.NOTES)
    @GetMapping("/arrival-conversation")
    ArrivalConversationText arrivalConversation(@PathVariable String caseId, @Actor String actor) {
        return Optional.ofNullable(access.known(caseId).arrivalConversation())
                .flatMap(held -> contents.read(held.contentId(), ArrivalConversationText.class))
                .orElseThrow(() -> new NotFoundException("arrival conversation for case", caseId));
    }

    /** A new version of the plan: the first one, or a revision outside a follow-up. */
    @Access(rule = "contact-person-or-planner", value = {Who.CONTACT_PERSON_OF_CASE, Who.PLANNER_OF_CASE})
    @PostMapping("/plan/versions")
    ResponseEntity<NewVersion> establishPlan(@PathVariable String caseId, @Actor String actor,
                                             @Valid @RequestBody PlanText body) {
        if (body.establishedOn() == null) {
            throw new Refusal(CommonRule.NOT_NULL, "establishedOn", "must say when the plan was established");
        }
        int version = withTexts(caseId, List.of(new Text(Kind.PLAN_VERSION, body)), ids -> commands.sendAndWait(
                new EstablishPlanCommand(caseId, actor, facts(body, ids.get(0)))));
        return created(caseId, "/plan/versions/" + version, new NewVersion(version));
    }

    @Access(rule = "reads-the-case", value = {Who.CONTACT_PERSON_OF_CASE, Who.PLANNER_OF_CASE, Who.MANAGER_OF_CASE},
            reads = PersonalData.PLAN_TEXT)
    @GetMapping("/plan")
    VersionWithText currentPlan(@PathVariable String caseId, @Actor String actor) {
        CasePlanView view = access.known(caseId);
        return withText(view.currentPlan().orElseThrow(() -> new NotFoundException("plan for case", caseId)));
    }

    @Access(rule = "reads-the-case", value = {Who.CONTACT_PERSON_OF_CASE, Who.PLANNER_OF_CASE, Who.MANAGER_OF_CASE},
            reads = PersonalData.PLAN_TEXT)
    @GetMapping("/plan/versions/{version}")
    VersionWithText planVersion(@PathVariable String caseId, @PathVariable int version, @Actor String actor) {
        CasePlanView view = access.known(caseId);
        return withText(view.planVersion(version)
                .orElseThrow(() -> new NotFoundException("plan version of case " + caseId, String.valueOf(version))));
    }

    @Access(rule = "contact-person-or-planner", value = {Who.CONTACT_PERSON_OF_CASE, Who.PLANNER_OF_CASE})
    @PostMapping("/plan/versions/{version}/team-reviews")
    ResponseEntity<RecordedTeamReview> recordTeamReview(@PathVariable String caseId, @PathVariable int version,
                                                        @Actor String actor, @Valid @RequestBody TeamReview body) {
        commands.sendAndWait(new RecordTeamReviewCommand(Ids.requireCaseId(caseId), actor, version,
                body.reviewedOn()));
        return created(caseId, "/plan/versions/" + version, new RecordedTeamReview(version, body.reviewedOn()));
    }

    @Access(rule = "contact-person-or-planner", value = {Who.CONTACT_PERSON_OF_CASE, Who.PLANNER_OF_CASE})
    @PostMapping("/follow-ups")
    ResponseEntity<RecordedFollowUp> recordFollowUp(@PathVariable String caseId, @Actor String actor,
                                                    @Valid @RequestBody FollowUp body) {
        List<Text> texts = new ArrayList<>();
        texts.add(new Text(Kind.FOLLOW_UP, body.text()));
        PlanText revision = body.revision() == null ? null : body.revision().on(body.followedUpOn());
        if (revision != null) {
            texts.add(new Text(Kind.PLAN_VERSION, revision));
        }
        int planVersion = withTexts(caseId, texts, ids -> commands.sendAndWait(new RecordFollowUpCommand(caseId,
                actor, body.followedUpOn(), body.kind(), body.outcome(), ids.get(0),
                revision == null ? null : facts(revision, ids.get(1)))));
        return created(caseId, "/follow-ups", new RecordedFollowUp(planVersion, body.followedUpOn(), actor));
    }

    /** The follow-ups with who took part: formal documentation, kept after closure. */
    @Access(rule = "reads-the-case", value = {Who.CONTACT_PERSON_OF_CASE, Who.PLANNER_OF_CASE, Who.MANAGER_OF_CASE},
            reads = PersonalData.NOTES)
    @GetMapping("/follow-ups")
    List<FollowUpWithText> followUps(@PathVariable String caseId, @Actor String actor) {
        return access.known(caseId).followUps().stream().map(followUp -> new FollowUpWithText(followUp,
                contents.read(followUp.contentId(), FollowUpText.class).orElse(null))).toList();
    }

    @Access(rule = "contact-person-or-planner", value = {Who.CONTACT_PERSON_OF_CASE, Who.PLANNER_OF_CASE})
    @PostMapping("/plan-checks")
    ResponseEntity<RecordedPlanCheck> recordPlanCheck(@PathVariable String caseId, @Actor String actor,
                                                      @Valid @RequestBody PlanCheck body) {
        CheckWindow.Dated window = commands.sendAndWait(new RecordPlanCheckCommand(Ids.requireCaseId(caseId), actor,
                body.checkedOn(), body.planCurrent(), body.followUpBookedFor()));
        return created(caseId, "/follow-up-sheet", new RecordedPlanCheck(body.checkedOn(), window.start(),
                window.end(), body.followUpBookedFor()));
    }

    @Access(rule = "contact-person-or-planner", value = {Who.CONTACT_PERSON_OF_CASE, Who.PLANNER_OF_CASE})
    @PostMapping("/plan-meetings")
    ResponseEntity<RecordedPlanMeeting> recordPlanMeeting(@PathVariable String caseId, @Actor String actor,
                                                          @Valid @RequestBody PlanMeeting body) {
        List<Text> texts = new ArrayList<>();
        texts.add(new Text(Kind.PLAN_MEETING, new PlanMeetingParticipants(body.participants())));
        PlanText revision = body.revision() == null ? null : body.revision().on(body.heldOn());
        if (revision != null) {
            texts.add(new Text(Kind.PLAN_VERSION, revision));
        }
        int planVersion = withTexts(caseId, texts, ids -> commands.sendAndWait(new RecordPlanMeetingCommand(caseId,
                actor, body.heldOn(), body.outcome(), revision == null ? null : facts(revision, ids.get(1)),
                ids.get(0))));
        return created(caseId, "/plan", new RecordedPlanMeeting(planVersion, body.heldOn()));
    }

    @Access(rule = "contact-person-or-planner", value = {Who.CONTACT_PERSON_OF_CASE, Who.PLANNER_OF_CASE})
    @PostMapping("/planning-notes")
    ResponseEntity<NewNote> handOverPlanningNote(@PathVariable String caseId, @Actor String actor,
                                                 @Valid @RequestBody PlanningNote body) {
        String noteId = UUID.randomUUID().toString();
        withTexts(caseId, List.of(new Text(Kind.PLANNING_NOTE, body)), ids -> commands.sendAndWait(
                new HandOverPlanningNoteCommand(caseId, actor, noteId, body.handedOverOn(),
                        body.asksForTimeAdjustment(), body.needsNewInterventions(), ids.get(0))));
        return created(caseId, "/planning-notes/" + noteId, new NewNote(noteId));
    }

    @Access(rule = "reads-the-case", value = {Who.CONTACT_PERSON_OF_CASE, Who.PLANNER_OF_CASE, Who.MANAGER_OF_CASE},
            reads = PersonalData.NOTES)
    @GetMapping("/planning-notes")
    List<NoteWithText> planningNotes(@PathVariable String caseId, @Actor String actor) {
        return access.known(caseId).planningNotes().stream().map(note -> new NoteWithText(note,
                contents.read(note.contentId(), PlanningNote.class).orElse(null),
                contents.read(note.acknowledgementContentId(), Acknowledgement.class).orElse(null))).toList();
    }

    @Access(rule = "H6-planner-acknowledges", value = Who.PLANNER_OF_CASE)
    @PostMapping("/planning-notes/{noteId}/acknowledgement")
    ResponseEntity<RecordedAcknowledgement> acknowledgePlanningNote(@PathVariable String caseId,
            @PathVariable String noteId, @Actor String actor, @Valid @RequestBody Acknowledgement body) {
        withTexts(caseId, List.of(new Text(Kind.PLANNER_NOTES, body)), ids -> commands.sendAndWait(
                new AcknowledgePlanningNoteCommand(caseId, actor, noteId, body.acknowledgedOn(), ids.get(0))));
        return created(caseId, "/planning-notes/" + noteId, new RecordedAcknowledgement(noteId,
                body.acknowledgedOn()));
    }

    private record Text(Kind kind, Object body) {
    }

    /** Stores the texts, runs the command with their ids (in order), and discards them if it is refused. */
    private <R> R withTexts(String caseId, List<Text> texts, Function<List<String>, R> command) {
        Ids.requireCaseId(caseId);
        List<String> ids = new ArrayList<>();
        try {
            for (Text text : texts) {
                ids.add(contents.store(caseId, text.kind(), text.body()));
            }
            return command.apply(ids);
        } catch (RuntimeException refused) {
            ids.forEach(contents::discard);
            throw refused;
        }
    }

    private static ContactPersonStatus contactPerson(CasePlanView view, ContactRole role, RuleProfile profile) {
        LocalDate dueBy = view.introductionDueBy(role, profile).orElse(null);
        return view.assignment(role).map(assignment -> new ContactPersonStatus(assignment.staffId(),
                assignment.from(), view.introducedOn(role).orElse(null), dueBy != null, dueBy)).orElse(null);
    }

    private static PlanFacts facts(PlanText plan, String contentId) {
        return new PlanFacts(plan.establishedOn(), plan.place(), plan.interventions().size(), contentId);
    }

    private VersionWithText withText(CasePlanView.Version version) {
        return new VersionWithText(version, contents.read(version.contentId(), PlanText.class).orElse(null));
    }

    private static <T> ResponseEntity<T> created(String caseId, String path, T body) {
        return ResponseEntity.created(URI.create("/cases/" + caseId + path)).body(body);
    }
}
