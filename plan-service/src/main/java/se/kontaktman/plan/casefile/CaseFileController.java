package se.kontaktman.plan.casefile;

import static se.kontaktman.plan.casefile.CaseFileView.orEmpty;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;

import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.kontaktman.events.ContactRole;
import se.kontaktman.plan.PlanRule;
import se.kontaktman.plan.casefile.CaseFileProjection.FindCaseFileQuery;
import se.kontaktman.plan.casefile.FileResponses.ActivityWithText;
import se.kontaktman.plan.casefile.FileResponses.CheckWithText;
import se.kontaktman.plan.casefile.FileResponses.ClosingWithText;
import se.kontaktman.plan.casefile.FileResponses.Closure;
import se.kontaktman.plan.casefile.FileResponses.ContactWithText;
import se.kontaktman.plan.casefile.FileResponses.Created;
import se.kontaktman.plan.casefile.FileResponses.DailyActivities;
import se.kontaktman.plan.casefile.FileResponses.DeviceWithText;
import se.kontaktman.plan.casefile.FileResponses.Devices;
import se.kontaktman.plan.casefile.FileResponses.EmergencyInformationWithText;
import se.kontaktman.plan.casefile.FileResponses.EntryWithText;
import se.kontaktman.plan.casefile.FileResponses.FeedbackWithText;
import se.kontaktman.plan.casefile.FileResponses.Ledger;
import se.kontaktman.plan.casefile.FileResponses.MemberWithText;
import se.kontaktman.plan.casefile.FileResponses.Network;
import se.kontaktman.plan.casefile.FileResponses.RecordedEntry;
import se.kontaktman.plan.casefile.FileResponses.RequestWithText;
import se.kontaktman.plan.casefile.FileResponses.RiskAssessmentWithText;
import se.kontaktman.plan.casefile.FileResponses.SignatureLine;
import se.kontaktman.plan.casefile.FileResponses.VisitWithText;
import se.kontaktman.plan.casefile.FileTexts.AssistiveDevice;
import se.kontaktman.plan.casefile.FileTexts.AssistiveDeviceCheck;
import se.kontaktman.plan.casefile.FileTexts.AssistiveDeviceRequest;
import se.kontaktman.plan.casefile.FileTexts.AssistiveDeviceReturn;
import se.kontaktman.plan.casefile.FileTexts.Countersignature;
import se.kontaktman.plan.casefile.FileTexts.DailyActivity;
import se.kontaktman.plan.casefile.FileTexts.DailyActivityVisit;
import se.kontaktman.plan.casefile.FileTexts.Direction;
import se.kontaktman.plan.casefile.FileTexts.EmergencyInformation;
import se.kontaktman.plan.casefile.FileTexts.FeedbackInformation;
import se.kontaktman.plan.casefile.FileTexts.FundsEntry;
import se.kontaktman.plan.casefile.FileTexts.FundsHandover;
import se.kontaktman.plan.casefile.FileTexts.MonthCount;
import se.kontaktman.plan.casefile.FileTexts.NetworkContact;
import se.kontaktman.plan.casefile.FileTexts.NetworkMember;
import se.kontaktman.plan.casefile.FileTexts.NetworkMemberEnd;
import se.kontaktman.plan.casefile.FileTexts.RiskAssessment;
import se.kontaktman.plan.casefile.FileTexts.Signature;
import se.kontaktman.plan.caseplan.CasePlanAccess;
import se.kontaktman.plan.caseplan.CasePlanView;
import se.kontaktman.plan.caseplan.Kronor;
import se.kontaktman.plan.caseplan.api.CaseFileCommands.AddNetworkMemberCommand;
import se.kontaktman.plan.caseplan.api.CaseFileCommands.AddSignatureCommand;
import se.kontaktman.plan.caseplan.api.CaseFileCommands.AssessRisksCommand;
import se.kontaktman.plan.caseplan.api.CaseFileCommands.AssessedArea;
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
import se.kontaktman.plan.content.PlanContents;
import se.kontaktman.plan.content.PlanContents.Kind;
import se.kontaktman.plan.organisation.KnownStaffMember;
import se.kontaktman.plan.organisation.StaffDirectory;
import se.kontaktman.platform.rules.CommonRule;
import se.kontaktman.platform.rules.Ids;
import se.kontaktman.platform.rules.NotFoundException;
import se.kontaktman.platform.rules.Refusal;
import se.kontaktman.platform.security.Access;
import se.kontaktman.platform.security.PersonalData;
import se.kontaktman.platform.security.Who;
import se.kontaktman.platform.web.Actor;

