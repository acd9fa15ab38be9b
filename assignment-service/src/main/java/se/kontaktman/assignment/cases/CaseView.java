package se.kontaktman.assignment.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import se.kontaktman.events.CareProfile;
import se.kontaktman.events.CaseClosureReason;
import se.kontaktman.events.ContactRole;

/**
 * The read model of a case: status, current contact persons and every appointment in the order
 * made. {@code version} is the sequence number of the last event applied. Only facts are stored;
 * when each appointment ended is derived ({@link #timeline()}), so that an event changes the
 * document with one update and no read.
 */
@Document(CaseView.COLLECTION)
public record CaseView(@Id String caseId, String clientId, String staffGroupId, CareProfile careProfile,
                       LocalDate startDate, Status status, LocalDate closedOn, CaseClosureReason closureReason,
                       Assignment primary, Assignment substitute, List<Assignment> assignments, long version) {

    public static final String COLLECTION = "case_views";

    public enum Status { OPEN, CLOSED }

    /** One person made contact person in one role from a date. */
    public record Assignment(ContactRole role, String staffId, LocalDate from) {
    }

    /** An assignment with when it ended: the successor's start, or the day after closing; null while current. */
    public record Appointment(ContactRole role, String staffId, LocalDate from, LocalDate until) {

        boolean heldOn(LocalDate date) {
            return !date.isBefore(from) && (until == null || date.isBefore(until));
        }
    }

    static CaseView opened(String caseId, String clientId, String staffGroupId, CareProfile profile, LocalDate start,
                           long version) {
        return new CaseView(caseId, clientId, staffGroupId, profile, start, Status.OPEN, null, null, null, null,
                List.of(), version);
    }

    /** The whole history; the contact persons still held their roles on the closing day. */
    public List<Appointment> timeline() {
        List<Appointment> timeline = new ArrayList<>();
        List<Assignment> made = assignments == null ? List.of() : assignments;
        for (int i = 0; i < made.size(); i++) {
            Assignment a = made.get(i);
            LocalDate until = status == Status.CLOSED ? closedOn.plusDays(1) : null;
            for (int j = i + 1; j < made.size(); j++) {
                if (made.get(j).role() == a.role()) {
                    until = made.get(j).from();
                    break;
                }
            }
            timeline.add(new Appointment(a.role(), a.staffId(), a.from(), until));
        }
        return timeline;
    }

    /** Who held the role on the date, if anyone. */
    public Optional<Appointment> holderOn(ContactRole role, LocalDate date) {
        return timeline().stream().filter(a -> a.role() == role && a.heldOn(date)).reduce((first, later) -> later);
    }

    public boolean isIncomplete() {
        return status == Status.OPEN && (primary == null || substitute == null);
    }
}
