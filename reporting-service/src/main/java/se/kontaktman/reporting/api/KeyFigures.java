package se.kontaktman.reporting.api;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import se.kontaktman.events.reminder.DeadlineRule;

/**
 * An area's key figures, as answered over HTTP (JSON, CSV). Stock figures (open cases, contact
 * persons, current plans, overdue deadlines, the check under way) are as they stood on
 * {@code date}; flow figures (days to the visit and to the plan, deadlines met late) count what
 * happened from {@code periodFrom} to {@code date}. Both use only what was known by the end of
 * {@code knownAsOf}.
 */
public final class KeyFigures {

    private KeyFigures() {
    }

    public record AreaKeyFigures(String areaId, String areaName, LocalDate date, LocalDate periodFrom,
                                 LocalDate knownAsOf, int openCases, int withBothContactPersons,
                                 Double shareWithBothContactPersons, int withCurrentPlan,
                                 Double shareWithCurrentPlan, Distribution daysAppointmentToVisit,
                                 Distribution daysVisitToPlan, Map<DeadlineRule, Integer> overdueByRule,
                                 Map<DeadlineRule, Integer> metLateByRule, List<PlanCheckProgress> planChecks,
                                 LateFacts countedLate, LateFacts learnedLater) {
    }

    /** An area's figures per month: each month's as they stood on its last day (or {@code knownAsOf}, if earlier). */
    public record MonthlyKeyFigures(String areaId, String areaName, YearMonth from, YearMonth to, LocalDate knownAsOf,
                                    List<AreaKeyFigures> months) {
    }

    /**
     * Days, over the cases counted: the median (the mean of the middle two for an even count) and
     * the 90th percentile (nearest rank); both null when no case is counted.
     */
    public record Distribution(int count, Double median, Integer p90) {
    }

    /**
     * How far an April/May or October/November check has come (H5): of the open cases with a plan
     * whose profile has the check, how many had it made in the window.
     *
     * @param underWay whether {@code date} lies in the window (else it is the latest window ended)
     */
    public record PlanCheckProgress(LocalDate windowStart, LocalDate windowEnd, boolean underWay, int plans,
                                    int checked, Double share) {
    }

    /**
     * Facts that make an answer differ from one given on another day: {@code countedLate} were
     * recorded after the day they are about and are counted; {@code learnedLater} are about the
     * period but were learned only after {@code knownAsOf}, so not counted. The first hundred are
     * listed.
     */
    public record LateFacts(int count, List<LateFact> first) {
    }

    public record LateFact(String caseId, String fact, LocalDate on, LocalDate knownOn) {
    }
}