/**
 * The contact person's file (genomförandeakten) over HTTP. The case's contact persons and its
 * group's planners record; they and the area manager read, and every read of the file's text is
 * audited. Each text is stored before its command and discarded if the command is refused.
 */
@RestController
@RequestMapping("/cases/{caseId}")
class CaseFileController {

    private static final String RECORDS = "contact-person-or-planner";
    private static final String READS = "reads-the-case";

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final PlanContents contents;
    private final CasePlanAccess access;
    private final StaffDirectory staff;
    private final Clock clock;

    CaseFileController(CommandGateway commands, QueryGateway queries, PlanContents contents, CasePlanAccess access,
                       StaffDirectory staff, Clock clock) {
        this.commands = commands;
        this.queries = queries;
        this.contents = contents;
        this.access = access;
        this.staff = staff;
        this.clock = clock;
    }

    // H7 --------------------------------------------------------------------------------------

    @Access(rule = "H7-made-by-the-contact-person", value = Who.CONTACT_PERSON_OF_CASE)
    @PostMapping("/risk-assessments")
    ResponseEntity<Created> assessRisks(@PathVariable String caseId, @Actor String actor,
                                        @Valid @RequestBody RiskAssessment body) {
        List<AssessedArea> areas = body.areas().stream()
                .map(area -> new AssessedArea(area.area(), area.level(), area.actionsWritten())).toList();
        recordWith(caseId, Kind.RISK_ASSESSMENT, body,
                id -> commands.sendAndWait(new AssessRisksCommand(caseId, actor, body.assessedOn(), areas, id)));
        return created(caseId, "/risk-assessments", null);
    }

    @Access(rule = READS, value = {Who.CONTACT_PERSON_OF_CASE, Who.PLANNER_OF_CASE, Who.MANAGER_OF_CASE},
            reads = PersonalData.NOTES)
    @GetMapping("/risk-assessments")
    List<RiskAssessmentWithText> riskAssessments(@PathVariable String caseId, @Actor String actor) {
        return orEmpty(file(caseId).riskAssessments()).stream().map(a -> new RiskAssessmentWithText(a.assessment(),
                a.assessedOn(), a.assessedBy(), text(a.contentId(), RiskAssessment.class))).toList();
    }

    // H8, L7 ----------------------------------------------------------------------------------

    @Access(rule = RECORDS, value = {Who.CONTACT_PERSON_OF_CASE, Who.PLANNER_OF_CASE})
    @PostMapping("/assistive-devices")
    ResponseEntity<Created> registerDevice(@PathVariable String caseId, @Actor String actor,
                                           @Valid @RequestBody AssistiveDevice body) {
        return recordNew(caseId, "/assistive-devices", Kind.ASSISTIVE_DEVICE, body, (newId, contentId) ->
                new RegisterAssistiveDeviceCommand(caseId, actor, newId, body.receivedOn(), contentId));
    }

    @Access(rule = RECORDS, value = {Who.CONTACT_PERSON_OF_CASE, Who.PLANNER_OF_CASE})
    @PostMapping("/assistive-devices/{deviceId}/checks")
    ResponseEntity<Created> checkDevice(@PathVariable String caseId, @PathVariable String deviceId,
                                        @Actor String actor, @Valid @RequestBody AssistiveDeviceCheck body) {
        recordWith(caseId, Kind.DEVICE_CHECK, body, id -> commands.sendAndWait(new CheckAssistiveDeviceCommand(caseId,
                actor, deviceId, body.checkedOn(), body.check(), body.inOrder(), id)));
        return created(caseId, "/assistive-devices", new Created(deviceId));
    }

