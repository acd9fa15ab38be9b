package se.kontaktman.assignment.cases;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import se.kontaktman.assignment.AssignmentRule;
import se.kontaktman.assignment.cases.api.CaseCommands.AssignContactPersonsCommand;
import se.kontaktman.assignment.cases.api.CaseCommands.CloseCaseCommand;
import se.kontaktman.assignment.cases.api.CaseCommands.ReplaceContactPersonCommand;
import se.kontaktman.assignment.cases.api.CaseQueries.FindCaseQuery;
import se.kontaktman.assignment.cases.api.CaseQueries.FindCasesOfClientQuery;
import se.kontaktman.assignment.cases.api.CaseQueries.FindCasesOfStaffGroupQuery;
import se.kontaktman.assignment.cases.api.CaseQueries.FindCasesOfStaffMemberQuery;
import se.kontaktman.assignment.cases.api.CaseQueries.FindContactPersonsOnDateQuery;
import se.kontaktman.assignment.clients.Client;
import se.kontaktman.assignment.clients.ClientRegistry;
import se.kontaktman.assignment.clients.PersonalIdentityNumber;
import se.kontaktman.assignment.organisation.StaffDirectory;
import se.kontaktman.assignment.organisation.StaffNames;
import se.kontaktman.events.CareProfile;
import se.kontaktman.events.CaseClosureReason;
import se.kontaktman.events.ContactRole;
import se.kontaktman.platform.audit.ReadAudit;
import se.kontaktman.platform.rules.BackdatingReason;
import se.kontaktman.platform.rules.CommonRule;
import se.kontaktman.platform.rules.Ids;
import se.kontaktman.platform.rules.NotFoundException;
import se.kontaktman.platform.rules.OrganisationId;
import se.kontaktman.platform.rules.Refusal;
import se.kontaktman.platform.security.Access;
import se.kontaktman.platform.security.AccessFacts;
import se.kontaktman.platform.security.AccessRules;
import se.kontaktman.platform.security.PersonalData;
import se.kontaktman.platform.security.SignedIn;
import se.kontaktman.platform.security.Who;
import se.kontaktman.platform.web.Actor;

/**
 * Cases over HTTP. The personnummer travels only in request bodies, never in a URL: looking a
 * client up is a POST to {@code /cases/search}. Changes answer with the case's new version as
 * an {@code ETag}; sending it back as {@code If-Match} refuses the change if someone else got
 * there first.
 */
@RestController
@RequestMapping("/cases")
class CaseController {

    private final OpenCaseService openCases;
    private final CommandGateway commands;
    private final QueryGateway queries;
    private final ClientRegistry clients;
    private final StaffNames staffNames;
    private final StaffDirectory staff;
    private final Clock clock;
    private static final String READS_THE_CASE = "reads-the-case";
    private static final Who[] READERS = {Who.CONTACT_PERSON_OF_CASE, Who.PLANNER_OF_CASE, Who.MANAGER_OF_CASE};

    private final AccessRules access;
    private final ReadAudit audit;

    CaseController(OpenCaseService openCases, CommandGateway commands, QueryGateway queries, ClientRegistry clients,
                   StaffNames staffNames, StaffDirectory staff, Clock clock, AccessRules access, ReadAudit audit) {
        this.access = access;
        this.audit = audit;
        this.openCases = openCases;
        this.commands = commands;
        this.queries = queries;
        this.clients = clients;
        this.staffNames = staffNames;
        this.staff = staff;
        this.clock = clock;
    }

    record OpenCaseRequest(@NotBlank String personnummer, @NotBlank @Size(max = 200) String name,
                           @NotNull @OrganisationId String staffGroupId,
                           @NotNull CareProfile careProfile, @NotNull LocalDate startDate) {
    }

    // The commands carry the validation rules of the bodies below.
    record AssignRequest(String primaryStaffId, String substituteStaffId, LocalDate effectiveFrom,
                         BackdatingReason backdatingReason) {
    }

    record ReplaceRequest(String staffId, LocalDate effectiveFrom, BackdatingReason backdatingReason) {
    }

    record CloseRequest(LocalDate closedOn, CaseClosureReason reason) {
    }

    record SearchRequest(@NotBlank String personnummer) {
    }

    /** {@code active}: still an active care-staff member of the case's group, so still counting (H1). */
    record ContactPerson(String staffId, String name, LocalDate from, boolean active) {
    }

    record ClientDetails(String personnummer, String name) {
    }

    record CaseDetails(String caseId, ClientDetails client, String staffGroupId, CareProfile careProfile,
                       LocalDate startDate, CaseView.Status status, LocalDate closedOn, CaseClosureReason closureReason,
                       ContactPerson primary, ContactPerson substitute, boolean incomplete,
                       List<CaseView.AssignmentPeriod> history, long version) {
    }

    /** A case in a list: the client's name so staff know who it is, but not the personnummer. */
    record CaseSummary(String caseId, String clientName, String staffGroupId, CareProfile careProfile,
                       LocalDate startDate, ContactPerson primary, ContactPerson substitute, boolean incomplete) {
    }

