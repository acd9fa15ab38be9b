package se.kontaktman.assignment.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import se.kontaktman.events.CareProfile;
import se.kontaktman.events.CaseClosureReason;
import se.kontaktman.events.ContactRole;
import se.kontaktman.platform.rules.BackdatingReason;
import se.kontaktman.platform.security.AccessFacts;

/**
 * The read model of a case: status, current contact persons and every assignment in the order
 * made. {@code version} is the sequence number of the last event applied. Only facts are stored;
 * when each assignment ended is derived ({@link #timeline()}), so that an event changes the
 * document with one update and no read. {@code lastEntryOn} is the day the latest event was
 * recorded (what the retention time counts from); {@code recordsDestroyedOn} is set by gallring.
 */
@Document(CaseView.COLLECTION)
public record CaseView(@Id String caseId, String clientId, String staffGroupId, CareProfile careProfile,
                       LocalDate startDate, Status status, LocalDate closedOn, CaseClosureReason closureReason,
                       Assignment primary, Assignment substitute, List<Assignment> assignments, long version,
                       LocalDate lastEntryOn, LocalDate recordsDestroyedOn) {

    public static final String COLLECTION = "case_views";

    public enum Status { OPEN, CLOSED }

    /** A staff member assigned a contact role from a date, by a planner. */
    public record Assignment(ContactRole role, String staffId, LocalDate from, String assignedBy,
                             BackdatingReason backdatingReason) {
    }

    /** An assignment with when it ended: the successor's start, or the day after closing; null while current. */
    public record AssignmentPeriod(ContactRole role, String staffId, LocalDate from, LocalDate until,
                                   String assignedBy, BackdatingReason backdatingReason) {

        boolean heldOn(LocalDate date) {
            return !date.isBefore(from) && (until == null || date.isBefore(until));
        }
    }

    public CaseView {
        assignments = assignments == null ? List.of() : List.copyOf(assignments);
    }

    static CaseView opened(String caseId, String clientId, String staffGroupId, CareProfile profile, LocalDate start,
                           long version, LocalDate recordedOn) {
        return new CaseView(caseId, clientId, staffGroupId, profile, start, Status.OPEN, null, null, null, null,
                List.of(), version, recordedOn, null);
    }

    /** The whole history; the contact persons still held their roles on the closing day. */
    public List<AssignmentPeriod> timeline() {
        List<AssignmentPeriod> timeline = new ArrayList<>();
        for (int i = 0; i < assignments.size(); i++) {
            Assignment a = assignments.get(i);
            LocalDate until = status == Status.CLOSED ? closedOn.plusDays(1) : null;
            for (int j = i + 1; j < assignments.size(); j++) {
                if (assignments.get(j).role() == a.role()) {
                    until = assignments.get(j).from();
                    break;
                }
            }
            timeline.add(new AssignmentPeriod(a.role(), a.staffId(), a.from(), until, a.assignedBy(),
                    a.backdatingReason()));
        }
        return timeline;
    }

    /** What decides who may read the case: its group and its contact persons now. */
    public AccessFacts.CaseFacts accessFacts() {
        return AccessFacts.CaseFacts.of(staffGroupId, primary == null ? null : primary.staffId(),
                substitute == null ? null : substitute.staffId());
    }

    /** Who held the role on the date, if anyone. */
    public Optional<AssignmentPeriod> assignedOn(ContactRole role, LocalDate date) {
        return timeline().stream().filter(a -> a.role() == role && a.heldOn(date)).reduce((first, later) -> later);
    }

    /**
     * H1: an open case lacks a contact person while a role is empty or held by someone who is no
     * longer an active care-staff member of the case's group (left, made inactive, moved).
     */
    public boolean lacksContactPerson(Set<String> activeCareStaffOfGroup) {
        return status == Status.OPEN && (primary == null || substitute == null
                || !activeCareStaffOfGroup.contains(primary.staffId())
                || !activeCareStaffOfGroup.contains(substitute.staffId()));
    }
}
