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
 * The read model of a case: status, current contact persons and the whole history of
 * appointments. {@code version} is the sequence number of the last event applied.
 */
@Document(CaseView.COLLECTION)
public record CaseView(@Id String caseId, String clientId, String staffGroupId, CareProfile careProfile,
                       LocalDate startDate, Status status, LocalDate closedOn, CaseClosureReason closureReason,
                       Appointment primary, Appointment substitute, List<Appointment> history, long version) {

    public static final String COLLECTION = "case_views";

    public enum Status { OPEN, CLOSED }

    /** One person in one role, from a date until (not including) {@code until}; open-ended while current. */
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

    CaseView withAppointment(ContactRole role, String staffId, LocalDate from, long newVersion) {
        List<Appointment> newHistory = new ArrayList<>();
        for (Appointment a : history) {
            newHistory.add(a.role() == role && a.until() == null ? new Appointment(role, a.staffId(), a.from(), from) : a);
        }
        Appointment appointment = new Appointment(role, staffId, from, null);
        newHistory.add(appointment);
        return new CaseView(caseId, clientId, staffGroupId, careProfile, startDate, status, closedOn, closureReason,
                role == ContactRole.PRIMARY ? appointment : primary,
                role == ContactRole.SUBSTITUTE ? appointment : substitute,
                List.copyOf(newHistory), newVersion);
    }

    CaseView closed(LocalDate on, CaseClosureReason reason, long newVersion) {
        // The contact persons still held their roles on the closing day.
        List<Appointment> newHistory = history.stream()
                .map(a -> a.until() == null ? new Appointment(a.role(), a.staffId(), a.from(), on.plusDays(1)) : a)
                .toList();
        return new CaseView(caseId, clientId, staffGroupId, careProfile, startDate, Status.CLOSED, on, reason,
                null, null, newHistory, newVersion);
    }

    /** Who held the role on the date, if anyone. */
    public Optional<Appointment> holderOn(ContactRole role, LocalDate date) {
        return history.stream().filter(a -> a.role() == role && a.heldOn(date)).reduce((first, later) -> later);
    }

    public boolean isIncomplete() {
        return status == Status.OPEN && (primary == null || substitute == null);
    }
}
