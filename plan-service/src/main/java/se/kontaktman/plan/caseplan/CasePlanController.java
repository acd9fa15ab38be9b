package se.kontaktman.plan.caseplan;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.kontaktman.plan.caseplan.PlanTexts.Acknowledgement;
import se.kontaktman.plan.caseplan.PlanTexts.ArrivalConversationText;
import se.kontaktman.plan.caseplan.PlanTexts.FollowUp;
import se.kontaktman.plan.caseplan.PlanTexts.IntroductionBooking;
import se.kontaktman.plan.caseplan.PlanTexts.IntroductionHeld;
import se.kontaktman.plan.caseplan.PlanTexts.PlanMeeting;
import se.kontaktman.plan.caseplan.PlanTexts.PlanMeetingParticipants;
import se.kontaktman.plan.caseplan.PlanTexts.PlanText;
import se.kontaktman.plan.caseplan.PlanTexts.PlanningNote;
import se.kontaktman.plan.caseplan.PlanTexts.TeamReview;
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
import se.kontaktman.plan.content.PlanContents;
import se.kontaktman.plan.content.PlanContents.Kind;
import se.kontaktman.platform.Ids;
import se.kontaktman.platform.InvalidInputException;
import se.kontaktman.platform.NotFoundException;
import se.kontaktman.platform.StaffIdentity;

/**
 * The contact person's work on a case over HTTP. Every request names its staff member in the
 * {@value StaffIdentity#DEV_HEADER} header; only the case's contact persons and its group's
 * planners may read or record. Free text is stored before the command is sent and discarded
 * again if the command is refused, so a refusal leaves nothing behind.
 */
@RestController
@RequestMapping("/cases/{caseId}")
class CasePlanController {

    private final CommandGateway commands;
    private final PlanContents contents;
    private final CasePlanReader reader;

    CasePlanController(CommandGateway commands, PlanContents contents, CasePlanReader reader) {
        this.commands = commands;
        this.contents = contents;
        this.reader = reader;
    }

    /** Where the case's plan work stands: dates and staff, no free text. */
    @GetMapping
    CasePlanView status(@PathVariable String caseId, @RequestHeader(value = StaffIdentity.DEV_HEADER, required = false)
                        String staffId) {
        return readable(caseId, staffId);
    }

    @PostMapping("/introduction-visits")
    ResponseEntity<Map<String, Object>> bookIntroductionVisit(@PathVariable String caseId,
            @RequestHeader(value = StaffIdentity.DEV_HEADER, required = false) String staffId,
            @Valid @RequestBody IntroductionBooking body) {
        String actor = actor(caseId, staffId);
        String visitId = UUID.randomUUID().toString();
        commands.sendAndWait(new BookIntroductionVisit(caseId, actor, visitId, body.bookedFor(),
                body.contactPersonStaffId()));
        return created(caseId, "/introduction-visits/" + visitId, Map.of("visitId", visitId));
    }

    @PostMapping("/introduction-visits/{visitId}/held")
    Map<String, Object> recordIntroductionVisit(@PathVariable String caseId, @PathVariable String visitId,
            @RequestHeader(value = StaffIdentity.DEV_HEADER, required = false) String staffId,
            @Valid @RequestBody IntroductionHeld body) {
        String actor = actor(caseId, staffId);
        commands.sendAndWait(new RecordIntroductionVisit(caseId, actor, visitId, body.heldOn(), body.presentedBy(),
                body.attendingStaffIds() == null ? List.of() : body.attendingStaffIds(), body.sheetHandedOver()));
        return Map.of("visitId", visitId, "heldOn", body.heldOn());
    }

    @PostMapping("/arrival-conversation")
    ResponseEntity<Map<String, Object>> recordArrivalConversation(@PathVariable String caseId,
            @RequestHeader(value = StaffIdentity.DEV_HEADER, required = false) String staffId,
            @Valid @RequestBody ArrivalConversationText body) {
        String actor = actor(caseId, staffId);
        withTexts(caseId, List.of(new Text(Kind.ARRIVAL_CONVERSATION, body)), ids -> commands.sendAndWait(
                new RecordArrivalConversation(caseId, actor, body.heldOn(), body.topicsCovered(), ids.get(0))));
        return created(caseId, "/arrival-conversation", Map.of("heldOn", body.heldOn(),
                "topicsCovered", body.topicsCovered()));
    }