    record Created(String caseId, long version) {
    }

    @Access(rule = "H1-planner-opens-cases-of-the-group", value = Who.PLANNER)
    @PostMapping
    ResponseEntity<Created> open(@Valid @RequestBody OpenCaseRequest request) {
        access.require(SignedIn.current(), "H1-planner-opens-cases-of-the-group",
                AccessRules.Scope.ofGroup(request.staffGroupId()), Who.PLANNER_OF_GROUP);
        OpenCaseService.Opened opened = openCases.open(request.personnummer(), request.name(), request.staffGroupId(),
                request.careProfile(), request.startDate());
        return ResponseEntity.created(URI.create("/cases/" + opened.caseId()))
                .eTag(etag(opened.version()))
                .body(new Created(opened.caseId(), opened.version()));
    }

    @Access(rule = READS_THE_CASE, value = {Who.CONTACT_PERSON_OF_CASE, Who.PLANNER_OF_CASE, Who.MANAGER_OF_CASE},
            reads = {PersonalData.PERSONNUMMER, PersonalData.NAME})
    @GetMapping("/{caseId}")
    ResponseEntity<CaseDetails> get(@PathVariable String caseId) {
        CaseView view = find(caseId);
        Client client = clients.find(view.clientId()).orElse(null);
        Set<String> active = staff.activeCareStaffOf(view.staffGroupId());
        CaseDetails details = new CaseDetails(view.caseId(),
                client == null ? null : new ClientDetails(client.identityNumber().formatted(), client.name()),
                view.staffGroupId(), view.careProfile(), view.startDate(), view.status(), view.closedOn(),
                view.closureReason(), contactPerson(view.primary(), active), contactPerson(view.substitute(), active),
                view.lacksContactPerson(active), view.timeline(), view.version());
        return ResponseEntity.ok().eTag(etag(view.version())).body(details);
    }

    /** Only a planner of the case's staff group assigns (H1); who did is recorded. */
    @Access(rule = "H1-planner-assigns", value = Who.PLANNER_OF_CASE)
    @PutMapping("/{caseId}/contact-persons")
    ResponseEntity<Void> assign(@PathVariable String caseId, @Actor String actor, @RequestBody AssignRequest request,
                                @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        long version = commands.sendAndWait(new AssignContactPersonsCommand(Ids.requireCaseId(caseId), actor,
                request.primaryStaffId(), request.substituteStaffId(), request.effectiveFrom(),
                request.backdatingReason(), expected(ifMatch)));
        return changed(version);
    }

    @Access(rule = "H1-planner-assigns", value = Who.PLANNER_OF_CASE)
    @PutMapping("/{caseId}/contact-persons/{role}")
    ResponseEntity<Void> replace(@PathVariable String caseId, @PathVariable String role, @Actor String actor,
                                 @RequestBody ReplaceRequest request,
                                 @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        long version = commands.sendAndWait(new ReplaceContactPersonCommand(Ids.requireCaseId(caseId), actor,
                role(role), request.staffId(), request.effectiveFrom(), request.backdatingReason(),
                expected(ifMatch)));
        return changed(version);
    }

    @Access(rule = "planner-closes-cases-of-the-group", value = Who.PLANNER_OF_CASE)
    @PostMapping("/{caseId}/closure")
    ResponseEntity<Void> close(@PathVariable String caseId, @RequestBody CloseRequest request,
                               @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        long version = commands.sendAndWait(new CloseCaseCommand(Ids.requireCaseId(caseId), request.closedOn(),
                request.reason(), expected(ifMatch)));
        return changed(version);
    }

    @Access(rule = READS_THE_CASE, value = {Who.CONTACT_PERSON_OF_CASE, Who.PLANNER_OF_CASE, Who.MANAGER_OF_CASE})
    @GetMapping("/{caseId}/contact-persons")
    ContactPersonsOnDate contactPersonsOn(@PathVariable String caseId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        LocalDate on = date == null ? LocalDate.now(clock) : date;
        return queries.query(new FindContactPersonsOnDateQuery(Ids.requireCaseId(caseId), on),
                        ResponseTypes.optionalInstanceOf(ContactPersonsOnDate.class)).join()
                .orElseThrow(() -> new NotFoundException("case", caseId));
    }

    /** The client's cases, found by personnummer in the body so that it never appears in a URL or access log. */
    @Access(rule = "finds-own-cases", value = Who.STAFF, reads = PersonalData.NAME)
    @PostMapping("/search")
    List<CaseSummary> search(@Valid @RequestBody SearchRequest request) {
        PersonalIdentityNumber number = PersonalIdentityNumber.parse("personnummer", request.personnummer(),
                LocalDate.now(clock));
        // Only the cases the staff member may read: a search is no way round the case's own rule,
        // and the others found are recorded as refused attempts, for their area managers to see.
        List<CaseView> found = clients.findByIdentityNumber(number)
                .map(client -> queries.query(new FindCasesOfClientQuery(client.clientId()),
                        ResponseTypes.multipleInstancesOf(CaseView.class)).join())
                .orElse(List.of());
        List<CaseView> readable = readableOf(found);
        List<String> refused = found.stream().filter(view -> !readable.contains(view)).map(CaseView::caseId).toList();
        audit.record(SignedIn.current().staffId(), refused, null, EnumSet.of(PersonalData.NAME), "POST /cases/search",
                ReadAudit.Outcome.REFUSED, READS_THE_CASE);
        return summaries(readable);
    }

