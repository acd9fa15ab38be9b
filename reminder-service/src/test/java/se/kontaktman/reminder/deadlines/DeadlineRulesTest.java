package se.kontaktman.reminder.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import se.kontaktman.events.CareProfile;
import se.kontaktman.events.ContactRole;
import se.kontaktman.events.IntegrationEvent;
import se.kontaktman.events.PublishedEvent;
import se.kontaktman.events.plan.FollowUpKind;
import se.kontaktman.events.reminder.CancellationReason;
import se.kontaktman.events.reminder.DeadlineRule;
import se.kontaktman.events.reminder.DeadlineStage;
import se.kontaktman.reminder.casefile.CaseFile;
import se.kontaktman.reminder.casefile.Facts;
import se.kontaktman.rules.CareStep;
import se.kontaktman.rules.RuleProfile;

/** Every deadline rule of the seeds, named after it, with dates at the edges. */
class DeadlineRulesTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    private static final String DEVICE = "7d1e2f30-4a5b-4c6d-8e9f-0a1b2c3d4e5f";
    /** Twelve digits in a row at its end: as the schema sees it, perhaps a personnummer. */
    private static final String DEVICE_WITH_DIGITS = "0c9b8a76-5d4e-4f3a-9b2c-198001011234";

    private static List<StageChange> of(List<StageChange> changes, DeadlineRule rule) {
        return changes.stream().filter(c -> c.rule() == rule).toList();
    }

    private static CaseScenario homeCareWithContactPersons(LocalDate on) {
        CaseScenario scenario = new CaseScenario(CareProfile.HOME_CARE).opened(on);
        scenario.assigned(ContactRole.PRIMARY, "anna", on);
        scenario.assigned(ContactRole.SUBSTITUTE, "bertil", on);
        return scenario;
    }

    // H1 ----------------------------------------------------------------------------------------

    @Test
    void h1_aCaseWithoutContactPersonsIsDueToThePlannersAWeekAfterOpeningThenEscalatedToTheAreaManager() {
        CaseScenario scenario = new CaseScenario(CareProfile.HOME_CARE).opened(MONDAY);

        List<StageChange> published = of(scenario.publishEachDay(MONDAY, MONDAY.plusDays(20)), DeadlineRule.H1);

        assertThat(published).extracting(StageChange::stage, StageChange::reachedOn, StageChange::daysOverdue)
                .containsExactly(tuple(DeadlineStage.UPCOMING, MONDAY.plusDays(4), 0),
                        tuple(DeadlineStage.DUE, MONDAY.plusDays(7), 0),
                        tuple(DeadlineStage.OVERDUE, MONDAY.plusDays(8), 1),
                        tuple(DeadlineStage.ESCALATED, MONDAY.plusDays(15), 8));
        assertThat(published.get(0).responsible()).containsExactly("per", "petra");
        assertThat(published.get(3).escalatedTo()).containsExactly("karin");
    }

    @Test
    void h1_isMetOnTheDayTheSecondContactPersonIsAssigned() {
        CaseScenario scenario = new CaseScenario(CareProfile.HOME_CARE).opened(MONDAY);
        scenario.assigned(ContactRole.PRIMARY, "anna", MONDAY.plusDays(2));
        scenario.assigned(ContactRole.SUBSTITUTE, "bertil", MONDAY.plusDays(9));

        List<StageChange> published = of(scenario.publishEachDay(MONDAY, MONDAY.plusDays(12)), DeadlineRule.H1);

        assertThat(published).extracting(StageChange::stage).containsExactly(DeadlineStage.UPCOMING,
                DeadlineStage.DUE, DeadlineStage.OVERDUE, DeadlineStage.MET);
        assertThat(published.get(3).metOn()).isEqualTo(MONDAY.plusDays(9));
        assertThat(published.get(3).daysOverdue()).as("met two days late").isEqualTo(2);
    }

    @Test
    void h1_countsFromTheCasesOpeningInTheSuiteNotFromABackdatedStart() {
        CaseScenario scenario = new CaseScenario(CareProfile.HOME_CARE).opened(MONDAY.minusMonths(3), MONDAY);

        assertThat(scenario.deadlines(MONDAY)).filteredOn(d -> d.rule() == DeadlineRule.H1)
                .extracting(Occurrence::dueOn).containsExactly(MONDAY.plusDays(7));
    }

    @Test
    void h1_aContactPersonWhoLeavesTheGroupLeavesAGapThatIsDueAWeekLater() {
        CaseScenario scenario = homeCareWithContactPersons(MONDAY);
        LocalDate left = MONDAY.plusMonths(2);
        scenario.staff.left.put("bertil", left);

        assertThat(scenario.deadlines(left)).filteredOn(d -> d.rule() == DeadlineRule.H1)
                .extracting(Occurrence::occurrence, Occurrence::dueOn, Occurrence::isOpen)
                .containsExactly(tuple("contact-persons-" + left, left.plusDays(7), true));
    }

    @Test
    void h1_theDayOfOpeningIsTakenInStockholmAcrossDaylightSaving() {
        // Summer time begins 2026-03-29 at 02:00; ends 2026-10-25 at 03:00. Just after midnight each day.
        assertThat(Facts.dateOf(java.time.Instant.parse("2026-03-28T23:30:00Z"))).isEqualTo(LocalDate.of(2026, 3, 29));
        assertThat(Facts.dateOf(java.time.Instant.parse("2026-03-29T22:30:00Z"))).isEqualTo(LocalDate.of(2026, 3, 30));
        assertThat(Facts.dateOf(java.time.Instant.parse("2026-10-24T22:30:00Z"))).isEqualTo(LocalDate.of(2026, 10, 25));
        assertThat(Facts.dateOf(java.time.Instant.parse("2026-10-25T22:30:00Z"))).isEqualTo(LocalDate.of(2026, 10, 25));
    }

    @Test
    void h1_aCaseRegisteredJustAfterMidnightAsSummerTimeBeginsIsDueAWeekFromThatDay() {
        // 00:30 in Stockholm on 2026-03-29 is still 28 March in UTC.
        CaseScenario scenario = new CaseScenario(CareProfile.HOME_CARE)
                .openedAt(java.time.Instant.parse("2026-03-28T23:30:00Z"), LocalDate.of(2026, 3, 29));

        assertThat(scenario.deadlines(LocalDate.of(2026, 3, 29))).filteredOn(d -> d.rule() == DeadlineRule.H1)
                .extracting(Occurrence::startsOn, Occurrence::dueOn)
                .containsExactly(tuple(LocalDate.of(2026, 3, 29), LocalDate.of(2026, 4, 5)));
    }

    // H2 ----------------------------------------------------------------------------------------

    @Test
    void h2_dueOnTheSeventhDayAfterTheAssignmentAndOverdueOnTheEighth() {
        CaseScenario scenario = homeCareWithContactPersons(MONDAY);

        List<StageChange> anna = scenario.publishEachDay(MONDAY, MONDAY.plusDays(8)).stream()
                .filter(c -> c.rule() == DeadlineRule.H2 && c.responsible().contains("anna")).toList();

        assertThat(anna).extracting(StageChange::stage, StageChange::reachedOn).containsExactly(
                tuple(DeadlineStage.UPCOMING, MONDAY.plusDays(4)), tuple(DeadlineStage.DUE, MONDAY.plusDays(7)),
                tuple(DeadlineStage.OVERDUE, MONDAY.plusDays(8)));
        assertThat(anna.get(2).escalatedTo()).containsExactly("per", "petra");
    }

    @Test
    void h2_aVisitOnTheSeventhDayIsOnTimeAndOnTheEighthOneDayLate() {
        CaseScenario onTime = homeCareWithContactPersons(MONDAY).visit("anna", MONDAY.plusDays(7));
        CaseScenario late = homeCareWithContactPersons(MONDAY).visit("anna", MONDAY.plusDays(8));

        StageChange met = onTime.publishOn(MONDAY.plusDays(9)).stream()
                .filter(c -> c.rule() == DeadlineRule.H2 && c.stage() == DeadlineStage.MET).findFirst().orElseThrow();
        StageChange metLate = late.publishOn(MONDAY.plusDays(9)).stream()
                .filter(c -> c.rule() == DeadlineRule.H2 && c.stage() == DeadlineStage.MET).findFirst().orElseThrow();

        assertThat(met.daysOverdue()).isZero();
        assertThat(metLate.daysOverdue()).isEqualTo(1);
        assertThat(metLate.metOn()).isEqualTo(MONDAY.plusDays(8));
    }

    @Test
    void h2_theErsattarePresentsThemselfToo() {
        CaseScenario scenario = homeCareWithContactPersons(MONDAY).visit("anna", MONDAY.plusDays(3));

        assertThat(scenario.deadlines(MONDAY.plusDays(3))).filteredOn(d -> d.rule() == DeadlineRule.H2 && d.isOpen())
                .extracting(Occurrence::responsible).containsExactly(List.of("bertil"));
    }

    @Test
    void h2_aNewOrdinarieHasADeadlineOfTheirOwnAndTheOldOneIsCancelledAsReassignedOnceAnnounced() {
        CaseScenario scenario = homeCareWithContactPersons(MONDAY);
        scenario.assigned(ContactRole.PRIMARY, "cecilia", MONDAY.plusDays(5));

        List<StageChange> h2 = of(scenario.publishEachDay(MONDAY, MONDAY.plusDays(5)), DeadlineRule.H2);

        assertThat(h2).filteredOn(c -> c.responsible().contains("anna"))
                .extracting(StageChange::stage, StageChange::cancellationReason)
                .containsExactly(tuple(DeadlineStage.UPCOMING, null),
                        tuple(DeadlineStage.CANCELLED, CancellationReason.REASSIGNED));
        assertThat(scenario.deadlines(MONDAY.plusDays(5)))
                // Named after the assignment, not its event's id: a UUID's digits may look like a personnummer.
                .filteredOn(d -> d.occurrence().equals("introduction~PRIMARY-cecilia-" + MONDAY.plusDays(5)))
                .extracting(Occurrence::dueOn).containsExactly(MONDAY.plusDays(12));
    }

    @Test
    void h2_aContactPersonWhoLeavesTheGroupNoLongerHasToPresentThemself() {
        CaseScenario scenario = homeCareWithContactPersons(MONDAY);
        scenario.staff.left.put("anna", MONDAY.plusDays(5));

        List<StageChange> anna = scenario.publishEachDay(MONDAY, MONDAY.plusDays(10)).stream()
                .filter(c -> c.rule() == DeadlineRule.H2 && c.responsible().contains("anna")).toList();

        assertThat(anna).extracting(StageChange::stage, StageChange::cancellationReason).containsExactly(
                tuple(DeadlineStage.UPCOMING, null), tuple(DeadlineStage.CANCELLED, CancellationReason.NO_LONGER_APPLIES));
    }

    @Test
    void h2_anAssignmentOnTheLastDayOfAMonthIsDueSevenDaysLaterInTheNext() {
        CaseScenario scenario = homeCareWithContactPersons(LocalDate.of(2026, 1, 31));

        assertThat(scenario.deadlines(LocalDate.of(2026, 1, 31))).filteredOn(d -> d.rule() == DeadlineRule.H2)
                .extracting(Occurrence::dueOn).containsOnly(LocalDate.of(2026, 2, 7));
    }

    // H3 ----------------------------------------------------------------------------------------

    @Test
    void h3_thePlanIsDueThreeWeeksAfterTheFirstIntroductionVisitAndMetByItsFirstVersion() {
        LocalDate visit = MONDAY.plusDays(3);
        CaseScenario scenario = homeCareWithContactPersons(MONDAY).visit("anna", visit).plan(1, visit.plusDays(23));

        List<StageChange> h3 = of(scenario.publishEachDay(MONDAY, visit.plusDays(24)), DeadlineRule.H3);

        assertThat(h3).extracting(StageChange::stage).containsExactly(DeadlineStage.UPCOMING, DeadlineStage.DUE,
                DeadlineStage.OVERDUE, DeadlineStage.MET);
        assertThat(h3.get(1).dueOn()).isEqualTo(visit.plusDays(21));
        assertThat(h3.get(3).daysOverdue()).as("met two days late").isEqualTo(2);
        assertThat(h3).allSatisfy(c -> assertThat(c.responsible()).containsExactly("anna"));
    }

    @Test
    void h3_movesToANewOrdinarieWithTheSameDueDate() {
        LocalDate visit = MONDAY.plusDays(3);
        CaseScenario scenario = homeCareWithContactPersons(MONDAY).visit("anna", visit);
        LocalDate replaced = visit.plusDays(20);
        scenario.assigned(ContactRole.PRIMARY, "cecilia", replaced);

        List<StageChange> h3 = of(scenario.publishEachDay(MONDAY, replaced.plusDays(2)), DeadlineRule.H3);

        assertThat(h3).extracting(StageChange::responsible, StageChange::stage, StageChange::reachedOn).containsExactly(
                tuple(List.of("anna"), DeadlineStage.UPCOMING, visit.plusDays(18)),
                tuple(List.of("anna"), DeadlineStage.CANCELLED, replaced),
                tuple(List.of("cecilia"), DeadlineStage.UPCOMING, replaced),
                tuple(List.of("cecilia"), DeadlineStage.DUE, visit.plusDays(21)),
                tuple(List.of("cecilia"), DeadlineStage.OVERDUE, visit.plusDays(22)));
        assertThat(h3.get(2).occurrence()).isEqualTo("plan~PRIMARY-cecilia-" + replaced);
    }

    // H4 ----------------------------------------------------------------------------------------

    @Test
    void h4_aPlanOn31AugustIsFollowedUpBy28February() {
        LocalDate plan = LocalDate.of(2026, 8, 31);
        CaseScenario scenario = homeCareWithContactPersons(plan.minusDays(30)).visit("anna", plan.minusDays(20))
                .plan(1, plan);

        assertThat(scenario.deadlines(plan)).filteredOn(d -> d.rule() == DeadlineRule.H4)
                .extracting(Occurrence::dueOn).containsExactly(LocalDate.of(2027, 2, 28));
    }

    @Test
    void h4_andInALeapYearBy29February() {
        LocalDate plan = LocalDate.of(2027, 8, 31);
        CaseScenario scenario = homeCareWithContactPersons(plan.minusDays(30)).visit("anna", plan.minusDays(20))
                .plan(1, plan);

        assertThat(scenario.deadlines(plan)).filteredOn(d -> d.rule() == DeadlineRule.H4)
                .extracting(Occurrence::dueOn).containsExactly(LocalDate.of(2028, 2, 29));
    }

    @Test
    void h4_aFollowUpDueToExtensiveChangeAlsoRestartsTheSixMonths() {
        LocalDate plan = LocalDate.of(2026, 4, 10);
        LocalDate change = LocalDate.of(2026, 7, 14);
        CaseScenario scenario = homeCareWithContactPersons(plan.minusDays(30)).visit("anna", plan.minusDays(20))
                .plan(1, plan).followUp(change, FollowUpKind.EXTENSIVE_CHANGE);

        assertThat(scenario.deadlines(change)).filteredOn(d -> d.rule() == DeadlineRule.H4)
                .extracting(Occurrence::dueOn, Occurrence::ending, Occurrence::metOn)
                .containsExactly(tuple(LocalDate.of(2026, 10, 10), Occurrence.Ending.MET, change),
                        tuple(LocalDate.of(2027, 1, 14), null, null));
    }

    @Test
    void h4_aNewVersionOfThePlanRestartsTheSixMonthsToo() {
        LocalDate plan = LocalDate.of(2026, 1, 10);
        CaseScenario scenario = homeCareWithContactPersons(plan.minusDays(30)).visit("anna", plan.minusDays(20))
                .plan(1, plan).plan(2, LocalDate.of(2026, 3, 1));

        assertThat(scenario.deadlines(LocalDate.of(2026, 3, 1))).filteredOn(d -> d.rule() == DeadlineRule.H4 && d.isOpen())
                .extracting(Occurrence::dueOn).containsExactly(LocalDate.of(2026, 9, 1));
    }

    // H5 ----------------------------------------------------------------------------------------

    @Test
    void h5_aPlanInPlaceWhenTheWindowOpensIsCheckedByItsEndOrOverdueTheDayAfter() {
        LocalDate plan = LocalDate.of(2026, 3, 10);
        CaseScenario scenario = homeCareWithContactPersons(LocalDate.of(2026, 2, 1)).visit("anna", LocalDate.of(2026, 2, 5))
                .plan(1, plan);

        List<StageChange> h5 = of(scenario.publishEachDay(plan, LocalDate.of(2026, 6, 1)), DeadlineRule.H5);

        assertThat(h5).extracting(StageChange::stage, StageChange::reachedOn, StageChange::dueOn).containsExactly(
                tuple(DeadlineStage.UPCOMING, LocalDate.of(2026, 5, 28), LocalDate.of(2026, 5, 31)),
                tuple(DeadlineStage.DUE, LocalDate.of(2026, 5, 31), LocalDate.of(2026, 5, 31)),
                tuple(DeadlineStage.OVERDUE, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 5, 31)));
    }

    @Test
    void h5_isMetByTheCheckWithItsBookedFollowUpOrByAFollowUpInTheWindow() {
        LocalDate plan = LocalDate.of(2026, 3, 10);
        CaseScenario scenario = homeCareWithContactPersons(LocalDate.of(2026, 2, 1)).visit("anna", LocalDate.of(2026, 2, 5))
                .plan(1, plan)
                .check(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 5, 31), LocalDate.of(2026, 4, 20))
                .followUp(LocalDate.of(2026, 11, 2), FollowUpKind.SCHEDULED);

        assertThat(scenario.deadlines(LocalDate.of(2026, 11, 23))).filteredOn(d -> d.rule() == DeadlineRule.H5)
                .extracting(d -> d.occurrence().substring(0, 16), Occurrence::metOn)
                .containsExactly(tuple("check-2026-04-01", LocalDate.of(2026, 4, 20)),
                        tuple("check-2026-10-01", LocalDate.of(2026, 11, 2)),
                        tuple("check-2027-04-01", null));
    }

    @Test
    void h5_aPlanEstablishedOnTheLastDayOfAWindowIsFirstCheckedInTheNextWindow() {
        LocalDate plan = LocalDate.of(2026, 5, 31);
        CaseScenario scenario = homeCareWithContactPersons(LocalDate.of(2026, 5, 1)).visit("anna", LocalDate.of(2026, 5, 5))
                .plan(1, plan);

        assertThat(scenario.deadlines(plan)).filteredOn(d -> d.rule() == DeadlineRule.H5)
                .extracting(Occurrence::dueOn).containsExactly(LocalDate.of(2026, 11, 30));
    }

    @Test
    void h5_anOrdinarieAssignedOnTheLastDayOfAWindowTakesOverItsCheck() {
        LocalDate plan = LocalDate.of(2026, 3, 10);
        CaseScenario scenario = homeCareWithContactPersons(LocalDate.of(2026, 2, 1)).visit("anna", LocalDate.of(2026, 2, 5))
                .plan(1, plan);
        scenario.assigned(ContactRole.PRIMARY, "cecilia", LocalDate.of(2026, 5, 31));

        List<StageChange> h5 = of(scenario.publishEachDay(plan, LocalDate.of(2026, 6, 1)), DeadlineRule.H5);

        assertThat(h5).extracting(StageChange::responsible, StageChange::stage).containsExactly(
                tuple(List.of("anna"), DeadlineStage.UPCOMING), tuple(List.of("anna"), DeadlineStage.CANCELLED),
                tuple(List.of("cecilia"), DeadlineStage.DUE), tuple(List.of("cecilia"), DeadlineStage.OVERDUE));
        assertThat(h5.get(2).occurrence()).endsWith("~PRIMARY-cecilia-2026-05-31");
    }

    @Test
    void h5_theNextWindowIsKnownAsSoonAsThePlanIs() {
        LocalDate plan = LocalDate.of(2026, 6, 10);
        // Risks assessed with the plan: H7's week would otherwise come first.
        CaseScenario scenario = homeCareWithContactPersons(LocalDate.of(2026, 5, 1)).visit("anna", LocalDate.of(2026, 5, 5))
                .plan(1, plan).risksAssessed(plan);

        assertThat(scenario.nextTransition(plan)).contains(LocalDate.of(2026, 11, 27));
    }

    @Test
    void h5_lssHasNoSeasonalCheck() {
        CaseScenario scenario = new CaseScenario(CareProfile.LSS).opened(LocalDate.of(2026, 2, 1))
                .arrival(LocalDate.of(2026, 2, 3)).plan(1, LocalDate.of(2026, 2, 10));

        assertThat(scenario.deadlines(LocalDate.of(2026, 6, 1))).noneMatch(d -> d.rule() == DeadlineRule.H5);
    }

    // L1, L3 ------------------------------------------------------------------------------------

    @Test
    void l1_theArrivalConversationIsDueTwoWeeksAfterTheStart() {
        CaseScenario scenario = new CaseScenario(CareProfile.LSS).opened(MONDAY);
        scenario.assigned(ContactRole.PRIMARY, "anna", MONDAY);

        assertThat(scenario.deadlines(MONDAY)).filteredOn(d -> d.rule() == DeadlineRule.L1)
                .extracting(Occurrence::dueOn).containsExactly(MONDAY.plusWeeks(2));
    }

    @Test
    void l1_isMetByTheArrivalConversation() {
        CaseScenario scenario = new CaseScenario(CareProfile.LSS).opened(MONDAY).arrival(MONDAY.plusDays(15));
        scenario.assigned(ContactRole.PRIMARY, "anna", MONDAY);

        assertThat(scenario.deadlines(MONDAY.plusDays(20))).filteredOn(d -> d.rule() == DeadlineRule.L1)
                .extracting(Occurrence::ending, Occurrence::metOn)
                .containsExactly(tuple(Occurrence.Ending.MET, MONDAY.plusDays(15)));
        assertThat(scenario.publishOn(MONDAY.plusDays(20))).filteredOn(c -> c.rule() == DeadlineRule.L1)
                .extracting(StageChange::stage, StageChange::daysOverdue).containsExactly(
                        tuple(DeadlineStage.UPCOMING, 0), tuple(DeadlineStage.DUE, 0), tuple(DeadlineStage.MET, 1));
    }

    @Test
    void l1_aCaseOpenedInTheSuiteLongAfterItsStartCountsFromItsOpening() {
        CaseScenario scenario = new CaseScenario(CareProfile.LSS).opened(MONDAY.minusYears(2), MONDAY);

        assertThat(scenario.deadlines(MONDAY)).filteredOn(d -> d.rule() == DeadlineRule.L1)
                .extracting(Occurrence::dueOn).containsExactly(MONDAY.plusWeeks(2));
    }

    @Test
    void l3_aPlanMeetingWithinAYearOfThePlanOrTheLastMeeting() {
        LocalDate plan = LocalDate.of(2028, 2, 29);
        CaseScenario scenario = new CaseScenario(CareProfile.LSS).opened(plan.minusDays(20))
                .arrival(plan.minusDays(18)).plan(1, plan).meeting(LocalDate.of(2028, 11, 1));

        assertThat(scenario.deadlines(LocalDate.of(2028, 11, 1))).filteredOn(d -> d.rule() == DeadlineRule.L3)
                .extracting(Occurrence::dueOn, Occurrence::ending)
                .containsExactly(tuple(LocalDate.of(2029, 2, 28), Occurrence.Ending.MET),
                        tuple(LocalDate.of(2029, 11, 1), null));
    }

    // H7 ----------------------------------------------------------------------------------------

    private static CaseScenario homeCareWithAPlan(LocalDate plan) {
        return homeCareWithContactPersons(plan.minusDays(20)).visit("anna", plan.minusDays(18))
                .visit("bertil", plan.minusDays(17)).plan(1, plan);
    }

    @Test
    void h7_aRiskAssessmentIsDueAWeekAfterThePlansFirstVersion() {
        LocalDate plan = LocalDate.of(2026, 3, 12);
        CaseScenario scenario = homeCareWithAPlan(plan);

        List<StageChange> h7 = of(scenario.publishEachDay(plan, plan.plusDays(15)), DeadlineRule.H7);

        assertThat(h7).extracting(StageChange::stage, StageChange::reachedOn, StageChange::dueOn,
                StageChange::daysOverdue).containsExactly(
                tuple(DeadlineStage.UPCOMING, plan.plusDays(4), plan.plusDays(7), 0),
                tuple(DeadlineStage.DUE, plan.plusDays(7), plan.plusDays(7), 0),
                tuple(DeadlineStage.OVERDUE, plan.plusDays(8), plan.plusDays(7), 1),
                tuple(DeadlineStage.ESCALATED, plan.plusDays(15), plan.plusDays(7), 8));
        assertThat(h7).allSatisfy(c -> assertThat(c.responsible()).containsExactly("anna"));
        assertThat(h7.get(2).escalatedTo()).containsExactly("per", "petra");
        assertThat(h7.get(3).escalatedTo()).containsExactly("per", "petra", "karin");
        assertThat(h7.get(0).occurrence()).isEqualTo("risk-assessment-after-" + plan + "~PRIMARY-anna-"
                + plan.minusDays(20));
    }

    @Test
    void h7_isMetByAnAssessmentOnTheSeventhDayOnTimeAndOnTheEighthADayLate() {
        LocalDate plan = LocalDate.of(2026, 3, 12);
        CaseScenario onTime = homeCareWithAPlan(plan).risksAssessed(plan.plusDays(7));
        CaseScenario late = homeCareWithAPlan(plan).risksAssessed(plan.plusDays(8));

        assertThat(of(onTime.publishOn(plan.plusDays(9)), DeadlineRule.H7)).extracting(StageChange::stage,
                StageChange::metOn, StageChange::daysOverdue).as("met on its due day: never due")
                .containsExactly(tuple(DeadlineStage.UPCOMING, null, 0), tuple(DeadlineStage.MET, plan.plusDays(7), 0));
        assertThat(of(late.publishOn(plan.plusDays(9)), DeadlineRule.H7)).filteredOn(c -> c.stage() == DeadlineStage.MET)
                .extracting(StageChange::metOn, StageChange::daysOverdue).containsExactly(tuple(plan.plusDays(8), 1));
    }

    @Test
    void h7_onlyThePlansFirstVersionMakesOneDue() {
        LocalDate plan = LocalDate.of(2026, 3, 12);
        CaseScenario scenario = homeCareWithAPlan(plan).risksAssessed(plan.plusDays(2)).plan(2, plan.plusDays(30));

        assertThat(scenario.deadlines(plan.plusDays(60))).filteredOn(d -> d.rule() == DeadlineRule.H7)
                .extracting(Occurrence::dueOn, Occurrence::ending, Occurrence::metOn)
                .containsExactly(tuple(plan.plusDays(7), Occurrence.Ending.MET, plan.plusDays(2)));
    }

    @Test
    void h7_aFollowUpMakesANewAssessmentDue() {
        LocalDate plan = LocalDate.of(2026, 3, 12);
        LocalDate change = LocalDate.of(2026, 7, 14);
        CaseScenario scenario = homeCareWithAPlan(plan).risksAssessed(plan.plusDays(2))
                .followUp(change, FollowUpKind.EXTENSIVE_CHANGE);

        assertThat(scenario.deadlines(change)).filteredOn(d -> d.rule() == DeadlineRule.H7)
                .extracting(Occurrence::startsOn, Occurrence::dueOn, Occurrence::ending, Occurrence::responsible)
                .containsExactly(tuple(plan, plan.plusDays(7), Occurrence.Ending.MET, List.of("anna")),
                        tuple(change, change.plusDays(7), null, List.of("anna")));
    }

    @Test
    void h7_anAssessmentOnTheFollowUpsDayMeetsIt() {
        LocalDate plan = LocalDate.of(2026, 3, 12);
        LocalDate followUp = LocalDate.of(2026, 9, 7);
        CaseScenario onTheDay = homeCareWithAPlan(plan).risksAssessed(plan).followUp(followUp, FollowUpKind.SCHEDULED)
                .risksAssessed(followUp);
        CaseScenario theDayBefore = homeCareWithAPlan(plan).risksAssessed(plan)
                .followUp(followUp, FollowUpKind.SCHEDULED).risksAssessed(followUp.minusDays(1));
        String afterTheFollowUp = "risk-assessment-after-" + followUp + "~";

        assertThat(of(onTheDay.publishOn(followUp), DeadlineRule.H7))
                .filteredOn(c -> c.occurrence().startsWith(afterTheFollowUp))
                .extracting(StageChange::stage, StageChange::metOn, StageChange::daysOverdue)
                .containsExactly(tuple(DeadlineStage.MET, followUp, 0));
        assertThat(theDayBefore.deadlines(followUp)).filteredOn(d -> d.rule() == DeadlineRule.H7
                        && d.occurrence().startsWith(afterTheFollowUp))
                .extracting(Occurrence::dueOn, Occurrence::isOpen).containsExactly(tuple(followUp.plusDays(7), true));
    }

    @Test
    void h7_aFollowUpBeforeAnOverdueAssessmentLeavesItOverdueAndOneAssessmentMeetsBoth() {
        LocalDate plan = LocalDate.of(2026, 3, 12);
        LocalDate followUp = plan.plusDays(20);
        CaseScenario scenario = homeCareWithAPlan(plan).followUp(followUp, FollowUpKind.EXTENSIVE_CHANGE)
                .risksAssessed(followUp.plusDays(3));

        assertThat(scenario.deadlines(followUp.plusDays(3))).filteredOn(d -> d.rule() == DeadlineRule.H7)
                .extracting(Occurrence::dueOn, Occurrence::metOn)
                .containsExactly(tuple(plan.plusDays(7), followUp.plusDays(3)),
                        tuple(followUp.plusDays(7), followUp.plusDays(3)));
    }

    @Test
    void h7_aPlanMeetingMakesOneDueWhereTheProfileAssessesRisks() {
        RuleProfile lss = RuleProfile.defaults(CareProfile.LSS);
        Set<CareStep> steps = EnumSet.copyOf(lss.steps());
        steps.add(CareStep.RISK_ASSESSMENT);
        LocalDate plan = LocalDate.of(2026, 3, 12);
        LocalDate meeting = LocalDate.of(2027, 2, 26);
        CaseScenario scenario = new CaseScenario(CareProfile.LSS).profile(lss.withSteps(steps))
                .opened(plan.minusDays(20)).arrival(plan.minusDays(18)).plan(1, plan).risksAssessed(plan.plusDays(1))
                .meeting(meeting);
        scenario.assigned(ContactRole.PRIMARY, "anna", plan.minusDays(20));

        assertThat(scenario.deadlines(meeting)).filteredOn(d -> d.rule() == DeadlineRule.H7)
                .extracting(Occurrence::dueOn, Occurrence::isOpen)
                .containsExactly(tuple(plan.plusDays(7), false), tuple(LocalDate.of(2027, 3, 5), true));
    }

    @Test
    void h7_notInAnLssCaseByDefault() {
        CaseScenario scenario = new CaseScenario(CareProfile.LSS).opened(LocalDate.of(2026, 2, 1))
                .arrival(LocalDate.of(2026, 2, 3)).plan(1, LocalDate.of(2026, 2, 10))
                .followUp(LocalDate.of(2026, 5, 4), FollowUpKind.SCHEDULED).meeting(LocalDate.of(2026, 6, 1));
        scenario.assigned(ContactRole.PRIMARY, "anna", LocalDate.of(2026, 2, 1));

        assertThat(scenario.deadlines(LocalDate.of(2026, 7, 1))).noneMatch(d -> d.rule() == DeadlineRule.H7);
    }

    @Test
    void h7_notBeforeThereIsAPlan() {
        CaseScenario scenario = homeCareWithContactPersons(MONDAY).visit("anna", MONDAY.plusDays(2));

        assertThat(scenario.deadlines(MONDAY.plusMonths(2))).noneMatch(d -> d.rule() == DeadlineRule.H7);
    }

    @Test
    void h7_movesToANewOrdinarieWithTheSameDueDate() {
        LocalDate plan = LocalDate.of(2026, 3, 12);
        CaseScenario scenario = homeCareWithAPlan(plan);
        scenario.assigned(ContactRole.PRIMARY, "cecilia", plan.plusDays(3));

        assertThat(scenario.deadlines(plan.plusDays(3))).filteredOn(d -> d.rule() == DeadlineRule.H7 && d.isOpen())
                .extracting(Occurrence::responsible, Occurrence::dueOn)
                .containsExactly(tuple(List.of("cecilia"), plan.plusDays(7)));
    }

    @Test
    void h7_closureCancelsWhatWasAnnounced() {
        LocalDate plan = LocalDate.of(2026, 3, 12);
        CaseScenario scenario = homeCareWithAPlan(plan);
        scenario.publishEachDay(plan, plan.plusDays(5));
        scenario.closed(plan.plusDays(6));

        assertThat(of(scenario.publishOn(plan.plusDays(30)), DeadlineRule.H7))
                .extracting(StageChange::stage, StageChange::reachedOn, StageChange::cancellationReason)
                .containsExactly(tuple(DeadlineStage.CANCELLED, plan.plusDays(6), CancellationReason.CASE_CLOSED));
    }

    // H8 ----------------------------------------------------------------------------------------

    @Test
    void h8_aDeviceNotReturnedIsDueAMonthAfterClosure() {
        LocalDate closed = LocalDate.of(2026, 6, 12);
        CaseScenario scenario = homeCareWithContactPersons(MONDAY).closed(closed).devicesToBeReturned(closed, DEVICE);

        List<StageChange> h8 = of(scenario.publishEachDay(closed, LocalDate.of(2026, 7, 31)), DeadlineRule.H8);

        assertThat(h8).extracting(StageChange::stage, StageChange::reachedOn, StageChange::dueOn).containsExactly(
                tuple(DeadlineStage.UPCOMING, LocalDate.of(2026, 7, 9), LocalDate.of(2026, 7, 12)),
                tuple(DeadlineStage.DUE, LocalDate.of(2026, 7, 12), LocalDate.of(2026, 7, 12)),
                tuple(DeadlineStage.OVERDUE, LocalDate.of(2026, 7, 13), LocalDate.of(2026, 7, 12)),
                tuple(DeadlineStage.ESCALATED, LocalDate.of(2026, 7, 20), LocalDate.of(2026, 7, 12)));
        assertThat(h8).allSatisfy(c -> assertThat(c.responsible()).as("the last ordinarie").containsExactly("anna"));
        assertThat(h8.get(2).escalatedTo()).containsExactly("per", "petra");
        assertThat(h8.get(3).escalatedTo()).containsExactly("per", "petra", "karin");
    }

    @Test
    void h8_aMonthAfterTheLastDayOfJanuaryIsTheLastDayOfFebruaryLeapYearOrNot() {
        for (LocalDate closed : List.of(LocalDate.of(2027, 1, 31), LocalDate.of(2028, 1, 31))) {
            CaseScenario scenario = homeCareWithContactPersons(MONDAY).closed(closed).devicesToBeReturned(closed, DEVICE);

            assertThat(scenario.deadlines(closed)).filteredOn(d -> d.rule() == DeadlineRule.H8)
                    .extracting(Occurrence::dueOn).containsExactly(closed.plusDays(closed.getYear() == 2028 ? 29 : 28));
        }
    }

    @Test
    void h8_aReturnMeetsIt() {
        LocalDate closed = LocalDate.of(2026, 6, 12);
        CaseScenario scenario = homeCareWithContactPersons(MONDAY).closed(closed)
                .devicesToBeReturned(closed, DEVICE, DEVICE_WITH_DIGITS).deviceReturned(DEVICE, closed.plusDays(10))
                .deviceReturned(DEVICE_WITH_DIGITS, closed.plusMonths(1).plusDays(2));

        List<StageChange> h8 = of(scenario.publishEachDay(closed, closed.plusMonths(2)), DeadlineRule.H8);

        assertThat(h8).filteredOn(c -> c.occurrence().startsWith("return-device-" + DeadlineRules.deviceKey(DEVICE)))
                .extracting(StageChange::stage, StageChange::reachedOn, StageChange::metOn, StageChange::daysOverdue)
                .containsExactly(tuple(DeadlineStage.MET, closed.plusDays(10), closed.plusDays(10), 0));
        assertThat(h8).filteredOn(c -> c.occurrence().startsWith("return-device-"
                        + DeadlineRules.deviceKey(DEVICE_WITH_DIGITS)))
                .extracting(StageChange::stage, StageChange::metOn, StageChange::daysOverdue)
                .containsExactly(tuple(DeadlineStage.UPCOMING, null, 0), tuple(DeadlineStage.DUE, null, 0),
                        tuple(DeadlineStage.OVERDUE, null, 1), tuple(DeadlineStage.MET, closed.plusMonths(1).plusDays(2), 2));
        assertThat(scenario.nextTransition(closed.plusMonths(2))).isEmpty();
    }

    @Test
    void h8_closureDoesNotCancelIt() {
        LocalDate plan = LocalDate.of(2026, 3, 12);
        LocalDate closed = LocalDate.of(2026, 6, 12);
        CaseScenario scenario = homeCareWithAPlan(plan);
        scenario.publishEachDay(plan, closed.minusDays(1));
        scenario.closed(closed).devicesToBeReturned(closed, DEVICE);

        List<StageChange> afterClosure = scenario.publishEachDay(closed, closed.plusMonths(1));

        assertThat(afterClosure).filteredOn(c -> c.stage() == DeadlineStage.CANCELLED)
                .extracting(StageChange::rule, StageChange::cancellationReason)
                .containsOnly(tuple(DeadlineRule.H7, CancellationReason.CASE_CLOSED),
                        tuple(DeadlineRule.H5, CancellationReason.CASE_CLOSED));
        assertThat(of(afterClosure, DeadlineRule.H8)).extracting(StageChange::stage)
                .containsExactly(DeadlineStage.UPCOMING, DeadlineStage.DUE);
        assertThat(scenario.nextTransition(closed)).as("the case comes back on the agenda for it")
                .contains(closed.plusMonths(1).minusDays(3));
    }

    @Test
    void h8_aClosingDayHeardEarlierFromAssignmentServiceDoesNotKeepItFromStarting() {
        LocalDate closed = LocalDate.of(2026, 6, 12);
        CaseScenario scenario = homeCareWithContactPersons(MONDAY).closed(closed.minusDays(2))
                .devicesToBeReturned(closed, DEVICE);

        assertThat(scenario.deadlines(closed)).filteredOn(d -> d.rule() == DeadlineRule.H8)
                .extracting(Occurrence::startsOn, Occurrence::dueOn, Occurrence::isOpen)
                .containsExactly(tuple(closed, closed.plusMonths(1), true));
    }

    @Test
    void h8_theOrdinarieOfTheClosingDayAnswersForItNotOneAssignedFromALaterDay() {
        LocalDate closed = LocalDate.of(2026, 6, 12);
        CaseScenario scenario = homeCareWithContactPersons(MONDAY);
        scenario.assigned(ContactRole.PRIMARY, "cecilia", closed.plusDays(3));
        scenario.closed(closed).devicesToBeReturned(closed, DEVICE);

        assertThat(scenario.deadlines(closed.plusDays(10))).filteredOn(d -> d.rule() == DeadlineRule.H8)
                .extracting(Occurrence::occurrence, Occurrence::responsible, Occurrence::isOpen)
                .containsExactly(tuple("return-device-ndheifjg-kalb-kcmd-oepf-gahbicjdkelf~PRIMARY-anna-" + MONDAY,
                        List.of("anna"), true));
    }

    @Test
    void h8_eachDeviceHasADeadlineOfItsOwnNamedWithoutARunOfDigits() {
        LocalDate closed = LocalDate.of(2026, 6, 12);
        CaseScenario scenario = homeCareWithContactPersons(MONDAY).closed(closed)
                .devicesToBeReturned(closed, DEVICE, DEVICE_WITH_DIGITS);

        List<String> names = scenario.deadlines(closed).stream().filter(d -> d.rule() == DeadlineRule.H8)
                .map(Occurrence::occurrence).toList();

        assertThat(names).hasSize(2).doesNotHaveDuplicates()
                .allSatisfy(name -> assertThat(name).matches("^[A-Za-z0-9][A-Za-z0-9:~._-]{0,199}$")
                        .doesNotContainPattern("[0-9]{10,}"));
        assertThat(DeadlineRules.deviceKey(DEVICE_WITH_DIGITS)).isEqualTo("gcpboanm-ldke-kfja-pbic-hpogghghhijk");
    }

    @Test
    void h8_devicesAndRiskAssessmentsHeardInAnyOrderAndTwiceGiveTheSameDeadlines() {
        LocalDate plan = LocalDate.of(2026, 3, 12);
        LocalDate closed = LocalDate.of(2026, 6, 12);
        CaseScenario scenario = homeCareWithAPlan(plan).risksAssessed(plan.plusDays(9))
                .followUp(LocalDate.of(2026, 5, 4), FollowUpKind.SCHEDULED).risksAssessed(LocalDate.of(2026, 5, 4))
                .closed(closed).devicesToBeReturned(closed, DEVICE, DEVICE_WITH_DIGITS)
                .deviceReturned(DEVICE, closed.plusDays(40));
        LocalDate today = closed.plusDays(50);
        List<Occurrence> inOrder = scenario.deadlines(today);
        assertThat(inOrder).filteredOn(d -> d.rule() == DeadlineRule.H7 || d.rule() == DeadlineRule.H8).hasSize(4);

        Random random = new Random(8);
        for (int round = 0; round < 20; round++) {
            List<PublishedEvent<IntegrationEvent>> shuffled = new ArrayList<>(scenario.events);
            shuffled.addAll(scenario.events.subList(0, random.nextInt(scenario.events.size())));
            Collections.shuffle(shuffled, random);
            scenario.file = scenario.replayed(shuffled);
            assertThat(scenario.deadlines(today)).as("round " + round).containsExactlyInAnyOrderElementsOf(inOrder);
        }
    }

    // Closure, and facts in any order -----------------------------------------------------------

    @Test
    void aClosedCaseCancelsWhatWasAnnouncedAndEndsTheRestSilently() {
        CaseScenario scenario = homeCareWithContactPersons(MONDAY);
        scenario.publishEachDay(MONDAY, MONDAY.plusDays(5));
        scenario.closed(MONDAY.plusDays(6));

        List<StageChange> published = scenario.publishOn(MONDAY.plusDays(30));

        assertThat(published).extracting(StageChange::rule, StageChange::stage, StageChange::cancellationReason)
                .containsOnly(tuple(DeadlineRule.H2, DeadlineStage.CANCELLED, CancellationReason.CASE_CLOSED));
        assertThat(scenario.nextTransition(MONDAY.plusDays(30))).isEmpty();
    }

    @Test
    void aReplacementDatedAfterTheClosureStartsNoDeadline() {
        CaseScenario scenario = homeCareWithContactPersons(MONDAY).visit("anna", MONDAY.plusDays(2))
                .visit("bertil", MONDAY.plusDays(2)).closed(MONDAY.plusDays(10));
        scenario.assigned(ContactRole.PRIMARY, "cecilia", MONDAY.plusDays(12));

        assertThat(scenario.deadlines(MONDAY.plusDays(40))).noneMatch(d -> d.responsible().contains("cecilia"))
                .allMatch(d -> !d.isOpen());
        assertThat(scenario.publishEachDay(MONDAY, MONDAY.plusDays(40)))
                .noneMatch(c -> c.responsible().contains("cecilia"));
    }

    @Test
    void h3_aVisitHeardLateThatWasHeldEarlierMovesTheDueDateOfTheSameDeadline() {
        CaseScenario scenario = homeCareWithContactPersons(MONDAY).visit("anna", MONDAY.plusDays(5));
        List<Occurrence> before = scenario.deadlines(MONDAY.plusDays(6)).stream()
                .filter(d -> d.rule() == DeadlineRule.H3).toList();
        scenario.visit("bertil", MONDAY.plusDays(2));

        assertThat(scenario.deadlines(MONDAY.plusDays(6))).filteredOn(d -> d.rule() == DeadlineRule.H3)
                .extracting(Occurrence::occurrence, Occurrence::dueOn)
                .containsExactly(tuple(before.get(0).occurrence(), MONDAY.plusDays(2 + 21)));
    }

    @Test
    void h5_windowsListedOutOfCalendarOrderGiveTheSameChecksAndNoWindowsNone() {
        LocalDate plan = LocalDate.of(2026, 3, 10);
        CaseScenario scenario = homeCareWithContactPersons(LocalDate.of(2026, 2, 1)).visit("anna", LocalDate.of(2026, 2, 5))
                .plan(1, plan);
        LocalDate today = LocalDate.of(2026, 11, 23);
        List<Occurrence> inOrder = scenario.deadlines(today);
        RuleProfile defaults = RuleProfile.defaults(CareProfile.HOME_CARE);

        scenario.profile(defaults.toBuilder().planCheckWindows(List.of(defaults.planCheckWindows().get(1),
                defaults.planCheckWindows().get(0))).build());
        assertThat(scenario.deadlines(today)).containsExactlyInAnyOrderElementsOf(inOrder);

        scenario.profile(defaults.toBuilder().planCheckWindows(List.of()).build());
        assertThat(scenario.deadlines(today)).noneMatch(d -> d.rule() == DeadlineRule.H5);
    }

    @Test
    void anOrganisationsOwnNumbersAreTheOnesCounted() {
        RuleProfile fortnight = RuleProfile.defaults(CareProfile.HOME_CARE).toBuilder()
                .planWithinAfterIntroduction(Period.ofDays(14)).build();
        LocalDate visit = MONDAY.plusDays(3);
        CaseScenario scenario = homeCareWithContactPersons(MONDAY).profile(fortnight).visit("anna", visit);

        assertThat(scenario.deadlines(visit)).filteredOn(d -> d.rule() == DeadlineRule.H3)
                .extracting(Occurrence::dueOn).containsExactly(visit.plusDays(14));
    }

    @Test
    void factsHeardInAnyOrderAndTwiceGiveTheSameDeadlines() {
        LocalDate plan = LocalDate.of(2026, 3, 10);
        CaseScenario scenario = homeCareWithContactPersons(LocalDate.of(2026, 2, 1)).visit("anna", LocalDate.of(2026, 2, 5))
                .plan(1, plan).followUp(LocalDate.of(2026, 5, 4), FollowUpKind.SCHEDULED).plan(2, LocalDate.of(2026, 5, 4));
        scenario.assigned(ContactRole.PRIMARY, "cecilia", LocalDate.of(2026, 6, 1));
        LocalDate today = LocalDate.of(2026, 11, 23);
        List<Occurrence> inOrder = scenario.deadlines(today);

        Random random = new Random(7);
        for (int round = 0; round < 20; round++) {
            List<PublishedEvent<IntegrationEvent>> shuffled = new ArrayList<>(scenario.events);
            shuffled.addAll(scenario.events.subList(0, random.nextInt(scenario.events.size())));
            Collections.shuffle(shuffled, random);
            scenario.file = scenario.replayed(shuffled);
            assertThat(scenario.deadlines(today)).as("round " + round).containsExactlyInAnyOrderElementsOf(inOrder);
        }
    }

    @Test
    void aDayWorkedLateStillComesBackForWhatTheFactsEndOnALaterDay() {
        // A catch-up works a past day knowing a visit held on a later day: that day must come round too.
        CaseScenario scenario = homeCareWithContactPersons(MONDAY).visit("anna", MONDAY.plusDays(9));

        assertThat(scenario.nextTransition(MONDAY.plusDays(8))).contains(MONDAY.plusDays(9));
        assertThat(scenario.publishOn(MONDAY.plusDays(8))).filteredOn(c -> c.responsible().contains("anna"))
                .extracting(StageChange::stage).doesNotContain(DeadlineStage.MET);
        assertThat(scenario.publishOn(MONDAY.plusDays(9))).filteredOn(c -> c.responsible().contains("anna"))
                .extracting(StageChange::stage, StageChange::daysOverdue)
                .containsExactly(tuple(DeadlineStage.MET, 2));
    }

    @Test
    void aCaseNotYetHeardOpenedHasNoDeadlinesYet() {
        CaseScenario scenario = new CaseScenario(CareProfile.HOME_CARE);
        scenario.assigned(ContactRole.PRIMARY, "anna", MONDAY);

        assertThat(scenario.deadlines(MONDAY.plusMonths(1))).isEmpty();
        assertThat(scenario.file.isKnown()).isFalse();
    }
}
