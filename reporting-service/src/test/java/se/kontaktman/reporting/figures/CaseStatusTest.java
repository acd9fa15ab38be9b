package se.kontaktman.reporting.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import se.kontaktman.events.CareProfile;
import se.kontaktman.events.ContactRole;
import se.kontaktman.events.assignment.CaseClosed;
import se.kontaktman.events.assignment.CaseOpened;
import se.kontaktman.events.assignment.ContactPersonAssigned;
import se.kontaktman.events.CaseClosureReason;
import se.kontaktman.events.plan.FollowUpKind;
import se.kontaktman.events.plan.FollowUpOutcome;
import se.kontaktman.events.plan.FollowUpRecorded;
import se.kontaktman.events.plan.PlanEstablished;
import se.kontaktman.events.reminder.DeadlineRule;
import se.kontaktman.events.reminder.DeadlineStage;
import se.kontaktman.events.reminder.DeadlineStageReached;
import se.kontaktman.rules.RuleProfile;

/** One case as it stood on a day, as known on a day: hand-computed from the events. */
class CaseStatusTest {

    private static final String G = History.GROUP;
    private static final RuleProfile HOME_CARE = RuleProfile.defaults(CareProfile.HOME_CARE);

    @Test
    void h1_bothContactPersonsOnlyWhenOrdinarieAndErsättareAreTwoDifferentPeople() {
        History history = opened()
                .known(d(3, 2), new ContactPersonAssigned(caseOf(), G, ContactRole.PRIMARY, "anna", d(3, 2), null))
                .known(d(3, 4), new ContactPersonAssigned(caseOf(), G, ContactRole.SUBSTITUTE, "anna", d(3, 4), null))
                .known(d(3, 9), new ContactPersonAssigned(caseOf(), G, ContactRole.SUBSTITUTE, "bertil", d(3, 9),
                        "anna"));
        assertThat(status(history, d(3, 3)).bothContactPersons()).isFalse();
        assertThat(status(history, d(3, 5)).bothContactPersons()).as("the same person twice").isFalse();
        assertThat(status(history, d(3, 9)).bothContactPersons()).isTrue();
    }

    @Test
    void h4_thePlanIsCurrentUpToSixMonthsAfterItsLastFollowUpAndNotTheDayAfter() {
        History history = opened()
                .known(d(1, 20), new PlanEstablished(caseOf(), G, 1, d(1, 20), "anna", 2))
                .known(d(5, 10), new FollowUpRecorded(caseOf(), G, d(5, 10), "anna", FollowUpKind.SCHEDULED,
                        FollowUpOutcome.STILL_CURRENT, 1));
        assertThat(status(history, d(1, 19)).currentPlan(HOME_CARE)).as("no plan yet").isFalse();
        assertThat(status(history, d(11, 10)).currentPlan(HOME_CARE)).isTrue();
        assertThat(status(history, d(11, 10)).followUpDueBy(HOME_CARE)).isEqualTo(d(11, 10));
        assertThat(status(history, d(11, 11)).currentPlan(HOME_CARE)).isFalse();
    }

    @Test
    void asOfADayBeforeALateEventWasRecordedItIsNotCountedButNamedAsLearnedLater() {
        // A follow-up of 10 May recorded on 20 May.
        History history = opened()
                .known(d(1, 20), new PlanEstablished(caseOf(), G, 1, d(1, 20), "anna", 2))
                .known(d(5, 20), new FollowUpRecorded(caseOf(), G, d(5, 10), "anna", FollowUpKind.EXTENSIVE_CHANGE,
                        FollowUpOutcome.REVISED, 1));
        CaseStatus knownThen = CaseStatus.of(history.history(), new AsOf(d(5, 15), d(5, 15)));
        assertThat(knownThen.lastFollowUpOn()).isNull();
        assertThat(knownThen.learnedLater()).singleElement().satisfies(fact -> {
            assertThat(fact.onDate()).isEqualTo(d(5, 10));
            assertThat(fact.knownOn()).isEqualTo(d(5, 20).toEpochDay());
        });
        assertThat(knownThen.countedLate()).isEmpty();

        CaseStatus knownNowAboutThen = CaseStatus.of(history.history(), new AsOf(d(5, 15), d(5, 25)));
        assertThat(knownNowAboutThen.lastFollowUpOn()).isEqualTo(d(5, 10));
        assertThat(knownNowAboutThen.countedLate()).hasSize(1);
        assertThat(knownNowAboutThen.learnedLater()).isEmpty();
    }

