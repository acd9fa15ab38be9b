package se.kontaktman.reporting.figures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import se.kontaktman.events.CareProfile;
import se.kontaktman.events.reminder.DeadlineRule;
import se.kontaktman.platform.rules.RuleProfiles;
import se.kontaktman.reporting.api.KeyFigures.AreaKeyFigures;
import se.kontaktman.reporting.api.KeyFigures.Distribution;
import se.kontaktman.reporting.api.KeyFigures.LateFact;
import se.kontaktman.reporting.api.KeyFigures.LateFacts;
import se.kontaktman.reporting.api.KeyFigures.PlanCheckProgress;
import se.kontaktman.reporting.projection.CaseHistory;
import se.kontaktman.reporting.projection.Fact;
import se.kontaktman.reporting.projection.FactKind;
import se.kontaktman.rules.CareStep;
import se.kontaktman.rules.CheckWindow;
import se.kontaktman.rules.RuleProfile;

/**
 * An area's key figures on a day, as known on a day, from the cases of its staff groups: the share
 * of open cases with both contact persons (H1) and with a current plan (H4), the days from
 * appointment to introduction visit (H2) and from visit to plan (H3), deadlines overdue (in open
 * cases; H8's, which fall due after closure, in closed ones) and met late per rule, and how far the
 * April/May or October/November check has come (H5).
 */
public final class AreaFigures {

    /** How many late facts an answer lists; it counts them all. */
    static final int LISTED = 100;
    private static final DeadlineRule[] RULES = DeadlineRule.values();
    private static final CareProfile[] CARE_PROFILES = CareProfile.values();

    private AreaFigures() {
    }

    /**
     * @param periodFrom the first day of the period whose flow (visits, plans, deadlines met late) is counted
     */
    public static AreaKeyFigures of(String areaId, String areaName, Set<String> staffGroups,
                                    Collection<CaseHistory> cases, AsOf asOf, LocalDate periodFrom,
                                    RuleProfiles profiles) {
        int day = asOf.day();
        int from = (int) periodFrom.toEpochDay();
        Map<String, RuleProfile[]> profilesByGroup = new HashMap<>();
        for (String group : staffGroups) {
            RuleProfile[] byCare = new RuleProfile[CARE_PROFILES.length];
            for (CareProfile care : CARE_PROFILES) {
                byCare[care.ordinal()] = profiles.of(care, group);
            }
            profilesByGroup.put(group, byCare);
        }
        // Each case on its own, so the cases are shared out over the cores and the tallies added up.
        Tally tally = cases.parallelStream().collect(Tally::new, (sum, history) -> {
            // Cheap first look: the group is on the opening fact, which comes first by date.
            RuleProfile[] byCare = profilesByGroup.get(groupOf(history));
            if (byCare == null) {
                return;
            }
            CaseStatus status = CaseStatus.of(history, asOf);
            if (status.careProfile() != null) { // else opened after the day
                sum.add(status, byCare[status.careProfile().ordinal()], from, day);
            }
        }, Tally::addAll);
        return new AreaKeyFigures(areaId, areaName, asOf.date(), periodFrom, asOf.knownAsOf(), tally.open,
                tally.both, share(tally.both, tally.open), tally.currentPlan, share(tally.currentPlan, tally.open),
                distribution(tally.appointmentToVisit), distribution(tally.visitToPlan), byRule(tally.overdue),
                byRule(tally.metLate), tally.checks(), tally.countedLate.result(), tally.learnedLater.result());
    }

    private static String groupOf(CaseHistory history) {
        for (Fact fact : history.facts()) {
            if (fact.kind() == FactKind.CASE_OPENED) {
                return fact.ref();
            }
        }
        return null;
    }

    /** What the cases add up to. */
    private static final class Tally {

        int open;
        int both;
        int currentPlan;
        final IntList appointmentToVisit = new IntList();
        final IntList visitToPlan = new IntList();
        final int[] overdue = new int[RULES.length];
        final int[] metLate = new int[RULES.length];
        final Map<CheckWindow.Dated, int[]> checks = new HashMap<>();
        final Listing countedLate = new Listing();
        final Listing learnedLater = new Listing();
        private LocalDate date;

        void addAll(Tally other) {
            date = date != null ? date : other.date;
            open += other.open;
            both += other.both;
            currentPlan += other.currentPlan;
            appointmentToVisit.addAll(other.appointmentToVisit);
            visitToPlan.addAll(other.visitToPlan);
            for (int i = 0; i < RULES.length; i++) {
                overdue[i] += other.overdue[i];
                metLate[i] += other.metLate[i];
            }
            other.checks.forEach((window, counts) -> {
                int[] sum = checks.computeIfAbsent(window, w -> new int[2]);
                sum[0] += counts[0];
                sum[1] += counts[1];
            });
            countedLate.addAll(other.countedLate);
            learnedLater.addAll(other.learnedLater);
        }