    @GetMapping("/arrival-conversation")
    ArrivalConversationText arrivalConversation(@PathVariable String caseId,
            @RequestHeader(value = StaffIdentity.DEV_HEADER, required = false) String staffId) {
        CasePlanView view = readable(caseId, staffId);
        if (view.arrivalConversation == null) {
            throw new NotFoundException("arrival conversation for case", caseId);
        }
        return contents.read(view.arrivalConversation.contentId(), ArrivalConversationText.class)
                .orElseThrow(() -> new NotFoundException("arrival conversation for case", caseId));
    }

    /** A new version of the plan: the first one, or a revision outside a follow-up. */
    @PostMapping("/plan/versions")
    ResponseEntity<Map<String, Object>> establishPlan(@PathVariable String caseId,
            @RequestHeader(value = StaffIdentity.DEV_HEADER, required = false) String staffId,
            @Valid @RequestBody PlanText body) {
        String actor = actor(caseId, staffId);
        if (body.establishedOn() == null) {
            throw new InvalidInputException("establishedOn", "NotNull", "must say when the plan was established");
        }
        int version = withTexts(caseId, List.of(new Text(Kind.PLAN_VERSION, body)), ids -> commands.sendAndWait(
                new EstablishPlan(caseId, actor, facts(body, ids.get(0)))));
        return created(caseId, "/plan/versions/" + version, Map.of("version", version));
    }

    @GetMapping("/plan")
    Map<String, Object> currentPlan(@PathVariable String caseId,
            @RequestHeader(value = StaffIdentity.DEV_HEADER, required = false) String staffId) {
        CasePlanView view = readable(caseId, staffId);
        return withText(view.currentPlan().orElseThrow(() -> new NotFoundException("plan for case", caseId)));
    }

    @GetMapping("/plan/versions/{version}")
    Map<String, Object> planVersion(@PathVariable String caseId, @PathVariable int version,
            @RequestHeader(value = StaffIdentity.DEV_HEADER, required = false) String staffId) {
        CasePlanView view = readable(caseId, staffId);
        return withText(view.planVersion(version)
                .orElseThrow(() -> new NotFoundException("plan version of case " + caseId, String.valueOf(version))));
    }

    @PostMapping("/plan/versions/{version}/team-reviews")
    ResponseEntity<Map<String, Object>> recordTeamReview(@PathVariable String caseId, @PathVariable int version,
            @RequestHeader(value = StaffIdentity.DEV_HEADER, required = false) String staffId,
            @Valid @RequestBody TeamReview body) {
        String actor = actor(caseId, staffId);
        commands.sendAndWait(new RecordTeamReview(caseId, actor, version, body.reviewedOn()));
        return created(caseId, "/plan/versions/" + version, Map.of("version", version,
                "reviewedOn", body.reviewedOn()));
    }

    @PostMapping("/follow-ups")
    ResponseEntity<Map<String, Object>> recordFollowUp(@PathVariable String caseId,
            @RequestHeader(value = StaffIdentity.DEV_HEADER, required = false) String staffId,
            @Valid @RequestBody FollowUp body) {
        String actor = actor(caseId, staffId);
        List<Text> texts = body.revision() == null ? List.of()
                : List.of(new Text(Kind.PLAN_VERSION, body.revision().on(body.followedUpOn())));
        int planVersion = withTexts(caseId, texts, ids -> commands.sendAndWait(new RecordFollowUp(caseId, actor,
                body.followedUpOn(), body.kind(), body.outcome(),
                ids.isEmpty() ? null : facts(body.revision().on(body.followedUpOn()), ids.get(0)))));
        return created(caseId, "/plan", Map.of("planVersion", planVersion, "followedUpOn", body.followedUpOn(),
                "signedBy", actor));
    }