    /** H8: also after closure. */
    @Access(rule = RECORDS, value = {Who.CONTACT_PERSON_OF_CASE, Who.PLANNER_OF_CASE})
    @PostMapping("/assistive-devices/{deviceId}/return")
    ResponseEntity<Created> returnDevice(@PathVariable String caseId, @PathVariable String deviceId,
                                         @Actor String actor, @Valid @RequestBody AssistiveDeviceReturn body) {
        commands.sendAndWait(new ReturnAssistiveDeviceCommand(Ids.requireCaseId(caseId), actor, deviceId,
                body.returnedOn(), body.returnedBy()));
        return created(caseId, "/assistive-devices", new Created(deviceId));
    }

    /** L7: for the occupational therapist; published as {@code NewAssistiveDeviceRequested}. */
    @Access(rule = RECORDS, value = {Who.CONTACT_PERSON_OF_CASE, Who.PLANNER_OF_CASE})
    @PostMapping("/assistive-device-requests")
    ResponseEntity<Created> requestDevice(@PathVariable String caseId, @Actor String actor,
                                          @Valid @RequestBody AssistiveDeviceRequest body) {
        return recordNew(caseId, "/assistive-devices", Kind.DEVICE_REQUEST, body, (newId, contentId) ->
                new RequestAssistiveDeviceCommand(caseId, actor, newId, body.requestedOn(), contentId));
    }

    @Access(rule = READS, value = {Who.CONTACT_PERSON_OF_CASE, Who.PLANNER_OF_CASE, Who.MANAGER_OF_CASE},
            reads = PersonalData.NOTES)
    @GetMapping("/assistive-devices")
    Devices devices(@PathVariable String caseId, @Actor String actor) {
        CaseFileView file = file(caseId);
        return new Devices(orEmpty(file.devices()).stream().map(d -> new DeviceWithText(d.deviceId(), d.receivedOn(),
                d.registeredBy(), text(d.contentId(), AssistiveDevice.class),
                orEmpty(file.deviceChecks()).stream().filter(c -> c.deviceId().equals(d.deviceId()))
                        .map(c -> new CheckWithText(c.checkedOn(), c.signedBy(),
                                text(c.contentId(), AssistiveDeviceCheck.class))).toList(),
                d.returnedOn(), d.returnedBy(), d.returnRecordedBy(), d.toBeReturnedByRelatives())).toList(),
                orEmpty(file.deviceRequests()).stream().map(r -> new RequestWithText(r.requestId(), r.requestedOn(),
                        r.requestedBy(), text(r.contentId(), AssistiveDeviceRequest.class))).toList());
    }

    // L5 --------------------------------------------------------------------------------------

    @Access(rule = RECORDS, value = {Who.CONTACT_PERSON_OF_CASE, Who.PLANNER_OF_CASE})
    @PostMapping("/network")
    ResponseEntity<Created> addNetworkMember(@PathVariable String caseId, @Actor String actor,
                                             @Valid @RequestBody NetworkMember body) {
        return recordNew(caseId, "/network", Kind.NETWORK_MEMBER, body, (newId, contentId) ->
                new AddNetworkMemberCommand(caseId, actor, newId, body.addedOn(), contentId));
    }

    @Access(rule = RECORDS, value = {Who.CONTACT_PERSON_OF_CASE, Who.PLANNER_OF_CASE})
    @PostMapping("/network/{memberId}/end")
    ResponseEntity<Created> endNetworkMember(@PathVariable String caseId, @PathVariable String memberId,
                                             @Actor String actor, @Valid @RequestBody NetworkMemberEnd body) {
        commands.sendAndWait(new EndNetworkMemberCommand(Ids.requireCaseId(caseId), actor, memberId, body.endedOn()));
        return created(caseId, "/network", new Created(memberId));
    }