        void add(CaseStatus status, RuleProfile profile, int from, int day) {
            date = status.date();
            // Flow over the period: whatever the case's state on the day.
            if (status.firstVisitDay() >= from && status.daysAppointmentToVisit() >= 0) {
                appointmentToVisit.add(status.daysAppointmentToVisit());
            }
            if (status.firstPlanDay() >= from && status.daysVisitToPlan() >= 0) {
                visitToPlan.add(status.daysVisitToPlan());
            }
            status.countMetLate(from, day, metLate);
            // Late facts that arrived within the period: those that changed what was known during it.
            status.countedLate().forEach(fact -> {
                if (fact.knownOn() >= from) {
                    countedLate.add(status.caseId(), fact);
                }
            });
            status.learnedLater().forEach(fact -> learnedLater.add(status.caseId(), fact));
            // In open cases; in a closed one, what is still to be done after closure (H8's devices).
            status.countOverdue(overdue);
            if (!status.open()) {
                return;
            }
            open++;
            if (status.bothContactPersons()) {
                both++;
            }
            if (status.currentPlan(profile)) {
                currentPlan++;
            }
            if (profile.applies(CareStep.PLAN_CHECK) && status.hasPlan()) {
                CheckWindow.Dated window = latestWindow(profile, status.date());
                if (window != null) {
                    int[] counts = checks.computeIfAbsent(window, w -> new int[2]);
                    counts[0]++;
                    if (status.checkedInWindow(window.start()) != null) {
                        counts[1]++;
                    }
                }
            }
        }

        List<PlanCheckProgress> checks() {
            List<PlanCheckProgress> progress = new ArrayList<>();
            checks.forEach((window, counts) -> progress.add(new PlanCheckProgress(window.start(), window.end(),
                    window.contains(date), counts[0], counts[1], share(counts[1], counts[0]))));
            progress.sort((a, b) -> a.windowStart().compareTo(b.windowStart()));
            return progress;
        }
    }

    /** The window the day lies in, or else the latest one that has ended: "the current check". */
    static CheckWindow.Dated latestWindow(RuleProfile profile, LocalDate date) {
        CheckWindow.Dated latest = null;
        for (int year = date.getYear() - 1; year <= date.getYear(); year++) {
            for (CheckWindow window : profile.planCheckWindows()) {
                CheckWindow.Dated dated = window.in(year);
                if (!dated.start().isAfter(date) && (latest == null || dated.start().isAfter(latest.start()))) {
                    latest = dated;
                }
            }
        }
        return latest;
    }

    private static Double share(int part, int whole) {
        return whole == 0 ? null : (double) part / whole;
    }

    private static Map<DeadlineRule, Integer> byRule(int[] counts) {
        Map<DeadlineRule, Integer> byRule = new EnumMap<>(DeadlineRule.class);
        for (DeadlineRule rule : RULES) {
            byRule.put(rule, counts[rule.ordinal()]);
        }
        return byRule;
    }

    static Distribution distribution(IntList days) {
        int count = days.size;
        if (count == 0) {
            return new Distribution(0, null, null);
        }
        int[] sorted = Arrays.copyOf(days.values, count);
        Arrays.sort(sorted);
        double median = count % 2 == 1 ? sorted[count / 2] : (sorted[count / 2 - 1] + sorted[count / 2]) / 2.0;
        int p90 = sorted[(int) Math.ceil(0.9 * count) - 1];
        return new Distribution(count, median, p90);
    }

    static final class IntList {

        int[] values = new int[64];
        int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        void addAll(IntList other) {
            if (size + other.size > values.length) {
                values = Arrays.copyOf(values, Math.max(values.length * 2, size + other.size));
            }
            System.arraycopy(other.values, 0, values, size, other.size);
            size += other.size;
        }
    }

    /** Counts late facts and lists the first {@link #LISTED} by day known, then case: the same whatever the order read. */
    private static final class Listing {

        private static final Comparator<LateFact> ORDER = Comparator.comparing(LateFact::knownOn)
                .thenComparing(LateFact::caseId).thenComparing(LateFact::fact).thenComparing(LateFact::on);

        int count;
        List<LateFact> first = new ArrayList<>();

        void add(String caseId, Fact fact) {
            count++;
            first.add(lateFact(caseId, fact));
            if (first.size() >= 2 * LISTED) {
                keepFirst();
            }
        }

        void addAll(Listing other) {
            count += other.count;
            first.addAll(other.first);
            keepFirst();
        }

        private void keepFirst() {
            first.sort(ORDER);
            if (first.size() > LISTED) {
                first = new ArrayList<>(first.subList(0, LISTED));
            }
        }

        LateFacts result() {
            keepFirst();
            return new LateFacts(count, List.copyOf(first));
        }
    }

    public static LateFact lateFact(String caseId, Fact fact) {
        return new LateFact(caseId, fact.kind().name(), fact.onDate(), LocalDate.ofEpochDay(fact.knownOn()));
    }
}