    @Access(rule = "lists-a-staff-members-cases", value = {Who.SELF, Who.PLANNER_OF_STAFF, Who.MANAGER_OF_STAFF},
            reads = PersonalData.NAME)
    @GetMapping(params = "staffId")
    List<CaseSummary> ofStaffMember(@RequestParam String staffId) {
        // A contact person moved to another group still holds their old cases until replaced: listed
        // only where the case's own rule lets the asker read it.
        return summaries(readableOf(queries.query(new FindCasesOfStaffMemberQuery(Ids.require("staffId", staffId)),
                ResponseTypes.multipleInstancesOf(CaseView.class)).join()));
    }

    /**
     * With {@code staffing=incomplete}: the open cases lacking an ordinarie or an ersättare who is
     * still an active care-staff member of the group (H1).
     */
    @Access(rule = "lists-a-groups-cases", value = {Who.PLANNER_OF_GROUP, Who.MANAGER_OF_GROUP},
            reads = PersonalData.NAME)
    @GetMapping(params = "staffGroupId")
    List<CaseSummary> ofStaffGroup(@RequestParam String staffGroupId,
                                   @RequestParam(defaultValue = "all") String staffing) {
        boolean incompleteOnly = switch (staffing) {
            case "all" -> false;
            case "incomplete" -> true;
            default -> throw new Refusal(CommonRule.ONE_OF, "staffing", "must be 'all' or 'incomplete'");
        };
        return summaries(queries.query(new FindCasesOfStaffGroupQuery(Ids.require("staffGroupId", staffGroupId),
                incompleteOnly), ResponseTypes.multipleInstancesOf(CaseView.class)).join());
    }

    /** The cases the staff member may read by the case's own rule ({@code reads-the-case}). */
    private List<CaseView> readableOf(List<CaseView> views) {
        Predicate<AccessFacts.CaseFacts> readable = access.onCases(SignedIn.current(), READERS);
        return views.stream().filter(view -> readable.test(view.accessFacts())).toList();
    }

    private CaseView find(String caseId) {
        Optional<CaseView> view = queries.query(new FindCaseQuery(Ids.requireCaseId(caseId)),
                ResponseTypes.optionalInstanceOf(CaseView.class)).join();
        return view.orElseThrow(() -> new NotFoundException("case", caseId));
    }

    private static ResponseEntity<Void> changed(long version) {
        return ResponseEntity.noContent().eTag(etag(version)).build();
    }

    private List<CaseSummary> summaries(List<CaseView> views) {
        // The audit records a read of each case the answer names (service-platform's AuditedReads).
        RequestContextHolder.currentRequestAttributes().setAttribute(ReadAudit.CASES_READ,
                views.stream().map(CaseView::caseId).toList(), RequestAttributes.SCOPE_REQUEST);
        Map<String, String> names = clients.names(views.stream().map(CaseView::clientId).toList());
        Map<String, Set<String>> activeByGroup = new HashMap<>();
        return views.stream().map(v -> {
            Set<String> active = activeByGroup.computeIfAbsent(v.staffGroupId(), staff::activeCareStaffOf);
            return new CaseSummary(v.caseId(), names.get(v.clientId()), v.staffGroupId(), v.careProfile(),
                    v.startDate(), contactPerson(v.primary(), active), contactPerson(v.substitute(), active),
                    v.lacksContactPerson(active));
        }).toList();
    }

    private ContactPerson contactPerson(CaseView.Assignment assignment, Set<String> activeCareStaff) {
        return assignment == null ? null : new ContactPerson(assignment.staffId(),
                staffNames.nameOf(assignment.staffId()), assignment.from(),
                activeCareStaff.contains(assignment.staffId()));
    }

    private static ContactRole role(String role) {
        return switch (role) {
            case "primary" -> ContactRole.PRIMARY;
            case "substitute" -> ContactRole.SUBSTITUTE;
            default -> throw new Refusal(CommonRule.ONE_OF, "role", "must be 'primary' or 'substitute'");
        };
    }

    private static String etag(long version) {
        return "\"" + version + "\"";
    }

    private static Long expected(String ifMatch) {
        if (ifMatch == null) {
            return null;
        }
        try {
            return Long.parseLong(ifMatch.replace("W/", "").replace("\"", "").strip());
        } catch (NumberFormatException e) {
            throw new Refusal(AssignmentRule.ETAG, "If-Match", "must be an ETag this service gave, e.g. \"3\"");
        }
    }
}