    @Access(rule = RECORDS, value = {Who.CONTACT_PERSON_OF_CASE, Who.PLANNER_OF_CASE})
    @PostMapping("/network/contacts")
    ResponseEntity<Created> logNetworkContact(@PathVariable String caseId, @Actor String actor,
                                              @Valid @RequestBody NetworkContact body) {
        return recordNew(caseId, "/network", Kind.NETWORK_CONTACT, body, (newId, contentId) ->
                new LogNetworkContactCommand(caseId, actor, newId, body.memberId(), body.contactedOn(), contentId));
    }

    @Access(rule = READS, value = {Who.CONTACT_PERSON_OF_CASE, Who.PLANNER_OF_CASE, Who.MANAGER_OF_CASE},
            reads = PersonalData.NOTES)
    @GetMapping("/network")
    Network network(@PathVariable String caseId, @Actor String actor) {
        CaseFileView file = file(caseId);
        return new Network(orEmpty(file.network()).stream().map(m -> new MemberWithText(m.memberId(), m.addedOn(),
                        m.addedBy(), m.endedOn(), text(m.contentId(), NetworkMember.class))).toList(),
                orEmpty(file.networkContacts()).stream().map(c -> new ContactWithText(c.contactId(), c.contactedOn(),
                        c.loggedBy(), text(c.contentId(), NetworkContact.class))).toList());
    }

    // L6 --------------------------------------------------------------------------------------

    @Access(rule = RECORDS, value = {Who.CONTACT_PERSON_OF_CASE, Who.PLANNER_OF_CASE})
    @PutMapping("/daily-activity")
    ResponseEntity<Created> attendDailyActivity(@PathVariable String caseId, @Actor String actor,
                                                @Valid @RequestBody DailyActivity body) {
        return recordNew(caseId, "/daily-activity", Kind.DAILY_ACTIVITY, body, (newId, contentId) ->
                new AttendDailyActivityCommand(caseId, actor, newId, body.since(), contentId));
    }

    @Access(rule = RECORDS, value = {Who.CONTACT_PERSON_OF_CASE, Who.PLANNER_OF_CASE})
    @PostMapping("/daily-activity/visits")
    ResponseEntity<Created> logDailyActivityVisit(@PathVariable String caseId, @Actor String actor,
                                                  @Valid @RequestBody DailyActivityVisit body) {
        return recordNew(caseId, "/daily-activity", Kind.DAILY_ACTIVITY_VISIT, body, (newId, contentId) ->
                new LogDailyActivityVisitCommand(caseId, actor, newId, body.visitedOn(), contentId));
    }

    @Access(rule = READS, value = {Who.CONTACT_PERSON_OF_CASE, Who.PLANNER_OF_CASE, Who.MANAGER_OF_CASE},
            reads = PersonalData.NOTES)
    @GetMapping("/daily-activity")
    DailyActivities dailyActivity(@PathVariable String caseId, @Actor String actor) {
        CaseFileView file = file(caseId);
        List<ActivityWithText> activities = orEmpty(file.dailyActivities()).stream().map(a -> new ActivityWithText(
                a.activityId(), a.since(), a.recordedBy(), text(a.contentId(), DailyActivity.class))).toList();
        LocalDate today = LocalDate.now(clock);
        return new DailyActivities(activities.stream().filter(a -> !a.since().isAfter(today))
                .reduce((earlier, later) -> later).orElse(null), activities,
                orEmpty(file.activityVisits()).stream().map(v -> new VisitWithText(v.visitId(), v.activityId(),
                        v.visitedOn(), v.loggedBy(), text(v.contentId(), DailyActivityVisit.class))).toList());
    }

    // The signature list ----------------------------------------------------------------------

    @Access(rule = RECORDS, value = {Who.CONTACT_PERSON_OF_CASE, Who.PLANNER_OF_CASE})
    @PostMapping("/signature-list")
    ResponseEntity<Created> addSignature(@PathVariable String caseId, @Actor String actor,
                                         @Valid @RequestBody Signature body) {
        commands.sendAndWait(new AddSignatureCommand(Ids.requireCaseId(caseId), actor, body.staffId(),
                body.initials(), LocalDate.now(clock)));
        return created(caseId, "/signature-list", new Created(body.staffId()));
    }