    @Test
    void aDeadlineIsOverdueFromItsOverdueStageUntilItIsMetAndMetLateCountsTheDayItWasMet() {
        History history = opened()
                .known(d(1, 9), stage(DeadlineStage.OVERDUE, d(1, 9), 0, null))
                .known(d(1, 16), stage(DeadlineStage.ESCALATED, d(1, 16), 0, null))
                .known(d(1, 20), stage(DeadlineStage.MET, d(1, 20), 12, d(1, 20)));
        assertThat(status(history, d(1, 8)).overdue()).isEmpty();
        assertThat(status(history, d(1, 10)).overdue()).singleElement().satisfies(item -> {
            assertThat(item.rule()).isEqualTo(DeadlineRule.H1);
            assertThat(item.daysOverdue()).isEqualTo(2);
            assertThat(item.escalated()).isFalse();
        });
        assertThat(status(history, d(1, 19)).overdue()).singleElement()
                .satisfies(item -> assertThat(item.escalated()).isTrue());
        CaseStatus met = status(history, d(1, 31));
        assertThat(met.overdue()).isEmpty();
        int[] metLate = new int[DeadlineRule.values().length];
        met.countMetLate((int) d(1, 1).toEpochDay(), (int) d(1, 31).toEpochDay(), metLate);
        assertThat(metLate[DeadlineRule.H1.ordinal()]).isEqualTo(1);
        int[] notInFebruary = new int[DeadlineRule.values().length];
        met.countMetLate((int) d(2, 1).toEpochDay(), (int) d(2, 28).toEpochDay(), notInFebruary);
        assertThat(notInFebruary[DeadlineRule.H1.ordinal()]).isZero();
    }

    @Test
    void aCaseIsOpenFromItsStartUntilTheDayItClosed() {
        History history = opened()
                .known(d(6, 30), new CaseClosed(caseOf(), G, d(6, 30), CaseClosureReason.SERVICE_ENDED));
        assertThat(status(history, d(1, 1)).open()).isFalse();
        assertThat(status(history, d(1, 2)).open()).isTrue();
        assertThat(status(history, d(6, 29)).open()).isTrue();
        assertThat(status(history, d(6, 30)).open()).isFalse();
    }

    @Test
    void aRecordDeliveredTwiceCountsOnce() {
        // The projection keys facts by event id; the same fact twice in a history changes no date.
        History history = opened()
                .known(d(1, 20), new PlanEstablished(caseOf(), G, 1, d(1, 20), "anna", 2))
                .known(d(1, 20), new PlanEstablished(caseOf(), G, 1, d(1, 20), "anna", 2));
        CaseStatus status = status(history, d(2, 1));
        assertThat(status.planVersion()).isEqualTo(1);
        assertThat(status.firstPlanOn()).isEqualTo(d(1, 20));
    }

    private History current;

    private History opened() {
        current = new History();
        return current.known(d(1, 2), new CaseOpened(current.caseId, G, CareProfile.HOME_CARE, d(1, 2)));
    }

    private String caseOf() {
        return current.caseId;
    }

    private DeadlineStageReached stage(DeadlineStage stage, LocalDate reachedOn, int daysOverdue, LocalDate metOn) {
        return new DeadlineStageReached(caseOf(), G, DeadlineRule.H1, "1", stage, reachedOn, d(1, 8), List.of("pia"),
                List.of(), metOn, daysOverdue, null);
    }

    private static CaseStatus status(History history, LocalDate day) {
        return CaseStatus.of(history.history(), AsOf.on(day));
    }

    private static LocalDate d(int month, int day) {
        return LocalDate.of(2026, month, day);
    }
}
