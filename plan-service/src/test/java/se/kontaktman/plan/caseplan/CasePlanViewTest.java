package se.kontaktman.plan.caseplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import se.kontaktman.events.CareProfile;
import se.kontaktman.events.ContactRole;
import se.kontaktman.rules.RuleProfile;

/** H2 in the case's view: each contact person, ordinarie and ersättare, presents themself after being assigned. */
class CasePlanViewTest {

    private static final Instant AT = Instant.parse("2026-03-03T08:00:00Z");
    private static final LocalDate MARCH = LocalDate.of(2026, 3, 3);
    private static final LocalDate OCTOBER = LocalDate.of(2026, 10, 1);
    private static final RuleProfile HOME_CARE = RuleProfile.defaults(CareProfile.HOME_CARE);

    private static CasePlanView view(CareProfile profile, String primary, LocalDate primaryFrom, String substitute,
                                     LocalDate closedOn, CasePlanView.Visit... visits) {
        return new CasePlanView("c", "g", profile, MARCH, closedOn, new Assignment(primary, primaryFrom, AT),
                new Assignment(substitute, MARCH, AT), List.of(visits), null, null, null, null, null, 7);
    }

    private static CasePlanView.Visit heldBy(String staffId, LocalDate on) {
        return new CasePlanView.Visit("v-" + staffId + on, on, staffId, "per", on, staffId, List.of(staffId), true,
                null);
    }

    @Test
    void h2_anAssignedOrdinarieIsDueToPresentThemselfWithinAWeek() {
        CasePlanView view = view(CareProfile.HOME_CARE, "anna", MARCH, "bertil", null);

        assertThat(view.introductionDueBy(ContactRole.PRIMARY, HOME_CARE)).contains(MARCH.plusWeeks(1));
    }

    @Test
    void h2_theErsattareIsDueToPresentThemselfToo() {
        CasePlanView view = view(CareProfile.HOME_CARE, "anna", MARCH, "bertil", null,
                heldBy("anna", MARCH.plusDays(5)));

        assertThat(view.introductionDueBy(ContactRole.PRIMARY, HOME_CARE)).isEmpty();
        assertThat(view.introductionDueBy(ContactRole.SUBSTITUTE, HOME_CARE)).contains(MARCH.plusWeeks(1));
    }

    @Test
    void h2_noLongerDueOnceTheyHavePresentedThemselves() {
        CasePlanView view = view(CareProfile.HOME_CARE, "anna", MARCH, "bertil", null,
                heldBy("anna", MARCH.plusDays(6)), heldBy("bertil", MARCH.plusDays(9)));

        assertThat(view.introducedOn(ContactRole.PRIMARY)).contains(MARCH.plusDays(6));
        assertThat(view.introducedOn(ContactRole.SUBSTITUTE)).contains(MARCH.plusDays(9));
        assertThat(view.introductionDueBy(ContactRole.SUBSTITUTE, HOME_CARE)).isEmpty();
    }

    @Test
    void h2_aNewOrdinariePresentsThemselfAgain() {
        CasePlanView view = view(CareProfile.HOME_CARE, "cecilia", OCTOBER, "bertil", null,
                heldBy("anna", MARCH.plusDays(6)));

        assertThat(view.introductionDueBy(ContactRole.PRIMARY, HOME_CARE)).contains(OCTOBER.plusWeeks(1));
    }

    @Test
    void h2_aVisitBeforeTheCurrentAssignmentDoesNotCount() {
        CasePlanView view = view(CareProfile.HOME_CARE, "anna", OCTOBER, "bertil", null,
                heldBy("anna", MARCH.plusDays(6)));

        assertThat(view.introducedOn(ContactRole.PRIMARY)).as("anna was ordinarie before, then again from October")
                .isEmpty();
    }

    @Test
    void h2_aClosedCaseHasNothingDue() {
        CasePlanView view = view(CareProfile.HOME_CARE, "anna", MARCH, "bertil", OCTOBER);

        assertThat(view.introductionDueBy(ContactRole.PRIMARY, HOME_CARE)).isEmpty();
    }

    @Test
    void lssCasesHaveNoIntroductionVisit() {
        CasePlanView view = view(CareProfile.LSS, "anna", MARCH, "bertil", null);

        assertThat(view.introductionDueBy(ContactRole.PRIMARY, RuleProfile.defaults(CareProfile.LSS))).isEmpty();
    }
}
