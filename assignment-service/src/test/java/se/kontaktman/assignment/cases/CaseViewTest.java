package se.kontaktman.assignment.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import se.kontaktman.events.CareProfile;
import se.kontaktman.events.CaseClosureReason;
import se.kontaktman.events.ContactRole;

class CaseViewTest {

    private static final LocalDate START = LocalDate.of(2026, 3, 2);
    private static final LocalDate JUNE = LocalDate.of(2026, 6, 1);
    private final CaseView.Assignment anna = assignment(ContactRole.PRIMARY, "anna", START);
    private final CaseView.Assignment bertil = assignment(ContactRole.SUBSTITUTE, "bertil", START);
    private final CaseView.Assignment cecilia = assignment(ContactRole.PRIMARY, "cecilia", JUNE);

    private static CaseView.Assignment assignment(ContactRole role, String staffId, LocalDate from) {
        return new CaseView.Assignment(role, staffId, from, "per", null);
    }

    private CaseView view(CaseView.Status status, LocalDate closedOn) {
        return new CaseView("c", "k", "g", CareProfile.HOME_CARE, START, status, closedOn,
                closedOn == null ? null : CaseClosureReason.OTHER, cecilia, bertil, List.of(anna, bertil, cecilia), 3, null, null);
    }

    @Test
    void anAssignmentEndsWhenTheNextOneInTheSameRoleBegins() {
        List<CaseView.AssignmentPeriod> timeline = view(CaseView.Status.OPEN, null).timeline();

        assertThat(timeline).containsExactly(
                new CaseView.AssignmentPeriod(ContactRole.PRIMARY, "anna", START, JUNE, "per", null),
                new CaseView.AssignmentPeriod(ContactRole.SUBSTITUTE, "bertil", START, null, "per", null),
                new CaseView.AssignmentPeriod(ContactRole.PRIMARY, "cecilia", JUNE, null, "per", null));
    }

    @Test
    void theContactPersonsStillHoldTheirRolesOnTheClosingDay() {
        CaseView closed = view(CaseView.Status.CLOSED, LocalDate.of(2026, 9, 30));

        assertThat(closed.assignedOn(ContactRole.PRIMARY, LocalDate.of(2026, 9, 30)))
                .map(CaseView.AssignmentPeriod::staffId).contains("cecilia");
        assertThat(closed.assignedOn(ContactRole.PRIMARY, LocalDate.of(2026, 10, 1))).isEmpty();
        assertThat(closed.assignedOn(ContactRole.PRIMARY, LocalDate.of(2026, 5, 31)))
                .map(CaseView.AssignmentPeriod::staffId).contains("anna");
    }

    @Test
    void h1_aCaseWithBothContactPersonsActiveInTheGroupIsStaffed() {
        assertThat(view(CaseView.Status.OPEN, null).lacksContactPerson(Set.of("bertil", "cecilia", "david")))
                .isFalse();
    }

    @Test
    void h1_aContactPersonMadeInactiveOrMovedNoLongerCountsAsStaffed() {
        assertThat(view(CaseView.Status.OPEN, null).lacksContactPerson(Set.of("cecilia", "david"))).isTrue();
    }

    @Test
    void h1_aClosedCaseLacksNothing() {
        assertThat(view(CaseView.Status.CLOSED, LocalDate.of(2026, 9, 30)).lacksContactPerson(Set.of())).isFalse();
    }
}
