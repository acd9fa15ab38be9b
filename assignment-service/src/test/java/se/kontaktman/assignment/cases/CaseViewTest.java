package se.kontaktman.assignment.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import se.kontaktman.events.CareProfile;
import se.kontaktman.events.CaseClosureReason;
import se.kontaktman.events.ContactRole;

class CaseViewTest {

    private static final LocalDate START = LocalDate.of(2026, 3, 2);
    private final CaseView.Assignment anna = new CaseView.Assignment(ContactRole.PRIMARY, "anna", START);
    private final CaseView.Assignment bertil = new CaseView.Assignment(ContactRole.SUBSTITUTE, "bertil", START);
    private final CaseView.Assignment cecilia =
            new CaseView.Assignment(ContactRole.PRIMARY, "cecilia", LocalDate.of(2026, 6, 1));

    private CaseView view(CaseView.Status status, LocalDate closedOn) {
        return new CaseView("c", "k", "g", CareProfile.HOME_CARE, START, status, closedOn,
                closedOn == null ? null : CaseClosureReason.OTHER, null, null, List.of(anna, bertil, cecilia), 3);
    }

    @Test
    void anAppointmentEndsWhenTheNextOneInTheSameRoleBegins() {
        List<CaseView.Appointment> timeline = view(CaseView.Status.OPEN, null).timeline();

        assertThat(timeline).containsExactly(
                new CaseView.Appointment(ContactRole.PRIMARY, "anna", START, LocalDate.of(2026, 6, 1)),
                new CaseView.Appointment(ContactRole.SUBSTITUTE, "bertil", START, null),
                new CaseView.Appointment(ContactRole.PRIMARY, "cecilia", LocalDate.of(2026, 6, 1), null));
    }

    @Test
    void theContactPersonsStillHoldTheirRolesOnTheClosingDay() {
        CaseView closed = view(CaseView.Status.CLOSED, LocalDate.of(2026, 9, 30));

        assertThat(closed.holderOn(ContactRole.PRIMARY, LocalDate.of(2026, 9, 30))).map(CaseView.Appointment::staffId)
                .contains("cecilia");
        assertThat(closed.holderOn(ContactRole.PRIMARY, LocalDate.of(2026, 10, 1))).isEmpty();
        assertThat(closed.holderOn(ContactRole.PRIMARY, LocalDate.of(2026, 5, 31))).map(CaseView.Appointment::staffId)
                .contains("anna");
    }
}