    /** Staff and their initials: no client data, so not audited. */
    @Access(rule = READS, value = {Who.CONTACT_PERSON_OF_CASE, Who.PLANNER_OF_CASE, Who.MANAGER_OF_CASE})
    @GetMapping("/signature-list")
    List<SignatureLine> signatureList(@PathVariable String caseId, @Actor String actor) {
        return orEmpty(file(caseId).signatures()).stream().map(s -> new SignatureLine(s.staffId(),
                staff.staffMember(s.staffId()).map(KnownStaffMember::name).orElse(s.staffId()), s.initials(),
                s.addedOn(), s.addedBy())).toList();
    }

    // Information vid akutbesök -----------------------------------------------------------------

    @Access(rule = RECORDS, value = {Who.CONTACT_PERSON_OF_CASE, Who.PLANNER_OF_CASE})
    @PutMapping("/emergency-information")
    EmergencyInformationWithText reviewEmergencyInformation(@PathVariable String caseId, @Actor String actor,
                                                            @Valid @RequestBody EmergencyInformation body) {
        recordWith(caseId, Kind.EMERGENCY_INFORMATION, body, id -> commands.sendAndWait(
                new ReviewEmergencyInformationCommand(caseId, actor, body.reviewedOn(), id)));
        return new EmergencyInformationWithText(body.reviewedOn(), actor, body);
    }

    @Access(rule = READS, value = {Who.CONTACT_PERSON_OF_CASE, Who.PLANNER_OF_CASE, Who.MANAGER_OF_CASE},
            reads = PersonalData.NOTES)
    @GetMapping("/emergency-information")
    EmergencyInformationWithText emergencyInformation(@PathVariable String caseId, @Actor String actor) {
        CaseFileView file = currentEmergencyInformation(caseId);
        return new EmergencyInformationWithText(file.emergencyInformation().reviewedOn(),
                file.emergencyInformation().reviewedBy(),
                emergencyText(file, caseId));
    }

    /** The one page that goes with the client to an emergency visit, ready to print. */
    @Access(rule = READS, value = {Who.CONTACT_PERSON_OF_CASE, Who.PLANNER_OF_CASE, Who.MANAGER_OF_CASE},
            reads = PersonalData.NOTES)
    @GetMapping(value = "/emergency-information/page", produces = MediaType.TEXT_HTML_VALUE)
    String emergencyPage(@PathVariable String caseId, @Actor String actor) {
        CaseFileView file = currentEmergencyInformation(caseId);
        CasePlanView plan = access.known(caseId);
        return EmergencyPage.render(emergencyText(file, caseId),
                file.emergencyInformation().reviewedOn(), name(file.emergencyInformation().reviewedBy()),
                orEmpty(file.network()).stream().filter(m -> m.endedOn() == null)
                        .map(m -> text(m.contentId(), NetworkMember.class)).toList(),
                orEmpty(file.devices()).stream().filter(d -> d.returnedOn() == null)
                        .map(d -> text(d.contentId(), AssistiveDevice.class)).toList(),
                plan.assignment(ContactRole.PRIMARY).map(a -> name(a.staffId())).orElse(""),
                staff.staffGroup(plan.staffGroupId()).map(group -> group.phoneNumber()).orElse(""));
    }

    // L8 --------------------------------------------------------------------------------------

    @Access(rule = RECORDS, value = {Who.CONTACT_PERSON_OF_CASE, Who.PLANNER_OF_CASE})
    @PostMapping("/private-funds/entries")
    ResponseEntity<RecordedEntry> recordFundsEntry(@PathVariable String caseId, @Actor String actor,
                                                   @Valid @RequestBody FundsEntry body) {
        long amount = Kronor.toOre("amount", body.amount());
        if (body.direction() == Direction.OUT && (body.receiptReference() == null || body.receiptReference().isBlank())
                && body.corrects() == null) {
            throw new Refusal(CommonRule.NOT_BLANK, "receiptReference", "a withdrawal names its receipt");
        }
        String entryId = UUID.randomUUID().toString();
        long balance = recordWith(caseId, Kind.FUNDS_ENTRY, body, id -> commands.sendAndWait(
                new RecordFundsEntryCommand(caseId, actor, entryId, body.enteredOn(), amount,
                        body.direction() == Direction.OUT, body.corrects(), id)));
        boolean countersign = file(caseId).fundsEntries().stream()
                .anyMatch(entry -> entry.entryId().equals(entryId) && entry.needsCountersignature());
        return created(caseId, "/private-funds", new RecordedEntry(entryId, Kronor.ofOre(balance), countersign));
    }

