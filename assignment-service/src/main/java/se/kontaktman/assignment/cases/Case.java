package se.kontaktman.assignment.cases;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;
import se.kontaktman.assignment.cases.api.CaseCommands.AssignContactPersonsCommand;
import se.kontaktman.assignment.cases.api.CaseCommands.CloseCaseCommand;
import se.kontaktman.assignment.cases.api.CaseCommands.DestroyCaseRecordsCommand;
import se.kontaktman.assignment.cases.api.CaseCommands.OpenCaseCommand;
import se.kontaktman.assignment.cases.api.CaseCommands.ReplaceContactPersonCommand;
import se.kontaktman.assignment.cases.api.CaseEvents.CaseClosedEvent;
import se.kontaktman.assignment.cases.api.CaseEvents.CaseRecordsDestroyedEvent;
import se.kontaktman.assignment.cases.api.CaseEvents.CaseOpenedEvent;
import se.kontaktman.assignment.cases.api.CaseEvents.ContactPersonAssignedEvent;
import se.kontaktman.assignment.organisation.OrganisationViews.StaffMemberView;
import se.kontaktman.assignment.organisation.StaffDirectory;
import se.kontaktman.events.CareProfile;
import se.kontaktman.events.ContactRole;
import se.kontaktman.platform.rules.BackdatingReason;
import se.kontaktman.platform.rules.CommonRule;
import se.kontaktman.platform.rules.DateRules;
import se.kontaktman.platform.rules.Refusal;
import se.kontaktman.platform.rules.RuleProfiles;

/**
 * A client's case (ärende) with one staff group, from the start of service to its end, and who
 * its contact persons are. Every rule is checked before anything is applied, so a refused
 * command stores nothing. Command handlers return the case's version after the change.
 */
@Aggregate(cache = "aggregateCache")
public class Case {

    @AggregateIdentifier
    private String caseId;
    private String clientId;
    private String staffGroupId;
    private CareProfile careProfile;
    private LocalDate startDate;
    private boolean closed;
    private boolean recordsDestroyed;
    private final Map<ContactRole, Assignment> assignments = new EnumMap<>(ContactRole.class);

    /** A staff member holding a contact role from a date. */
    private record Assignment(String staffId, LocalDate from) {
    }

    protected Case() {
        // for Axon
    }

    @CommandHandler
    public Case(OpenCaseCommand command, StaffDirectory staff, Clock clock) {
        staff.requireStaffGroup("staffGroupId", command.staffGroupId());
        DateRules.notAfterToday("startDate", command.startDate(), clock);
        apply(new CaseOpenedEvent(command.caseId(), command.clientId(), command.staffGroupId(),
                command.careProfile(), command.startDate()));
    }

