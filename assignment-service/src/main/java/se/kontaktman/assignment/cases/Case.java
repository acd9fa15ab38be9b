package se.kontaktman.assignment.cases;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;
import se.kontaktman.assignment.cases.api.AppointContactPersonsCommand;
import se.kontaktman.assignment.cases.api.CaseClosedEvent;
import se.kontaktman.assignment.cases.api.CaseOpenedEvent;
import se.kontaktman.assignment.cases.api.CloseCaseCommand;
import se.kontaktman.assignment.cases.api.ContactPersonAppointedEvent;
import se.kontaktman.assignment.cases.api.OpenCaseCommand;
import se.kontaktman.assignment.cases.api.ReplaceContactPersonCommand;
import se.kontaktman.assignment.organisation.StaffDirectory;
import se.kontaktman.platform.RuleViolationException;
import se.kontaktman.events.ContactRole;
import se.kontaktman.platform.DateRules;

/**
 * A client's case (ärende) with one staff group, from the start of service to its end, and who
 * its contact persons are. Command handlers return the case's version after the change.
 */
@Aggregate(cache = "aggregateCache")
public class Case {

    static final String CASE_OPEN = "case-open";

    @AggregateIdentifier
    private String caseId;
    private String clientId;
    private String staffGroupId;
    private LocalDate startDate;
    private boolean closed;
    private final Map<ContactRole, Holder> holders = new EnumMap<>(ContactRole.class);

    private record Holder(String staffId, LocalDate from) {
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
    public long handle(AppointContactPersonsCommand command, StaffDirectory staff, Clock clock) {
        requireOpen();
        ContactPersonRules.requireTwoDifferentPeople(command.primaryStaffId(), command.substituteStaffId(),
                "substituteStaffId");
        Map<String, String> staffIdByField = new LinkedHashMap<>();
        staffIdByField.put("primaryStaffId", command.primaryStaffId());
        staffIdByField.put("substituteStaffId", command.substituteStaffId());
        ContactPersonRules.requireCareStaffOfGroup(staff, staffIdByField, staffGroupId);
        requireValidChangeDate(command.effectiveFrom(), clock, Map.of(
                ContactRole.PRIMARY, command.primaryStaffId(), ContactRole.SUBSTITUTE, command.substituteStaffId()));
        appoint(ContactRole.PRIMARY, command.primaryStaffId(), command.effectiveFrom());
        appoint(ContactRole.SUBSTITUTE, command.substituteStaffId(), command.effectiveFrom());
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public long handle(ReplaceContactPersonCommand command, StaffDirectory staff, Clock clock) {
        requireOpen();
        Holder other = holders.get(otherRole(command.role()));
        if (other != null) {
            ContactPersonRules.requireTwoDifferentPeople(other.staffId(), command.staffId(), "staffId");
        }
        ContactPersonRules.requireCareStaffOfGroup(staff, "staffId", command.staffId(), staffGroupId);
        requireValidChangeDate(command.effectiveFrom(), clock, Map.of(command.role(), command.staffId()));
        appoint(command.role(), command.staffId(), command.effectiveFrom());
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

    private void appoint(ContactRole role, String staffId, LocalDate from) {
        Holder current = holders.get(role);
        if (current != null && current.staffId().equals(staffId)) {
            return; // already holds the role: nothing happened
        }
        apply(new ContactPersonAppointedEvent(caseId, staffGroupId, role, staffId, from,
                current == null ? null : current.staffId()));
    }

    private void requireOpen() {
        if (closed) {
            throw new RuleViolationException(CASE_OPEN, "caseId", "the case is closed");
        }
    }

    /** Checked before anything is applied; only roles whose holder changes are compared. */
    private void requireValidChangeDate(LocalDate date, Clock clock, Map<ContactRole, String> newHolders) {
        DateRules.notAfterToday("effectiveFrom", date, clock);
        DateRules.notBefore("effectiveFrom", date, startDate, "the case's start date");
        for (var entry : newHolders.entrySet()) {
            Holder current = holders.get(entry.getKey());
            if (current != null && !current.staffId().equals(entry.getValue())) {
                DateRules.notBefore("effectiveFrom", date, current.from(), "the current appointment");
            }
        }
    }

    private LocalDate latestChange() {
        return holders.values().stream().map(Holder::from).reduce(startDate, (a, b) -> a.isAfter(b) ? a : b);
    }

    private static ContactRole otherRole(ContactRole role) {
        return role == ContactRole.PRIMARY ? ContactRole.SUBSTITUTE : ContactRole.PRIMARY;
    }

    @EventSourcingHandler
    void on(CaseOpenedEvent event) {
        caseId = event.caseId();
        clientId = event.clientId();
        staffGroupId = event.staffGroupId();
        startDate = event.startDate();
    }

    @EventSourcingHandler
    void on(ContactPersonAppointedEvent event) {
        holders.put(event.role(), new Holder(event.staffId(), event.effectiveFrom()));
    }

    @EventSourcingHandler
    void on(CaseClosedEvent event) {
        closed = true;
    }
}
