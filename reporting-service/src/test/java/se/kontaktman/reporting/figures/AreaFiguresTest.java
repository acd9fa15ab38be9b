package se.kontaktman.reporting.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import se.kontaktman.events.CareProfile;
import se.kontaktman.events.CaseClosureReason;
import se.kontaktman.events.ContactRole;
import se.kontaktman.events.assignment.CaseClosed;
import se.kontaktman.events.assignment.CaseOpened;
import se.kontaktman.events.assignment.ContactPersonAssigned;
import se.kontaktman.events.plan.IntroductionVisitHeld;
import se.kontaktman.events.plan.PlanChecked;
import se.kontaktman.events.plan.PlanEstablished;
import se.kontaktman.events.reminder.DeadlineRule;
import se.kontaktman.events.reminder.DeadlineStage;
import se.kontaktman.events.reminder.DeadlineStageReached;
import se.kontaktman.platform.rules.RuleProfiles;
import se.kontaktman.reporting.api.KeyFigures.AreaKeyFigures;
import se.kontaktman.reporting.api.KeyFigures.LateFact;
import se.kontaktman.reporting.api.KeyFigures.PlanCheckProgress;
import se.kontaktman.reporting.projection.CaseHistory;

/** An area's key figures over a few cases, each figure computed by hand. */
class AreaFiguresTest {

    private static final String G = History.GROUP;