    @CommandHandler
    public long handle(AssignContactPersonsCommand command, StaffDirectory staff, RuleProfiles profiles,
                       Clock clock) {
        requireOpen();
        Map<String, StaffMemberView> concerned = staff.staffMembers(
                List.of(command.assignedBy(), command.primaryStaffId(), command.substituteStaffId()));
        ContactPersonRules.requireAssignedByPlanner(concerned, command.assignedBy(), staffGroupId);
        ContactPersonRules.requireTwoDifferentPeople(command.primaryStaffId(), command.substituteStaffId(),
                "substituteStaffId");
        Map<String, String> staffIdByField = new LinkedHashMap<>();
        staffIdByField.put("primaryStaffId", command.primaryStaffId());
        staffIdByField.put("substituteStaffId", command.substituteStaffId());
        ContactPersonRules.requireActiveCareStaffOfGroup(concerned, staffIdByField, staffGroupId);
        Map<ContactRole, String> next = Map.of(ContactRole.PRIMARY, command.primaryStaffId(),
                ContactRole.SUBSTITUTE, command.substituteStaffId());
        requireValidChangeDate(command.effectiveFrom(), command.backdatingReason(), next, profiles, clock);
        assign(ContactRole.PRIMARY, command.primaryStaffId(), command.effectiveFrom(), command.assignedBy(),
                command.backdatingReason());
        assign(ContactRole.SUBSTITUTE, command.substituteStaffId(), command.effectiveFrom(), command.assignedBy(),
                command.backdatingReason());
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public long handle(ReplaceContactPersonCommand command, StaffDirectory staff, RuleProfiles profiles,
                       Clock clock) {
        requireOpen();
        Map<String, StaffMemberView> concerned = staff.staffMembers(List.of(command.assignedBy(), command.staffId()));
        ContactPersonRules.requireAssignedByPlanner(concerned, command.assignedBy(), staffGroupId);
        Assignment other = assignments.get(otherRole(command.role()));
        if (other != null) {
            ContactPersonRules.requireTwoDifferentPeople(other.staffId(), command.staffId(), "staffId");
        }
        ContactPersonRules.requireActiveCareStaffOfGroup(concerned, Map.of("staffId", command.staffId()),
                staffGroupId);
        requireValidChangeDate(command.effectiveFrom(), command.backdatingReason(),
                Map.of(command.role(), command.staffId()), profiles, clock);
        assign(command.role(), command.staffId(), command.effectiveFrom(), command.assignedBy(),
                command.backdatingReason());
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public long handle(CloseCaseCommand command, Clock clock) {
        requireOpen();
        DateRules.notAfterToday("closedOn", command.closedOn(), clock);
        DateRules.notBefore("closedOn", command.closedOn(), latestChange(), "the case's latest change");
        apply(new CaseClosedEvent(caseId, clientId, staffGroupId, command.closedOn(), command.reason()));
        return AggregateLifecycle.getVersion();
    }

    /** Gallring of a closed case whose retention time ended; the retention job decides when. */
    @CommandHandler
    public void handle(DestroyCaseRecordsCommand command) {
        if (!closed) {
            throw new Refusal(CommonRule.CASE_OPEN, "caseId", "an open case's records are kept");
        }
        if (!recordsDestroyed) {
            apply(new CaseRecordsDestroyedEvent(caseId, clientId, staffGroupId, command.destroyedOn()));
        }
    }

    private void assign(ContactRole role, String staffId, LocalDate from, String assignedBy,
                        BackdatingReason backdatingReason) {
        Assignment current = assignments.get(role);
        if (current != null && current.staffId().equals(staffId)) {
            return; // already holds the role: nothing happened
        }
        apply(new ContactPersonAssignedEvent(caseId, staffGroupId, role, staffId, from,
                current == null ? null : current.staffId(), assignedBy, backdatingReason));
    }

    private void requireOpen() {
        if (closed) {
            throw new Refusal(CommonRule.CASE_OPEN, "caseId", "the case is closed");
        }
    }

    /**
     * Checked before anything is applied; only roles whose contact person changes are compared
     * with the assignment they end. H2's week is counted from the date, so it may lie at most the
     * profile's backdating limit back without a reason.
     */
    private void requireValidChangeDate(LocalDate date, BackdatingReason reason, Map<ContactRole, String> next,
                                        RuleProfiles profiles, Clock clock) {
        DateRules.notAfterToday("effectiveFrom", date, clock);
        DateRules.notBefore("effectiveFrom", date, startDate, "the case's start date");
        for (var entry : next.entrySet()) {
            Assignment current = assignments.get(entry.getKey());
            if (current != null && !current.staffId().equals(entry.getValue())) {
                DateRules.notBefore("effectiveFrom", date, current.from(), "the current assignment");
            }
        }
        DateRules.notBackdatedBeyond("effectiveFrom", date, profiles.of(careProfile, staffGroupId).backdatingLimit(),
                reason, clock);
    }

    private LocalDate latestChange() {
        return assignments.values().stream().map(Assignment::from).reduce(startDate, (a, b) -> a.isAfter(b) ? a : b);
    }

    private static ContactRole otherRole(ContactRole role) {
        return role == ContactRole.PRIMARY ? ContactRole.SUBSTITUTE : ContactRole.PRIMARY;
    }

    @EventSourcingHandler
    void on(CaseOpenedEvent event) {
        caseId = event.caseId();
        clientId = event.clientId();
        staffGroupId = event.staffGroupId();
        careProfile = event.careProfile();
        startDate = event.startDate();
    }

    @EventSourcingHandler
    void on(ContactPersonAssignedEvent event) {
        assignments.put(event.role(), new Assignment(event.staffId(), event.effectiveFrom()));
    }

    @EventSourcingHandler
    void on(CaseClosedEvent event) {
        closed = true;
    }

    @EventSourcingHandler
    void on(CaseRecordsDestroyedEvent event) {
        recordsDestroyed = true;
    }
}