    /** The second signature: any colleague of the case's group, checked by the case. */
    @Access(rule = "L8-countersigned-by-a-colleague", value = Who.STAFF)
    @PostMapping("/private-funds/entries/{entryId}/countersignature")
    ResponseEntity<Created> countersign(@PathVariable String caseId, @PathVariable String entryId,
                                        @Actor String actor, @Valid @RequestBody Countersignature body) {
        commands.sendAndWait(new CountersignFundsEntryCommand(Ids.requireCaseId(caseId), actor, entryId,
                body.countersignedOn()));
        return created(caseId, "/private-funds", new Created(entryId));
    }

    @Access(rule = RECORDS, value = {Who.CONTACT_PERSON_OF_CASE, Who.PLANNER_OF_CASE})
    @PostMapping("/private-funds/month-closings")
    ResponseEntity<Created> closeMonth(@PathVariable String caseId, @Actor String actor,
                                       @Valid @RequestBody MonthCount body) {
        long counted = Kronor.countToOre("countedAmount", body.countedAmount());
        recordWith(caseId, Kind.FUNDS_COUNT, body, id -> commands.sendAndWait(new CloseFundsMonthCommand(caseId,
                actor, body.month().atDay(1), body.countedOn(), counted, body.explained(), id)));
        return created(caseId, "/private-funds", new Created(body.month().toString()));
    }

    /** After closure: the final balance handed over, and to whom. */
    @Access(rule = RECORDS, value = {Who.CONTACT_PERSON_OF_CASE, Who.PLANNER_OF_CASE})
    @PostMapping("/private-funds/handover")
    ResponseEntity<Created> handOverFunds(@PathVariable String caseId, @Actor String actor,
                                          @Valid @RequestBody FundsHandover body) {
        long amount = Kronor.countToOre("amount", body.amount());
        recordWith(caseId, Kind.FUNDS_HANDOVER, body, id -> commands.sendAndWait(new HandOverFundsCommand(caseId,
                actor, body.handedOverOn(), amount, id)));
        return created(caseId, "/private-funds", null);
    }

    @Access(rule = READS, value = {Who.CONTACT_PERSON_OF_CASE, Who.PLANNER_OF_CASE, Who.MANAGER_OF_CASE},
            reads = PersonalData.NOTES)
    @GetMapping("/private-funds")
    Ledger ledger(@PathVariable String caseId, @Actor String actor) {
        CaseFileView file = file(caseId);
        CaseFileView.LedgerClosure closure = file.ledgerClosure();
        return new Ledger(Kronor.ofOre(file.balanceOre()), inDateOrder(orEmpty(file.fundsEntries())),
                orEmpty(file.monthClosings()).stream().map(c -> new ClosingWithText(
                        c.monthStart().toString().substring(0, 7), c.countedOn(), Kronor.ofOre(c.balanceOre()),
                        Kronor.ofOre(c.countedOre()), c.countedBy(), text(c.contentId(), MonthCount.class))).toList(),
                closure == null ? null : new Closure(closure.closedOn(), Kronor.ofOre(closure.balanceOre()),
                        closure.handedOverOn(), closure.recordedBy(), Optional.ofNullable(closure.contentId())
                        .flatMap(id -> contents.read(id, FundsHandover.class)).map(FundsHandover::receivedBy)
                        .orElse(null)));
    }