    /** Five cases appointed on 1 March whose visits took 1, 2, 3, 4 and 10 days, and plans 7, 14, 21, 28, 30 more. */
    private List<CaseHistory> fiveCases() {
        int[] toVisit = {1, 2, 3, 4, 10};
        int[] toPlan = {7, 14, 21, 28, 30};
        List<CaseHistory> cases = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            History h = new History();
            LocalDate visit = d(3, 1).plusDays(toVisit[i]);
            LocalDate plan = visit.plusDays(toPlan[i]);
            h.known(d(3, 1), new CaseOpened(h.caseId, G, CareProfile.HOME_CARE, d(3, 1)))
                    .known(d(3, 1), new ContactPersonAssigned(h.caseId, G, ContactRole.PRIMARY, "anna", d(3, 1), null))
                    .known(visit, new IntroductionVisitHeld(h.caseId, G, UUID.randomUUID().toString(), visit, "anna",
                            List.of("anna"), true))
                    .known(plan, new PlanEstablished(h.caseId, G, 1, plan, "anna", 1));
            if (i < 3) {
                h.known(d(3, 1), new ContactPersonAssigned(h.caseId, G, ContactRole.SUBSTITUTE, "bertil", d(3, 1),
                        null));
            }
            if (i < 2) {
                h.known(d(4, 20), new PlanChecked(h.caseId, G, d(4, 20), "anna", d(4, 1), d(5, 31), 1, true,
                        d(6, 15)));
            }
            cases.add(h.history());
        }
        return cases;
    }

    @Test
    void h1AndH4_sharesOfOpenCasesWithBothContactPersonsAndWithACurrentPlan() {
        AreaKeyFigures figures = figures(AsOf.on(d(4, 30)), d(4, 1));
        assertThat(figures.openCases()).isEqualTo(5);
        assertThat(figures.withBothContactPersons()).isEqualTo(3);
        assertThat(figures.shareWithBothContactPersons()).isEqualTo(0.6);
        // Plans of 9, 17 and 25 March and 2 and 10 April: all within six months on 30 April.
        assertThat(figures.withCurrentPlan()).isEqualTo(5);
        assertThat(figures.shareWithCurrentPlan()).isEqualTo(1.0);
    }

    @Test
    void h2AndH3_medianAndNinetiethPercentileOfTheDaysCountTheIntervalsEndedInThePeriod() {
        AreaKeyFigures march = figures(AsOf.on(d(3, 31)), d(3, 1));
        // Visits after 1, 2, 3, 4, 10 days: median 3, 90th percentile (nearest rank 5 of 5) 10.
        assertThat(march.daysAppointmentToVisit().count()).isEqualTo(5);
        assertThat(march.daysAppointmentToVisit().median()).isEqualTo(3.0);
        assertThat(march.daysAppointmentToVisit().p90()).isEqualTo(10);
        // Plans in March: 2+7 = 9 March, 3+14 = 17 March, 4+21 = 25 March; the others in April.
        assertThat(march.daysVisitToPlan().count()).isEqualTo(3);
        assertThat(march.daysVisitToPlan().median()).isEqualTo(14.0);
        AreaKeyFigures april = figures(AsOf.on(d(4, 30)), d(4, 1));
        // 5+28 = 2 April, 11+30 = 10 April: an even count, so the mean of the two.
        assertThat(april.daysVisitToPlan().median()).isEqualTo(29.0);
        assertThat(april.daysVisitToPlan().p90()).isEqualTo(30);
        assertThat(april.daysAppointmentToVisit().count()).isZero();
        assertThat(april.daysAppointmentToVisit().median()).isNull();
    }

    @Test
    void h5_theAprilMayCheckHasComeTwoOfFiveOnThe30thOfAprilAndTheWindowIsReportedAfterItEnds() {
        PlanCheckProgress underWay = figures(AsOf.on(d(4, 30)), d(4, 1)).planChecks().get(0);
        assertThat(underWay.windowStart()).isEqualTo(d(4, 1));
        assertThat(underWay.windowEnd()).isEqualTo(d(5, 31));
        assertThat(underWay.underWay()).isTrue();
        assertThat(underWay.plans()).isEqualTo(5);
        assertThat(underWay.checked()).isEqualTo(2);
        assertThat(underWay.share()).isEqualTo(0.4);
        PlanCheckProgress ended = figures(AsOf.on(d(6, 30)), d(6, 1)).planChecks().get(0);
        assertThat(ended.underWay()).isFalse();
        assertThat(ended.checked()).isEqualTo(2);
        // Before April, the latest window was last October/November.
        assertThat(figures(AsOf.on(d(3, 31)), d(3, 1)).planChecks().get(0).windowStart())
                .isEqualTo(LocalDate.of(2025, 10, 1));
    }

    @Test
    void h7AndH8_anOverdueRiskAssessmentInAnOpenCaseAndDevicesNotReturnedAfterAClosedOneAreCountedPerRule() {
        // Open: the plan of 10 March, its risk assessment due within a week (H7), overdue from the 18th.
        History open = new History();
        open.known(d(3, 1), new CaseOpened(open.caseId, G, CareProfile.HOME_CARE, d(3, 1)))
                .known(d(3, 1), new ContactPersonAssigned(open.caseId, G, ContactRole.PRIMARY, "anna", d(3, 1), null))
                .known(d(3, 10), new PlanEstablished(open.caseId, G, 1, d(3, 10), "anna", 1))
                .known(d(3, 18), stage(open, DeadlineRule.H7, "plan-1", DeadlineStage.OVERDUE, d(3, 18), d(3, 17),
                        null, 1));
        // Closed on 31 March with a walker still at home: due back within a month (H8), overdue from
        // 1 May, escalated on the 8th, returned on the 20th.
        History closed = new History();
        closed.known(d(1, 5), new CaseOpened(closed.caseId, G, CareProfile.HOME_CARE, d(1, 5)))
                .known(d(3, 31), new CaseClosed(closed.caseId, G, d(3, 31), CaseClosureReason.SERVICE_ENDED))
                .known(d(5, 1), stage(closed, DeadlineRule.H8, "walker-1", DeadlineStage.OVERDUE, d(5, 1), d(4, 30),
                        null, 1))
                .known(d(5, 8), stage(closed, DeadlineRule.H8, "walker-1", DeadlineStage.ESCALATED, d(5, 8),
                        d(4, 30), null, 8))
                .known(d(5, 20), stage(closed, DeadlineRule.H8, "walker-1", DeadlineStage.MET, d(5, 20), d(4, 30),
                        d(5, 20), 20));
        List<CaseHistory> cases = List.of(open.history(), closed.history());

        AreaKeyFigures may15 = AreaFigures.of("north", "Norr", Set.of(G), cases, AsOf.on(d(5, 15)), d(5, 1),
                RuleProfiles.defaults());
        assertThat(may15.openCases()).isEqualTo(1);
        assertThat(may15.overdueByRule()).containsOnlyKeys(DeadlineRule.values())
                .containsEntry(DeadlineRule.H7, 1).containsEntry(DeadlineRule.H8, 1);
        assertThat(may15.overdueByRule().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(2);
        assertThat(may15.metLateByRule().values()).containsOnly(0);
        // Before the closure's month was out, nothing of H8 was late yet.
        assertThat(AreaFigures.of("north", "Norr", Set.of(G), cases, AsOf.on(d(4, 30)), d(4, 1),
                RuleProfiles.defaults()).overdueByRule()).containsEntry(DeadlineRule.H7, 1)
                .containsEntry(DeadlineRule.H8, 0);

        AreaKeyFigures may31 = AreaFigures.of("north", "Norr", Set.of(G), cases, AsOf.on(d(5, 31)), d(5, 1),
                RuleProfiles.defaults());
        assertThat(may31.overdueByRule()).containsEntry(DeadlineRule.H7, 1).containsEntry(DeadlineRule.H8, 0);
        assertThat(may31.metLateByRule()).containsEntry(DeadlineRule.H8, 1).containsEntry(DeadlineRule.H7, 0);
    }

    @Test
    void casesOfOtherGroupsAreNotCounted() {
        AreaKeyFigures figures = AreaFigures.of("north", "Norr", Set.of("ekbacken"), fiveCases(), AsOf.on(d(4, 30)),
                d(4, 1), RuleProfiles.defaults());
        assertThat(figures.openCases()).isZero();
        assertThat(figures.shareWithBothContactPersons()).isNull();
    }

    @Test
    void manyCasesAddUpToTheSameFiguresAndListTheSameLateFactsWhateverTheOrderTheyAreReadIn() {
        List<CaseHistory> cases = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            // Each plan recorded two days after its date: late, and listed.
            History h = new History();
            LocalDate plan = d(3, 2).plusDays(i % 20);
            h.known(d(3, 1), new CaseOpened(h.caseId, G, CareProfile.HOME_CARE, d(3, 1)))
                    .known(d(3, 1), new ContactPersonAssigned(h.caseId, G, ContactRole.PRIMARY, "anna", d(3, 1), null))
                    .known(plan.plusDays(2), new PlanEstablished(h.caseId, G, 1, plan, "anna", 1));
            cases.add(h.history());
        }
        cases.addAll(fiveCases());
        List<CaseHistory> reversed = new ArrayList<>(cases);
        Collections.reverse(reversed);

        AreaKeyFigures inOrder = AreaFigures.of("north", "Norr", Set.of(G), cases, AsOf.on(d(4, 30)), d(3, 1),
                RuleProfiles.defaults());
        AreaKeyFigures backwards = AreaFigures.of("north", "Norr", Set.of(G), reversed, AsOf.on(d(4, 30)), d(3, 1),
                RuleProfiles.defaults());

        assertThat(inOrder.openCases()).isEqualTo(305);
        assertThat(inOrder.withBothContactPersons()).isEqualTo(3);
        assertThat(inOrder.daysAppointmentToVisit().count()).isEqualTo(5);
        assertThat(inOrder.countedLate().count()).isEqualTo(300);
        assertThat(inOrder.countedLate().first()).hasSize(AreaFigures.LISTED)
                .isSortedAccordingTo(Comparator.comparing(LateFact::knownOn));
        assertThat(backwards).isEqualTo(inOrder);
    }

    private AreaKeyFigures figures(AsOf asOf, LocalDate periodFrom) {
        return AreaFigures.of("north", "Norr", Set.of(G), fiveCases(), asOf, periodFrom, RuleProfiles.defaults());
    }

    private static DeadlineStageReached stage(History history, DeadlineRule rule, String occurrence,
                                              DeadlineStage stage, LocalDate reachedOn, LocalDate dueOn,
                                              LocalDate metOn, int daysOverdue) {
        return new DeadlineStageReached(history.caseId, G, rule, occurrence, stage, reachedOn, dueOn, List.of("anna"),
                stage == DeadlineStage.ESCALATED ? List.of("pia") : List.of(), metOn, daysOverdue, null);
    }

    private static LocalDate d(int month, int day) {
        return LocalDate.of(2026, month, day);
    }
}
