package se.kontaktman.plan.caseplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import se.kontaktman.events.CareProfile;

class CasePlanViewTest {

    private static final Instant AT = Instant.parse("2026-03-03T08:00:00Z");

    private static CasePlanView homeCareWithOrdinarie(String staffId, LocalDate from) {
        CasePlanView view = new CasePlanView();
        view.careProfile = CareProfile.HOME_CARE;
        view.primary = new CasePlanView.Holder(staffId, from, AT);
        return view;
    }

    private static CasePlanView.Visit heldBy(String staffId, LocalDate on) {
        return new CasePlanView.Visit("v-" + staffId, on, staffId, "per", on, staffId, List.of(staffId), true);
    }

    @Test
    void h2_anAppointedOrdinarieIsDueToPresentThemself() {
        assertThat(homeCareWithOrdinarie("anna", LocalDate.of(2026, 3, 3)).isIntroductionDue()).isTrue();
    }

    @Test
    void h2_noLongerDueOnceTheOrdinarieHasPresentedThemself() {
        CasePlanView view = homeCareWithOrdinarie("anna", LocalDate.of(2026, 3, 3));
        view.introductionVisits.add(heldBy("anna", LocalDate.of(2026, 3, 9)));

        assertThat(view.isIntroductionDue()).isFalse();
    }

    @Test
    void h2_aNewOrdinariePresentsThemselfAgain() {
        CasePlanView view = homeCareWithOrdinarie("cecilia", LocalDate.of(2026, 10, 1));
        view.introductionVisits.add(heldBy("anna", LocalDate.of(2026, 3, 9)));

        assertThat(view.isIntroductionDue()).isTrue();
    }

    @Test
    void h2_aVisitBeforeTheCurrentAppointmentDoesNotCount() {
        CasePlanView view = homeCareWithOrdinarie("anna", LocalDate.of(2026, 10, 1));
        view.introductionVisits.add(heldBy("anna", LocalDate.of(2026, 3, 9)));

        assertThat(view.isIntroductionDue()).as("anna was ordinarie before, then again from October").isTrue();
    }

    @Test
    void lssCasesHaveNoIntroductionVisit() {
        CasePlanView view = homeCareWithOrdinarie("anna", LocalDate.of(2026, 3, 3));
        view.careProfile = CareProfile.LSS;

        assertThat(view.isIntroductionDue()).isFalse();
    }
}