    /** The entries as a ledger reads, by date (recording order within a day), each with the balance after it. */
    private List<EntryWithText> inDateOrder(List<CaseFileView.Entry> entries) {
        List<EntryWithText> ledger = new ArrayList<>();
        long balance = 0;
        for (CaseFileView.Entry e : entries.stream().sorted(Comparator.comparing(CaseFileView.Entry::enteredOn))
                .toList()) {
            balance += e.amountOre();
            ledger.add(new EntryWithText(e.entryId(), e.enteredOn(), Kronor.ofOre(e.amountOre()), Kronor.ofOre(balance),
                    e.corrects(), e.signedBy(), e.needsCountersignature(), e.countersignedOn(), e.countersignedBy(),
                    text(e.contentId(), FundsEntry.class)));
        }
        return ledger;
    }

    // L9 --------------------------------------------------------------------------------------

    @Access(rule = RECORDS, value = {Who.CONTACT_PERSON_OF_CASE, Who.PLANNER_OF_CASE})
    @PostMapping("/feedback-information")
    ResponseEntity<Created> giveFeedbackInformation(@PathVariable String caseId, @Actor String actor,
                                                    @Valid @RequestBody FeedbackInformation body) {
        recordWith(caseId, Kind.FEEDBACK_INFORMATION, body, id -> commands.sendAndWait(
                new GiveFeedbackInformationCommand(caseId, actor, body.informedOn(), id)));
        return created(caseId, "/feedback-information", null);
    }

    @Access(rule = READS, value = {Who.CONTACT_PERSON_OF_CASE, Who.PLANNER_OF_CASE, Who.MANAGER_OF_CASE},
            reads = PersonalData.NOTES)
    @GetMapping("/feedback-information")
    List<FeedbackWithText> feedbackInformation(@PathVariable String caseId, @Actor String actor) {
        return orEmpty(file(caseId).feedbackInformation()).stream().map(i -> new FeedbackWithText(i.informedOn(),
                i.informedBy(), text(i.contentId(), FeedbackInformation.class))).toList();
    }

    // -----------------------------------------------------------------------------------------

    /** Records an entry under a new id, with its text; answers 201 with the id. */
    private ResponseEntity<Created> recordNew(String caseId, String path, Kind kind, Object text,
                                              BiFunction<String, String, Object> command) {
        String newId = UUID.randomUUID().toString();
        recordWith(caseId, kind, text, contentId -> commands.sendAndWait(command.apply(newId, contentId)));
        return created(caseId, path, new Created(newId));
    }

    private <R> R recordWith(String caseId, Kind kind, Object text, Function<String, R> command) {
        return contents.storedFor(Ids.requireCaseId(caseId), kind, text, command);
    }

    /** The case's file; an empty one for a known case with nothing in its file yet. */
    private CaseFileView file(String caseId) {
        access.known(caseId);
        return queries.query(new FindCaseFileQuery(caseId), ResponseTypes.optionalInstanceOf(CaseFileView.class))
                .join().orElseGet(() -> CaseFileView.empty(caseId));
    }

    private EmergencyInformation emergencyText(CaseFileView file, String caseId) {
        return contents.read(file.emergencyInformation().contentId(), EmergencyInformation.class)
                .orElseThrow(() -> new NotFoundException("emergency information for case", caseId));
    }

    private CaseFileView currentEmergencyInformation(String caseId) {
        CaseFileView file = file(caseId);
        if (file.closedOn() != null) {
            throw new Refusal(PlanRule.H9_WORKING_MATERIAL_DESTROYED, "caseId",
                    "\"Information vid akutbesök\" is working material, destroyed when the case closed");
        }
        if (file.emergencyInformation() == null) {
            throw new NotFoundException("emergency information for case", caseId);
        }
        return file;
    }

    private <T> T text(String contentId, Class<T> type) {
        return contents.read(contentId, type).orElse(null);
    }

    private String name(String staffId) {
        return staff.staffMember(staffId).map(KnownStaffMember::name).orElse(staffId);
    }

    private static <T> ResponseEntity<T> created(String caseId, String path, T body) {
        return ResponseEntity.created(URI.create("/cases/" + caseId + path)).body(body);
    }
}