    @PostMapping("/plan-meetings")
    ResponseEntity<Map<String, Object>> recordPlanMeeting(@PathVariable String caseId,
            @RequestHeader(value = StaffIdentity.DEV_HEADER, required = false) String staffId,
            @Valid @RequestBody PlanMeeting body) {
        String actor = actor(caseId, staffId);
        List<Text> texts = new ArrayList<>();
        texts.add(new Text(Kind.PLAN_MEETING, new PlanMeetingParticipants(body.participants())));
        if (body.revision() != null) {
            texts.add(new Text(Kind.PLAN_VERSION, body.revision().on(body.heldOn())));
        }
        int planVersion = withTexts(caseId, texts, ids -> commands.sendAndWait(new RecordPlanMeeting(caseId, actor,
                body.heldOn(), body.outcome(),
                ids.size() > 1 ? facts(body.revision().on(body.heldOn()), ids.get(1)) : null, ids.get(0))));
        return created(caseId, "/plan", Map.of("planVersion", planVersion, "heldOn", body.heldOn()));
    }

    @PostMapping("/planning-notes")
    ResponseEntity<Map<String, Object>> handOverPlanningNote(@PathVariable String caseId,
            @RequestHeader(value = StaffIdentity.DEV_HEADER, required = false) String staffId,
            @Valid @RequestBody PlanningNote body) {
        String actor = actor(caseId, staffId);
        String noteId = UUID.randomUUID().toString();
        withTexts(caseId, List.of(new Text(Kind.PLANNING_NOTE, body)), ids -> commands.sendAndWait(
                new HandOverPlanningNote(caseId, actor, noteId, body.handedOverOn(), body.asksForTimeAdjustment(),
                        body.needsNewInterventions(), ids.get(0))));
        return created(caseId, "/planning-notes/" + noteId, Map.of("noteId", noteId));
    }

    /** Working material: gone once the case has closed (H9). */
    @GetMapping("/planning-notes")
    List<Map<String, Object>> planningNotes(@PathVariable String caseId,
            @RequestHeader(value = StaffIdentity.DEV_HEADER, required = false) String staffId) {
        CasePlanView view = readable(caseId, staffId);
        return view.planningNotes.stream().map(note -> {
            Map<String, Object> shown = new LinkedHashMap<>();
            shown.put("note", note);
            shown.put("text", contents.read(note.contentId(), PlanningNote.class).orElse(null));
            shown.put("acknowledgement",
                    contents.read(note.acknowledgementContentId(), Acknowledgement.class).orElse(null));
            return shown;
        }).toList();
    }

    @PostMapping("/planning-notes/{noteId}/acknowledgement")
    ResponseEntity<Map<String, Object>> acknowledgePlanningNote(@PathVariable String caseId,
            @PathVariable String noteId,
            @RequestHeader(value = StaffIdentity.DEV_HEADER, required = false) String staffId,
            @Valid @RequestBody Acknowledgement body) {
        String actor = actor(caseId, staffId);
        withTexts(caseId, List.of(new Text(Kind.PLANNER_NOTES, body)), ids -> commands.sendAndWait(
                new AcknowledgePlanningNote(caseId, actor, noteId, body.acknowledgedOn(), ids.get(0))));
        return created(caseId, "/planning-notes/" + noteId, Map.of("noteId", noteId,
                "acknowledgedOn", body.acknowledgedOn()));
    }

    private record Text(Kind kind, Object body) {
    }

    /** Stores the texts, runs the command with their ids, and discards them if it is refused. */
    private <R> R withTexts(String caseId, List<Text> texts, Function<List<String>, R> command) {
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

    private static PlanFacts facts(PlanText plan, String contentId) {
        return new PlanFacts(plan.establishedOn(), plan.place(), plan.interventions().size(), contentId);
    }

    private Map<String, Object> withText(CasePlanView.Version version) {
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("version", version);
        shown.put("text", contents.read(version.contentId(), PlanText.class).orElse(null));
        return shown;
    }

    private String actor(String caseId, String staffId) {
        Ids.requireCaseId(caseId);
        return StaffIdentity.require(staffId);
    }

    private CasePlanView readable(String caseId, String staffId) {
        return reader.readableBy(actor(caseId, staffId), caseId);
    }

    private static ResponseEntity<Map<String, Object>> created(String caseId, String path, Map<String, Object> body) {
        return ResponseEntity.created(URI.create("/cases/" + caseId + path)).body(body);
    }
}
