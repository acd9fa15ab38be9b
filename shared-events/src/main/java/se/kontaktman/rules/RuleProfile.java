package se.kontaktman.rules;

import java.time.LocalDate;
import java.time.Month;
import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import se.kontaktman.events.CareProfile;

/**
 * The one rule profile the services share: which steps apply to a care profile, and the
 * deadlines the reminder service enforces. The defaults are the seed documents' numbers; an
 * organisation may set its own (one municipality uses 14 days for the plan, say).
 *
 * @param contactPersonsWithin        H1: after a case is opened (or loses a contact person), both
 *                                    contact persons are assigned
 * @param introductionVisitWithin     H2: after a contact person is assigned
 * @param planWithinAfterIntroduction H3: after the introduction visit
 * @param followUpWithin              H4: after the plan or its last follow-up
 * @param planCheckWindows            H5: the windows in which every plan is checked and a follow-up
 *                                    booked; they do not overlap
 * @param arrivalConversationWithin   L1: after the case starts (the seed says "at the start")
 * @param planMeetingWithin           L3: after the last plan meeting or the plan
 * @param backdatingLimit             how far before today a date a deadline is counted from (an
 *                                    assignment's effectiveFrom, an introduction visit's heldOn)
 *                                    may be recorded without a reason. The default, a week, is H2's,
 *                                    the shortest deadline counted from such a date: a date within
 *                                    the limit never makes its deadline overdue on arrival. So it
 *                                    may not be longer than H2's or H3's deadline.
 * @param planWrittenInClientHome     H3: the plan is written with the client, in their home (seed
 *                                    000). Concerns writing the plan, its first version; not
 *                                    revisions.
 * @param remindBefore                how long before a deadline the responsible person is reminded
 *                                    (its "upcoming" stage)
 * @param escalateAfter               how long after a deadline was missed, and its staff group's
 *                                    planner told, the area manager is told too
 * @param riskAssessmentWithin        H7: after the plan's first version and after every follow-up or
 *                                    plan meeting, the risks are (re)assessed
 * @param riskAreas                   H7: the areas every risk assessment goes through; the default is
 *                                    the national quality register Senior alert's
 * @param deviceReturnWithin          H8: after the case closes, its assistive devices are returned
 */
public record RuleProfile(CareProfile careProfile, Set<CareStep> steps, Period contactPersonsWithin,
                          Period introductionVisitWithin, Period planWithinAfterIntroduction, Period followUpWithin,
                          List<CheckWindow> planCheckWindows, Period arrivalConversationWithin,
                          Period planMeetingWithin, Period backdatingLimit, boolean planWrittenInClientHome,
                          Period remindBefore, Period escalateAfter, Period riskAssessmentWithin,
                          List<String> riskAreas, Period deviceReturnWithin) {

    /** Senior alert's areas: falls, pressure ulcers, malnutrition, oral health, bladder dysfunction. */
    public static final List<String> SENIOR_ALERT_AREAS =
            List.of("FALLS", "PRESSURE_ULCERS", "MALNUTRITION", "ORAL_HEALTH", "BLADDER_DYSFUNCTION");

    // Periods have no order of their own (P1M against P30D): compare them from one fixed date.
    private static final LocalDate COMPARED_FROM = LocalDate.of(2001, 1, 1);

    public RuleProfile {
        Objects.requireNonNull(careProfile, "careProfile");
        steps = Set.copyOf(steps);
        Objects.requireNonNull(contactPersonsWithin, "contactPersonsWithin");
        Objects.requireNonNull(introductionVisitWithin, "introductionVisitWithin");
        Objects.requireNonNull(planWithinAfterIntroduction, "planWithinAfterIntroduction");
        Objects.requireNonNull(followUpWithin, "followUpWithin");
        planCheckWindows = List.copyOf(planCheckWindows);
        Objects.requireNonNull(arrivalConversationWithin, "arrivalConversationWithin");
        Objects.requireNonNull(planMeetingWithin, "planMeetingWithin");
        Objects.requireNonNull(backdatingLimit, "backdatingLimit");
        Objects.requireNonNull(remindBefore, "remindBefore");
        Objects.requireNonNull(escalateAfter, "escalateAfter");
        Objects.requireNonNull(riskAssessmentWithin, "riskAssessmentWithin");
        riskAreas = List.copyOf(riskAreas);
        if (riskAreas.isEmpty() || riskAreas.stream().anyMatch(area -> !area.matches("[A-Z][A-Z0-9_]{0,39}"))
                || riskAreas.stream().distinct().count() < riskAreas.size()) {
            throw new IllegalArgumentException("riskAreas " + riskAreas
                    + " must be one or more distinct codes of capital letters, digits and _");
        }
        Objects.requireNonNull(deviceReturnWithin, "deviceReturnWithin");
        refuseOverlaps(planCheckWindows);
        refuseLonger(backdatingLimit, introductionVisitWithin, "introductionVisitWithin");
        refuseLonger(backdatingLimit, planWithinAfterIntroduction, "planWithinAfterIntroduction");
    }

    /** The seed documents' rules: seed 000 for home care, seed 001 for LSS. */
    public static RuleProfile defaults(CareProfile careProfile) {
        boolean homeCare = careProfile == CareProfile.HOME_CARE;
        Set<CareStep> steps = homeCare
                ? EnumSet.of(CareStep.INTRODUCTION_VISIT, CareStep.IMPLEMENTATION_PLAN, CareStep.FOLLOW_UP,
                        CareStep.PLAN_CHECK, CareStep.PLANNING_NOTE, CareStep.RISK_ASSESSMENT)
                : EnumSet.of(CareStep.ARRIVAL_CONVERSATION, CareStep.IMPLEMENTATION_PLAN, CareStep.TEAM_REVIEW,
                        CareStep.PLAN_MEETING, CareStep.FOLLOW_UP);
        return new RuleProfile(careProfile, steps, Period.ofWeeks(1), Period.ofWeeks(1), Period.ofWeeks(3),
                Period.ofMonths(6),
                List.of(new CheckWindow(Month.APRIL, Month.MAY), new CheckWindow(Month.OCTOBER, Month.NOVEMBER)),
                Period.ofWeeks(2), Period.ofYears(1), Period.ofDays(7), homeCare, Period.ofDays(3), Period.ofWeeks(1),
                Period.ofWeeks(1), SENIOR_ALERT_AREAS, Period.ofMonths(1));
    }

    public boolean applies(CareStep step) {
        return steps.contains(step);
    }

    public RuleProfile withSteps(Set<CareStep> otherSteps) {
        return toBuilder().steps(otherSteps).build();
    }

    /** The H5 window that contains the date, with its dates in the date's year; empty outside every window. */
    public Optional<CheckWindow.Dated> checkWindowOn(LocalDate date) {
        return planCheckWindows.stream()
                .filter(window -> window.contains(date))
                .findFirst()
                .map(window -> window.in(date.getYear()));
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** This profile with some settings changed; {@link #build()} checks the result as the constructor does. */
    public static final class Builder {

        private CareProfile careProfile;
        private Set<CareStep> steps;
        private Period contactPersonsWithin;
        private Period introductionVisitWithin;
        private Period planWithinAfterIntroduction;
        private Period followUpWithin;
        private List<CheckWindow> planCheckWindows;
        private Period arrivalConversationWithin;
        private Period planMeetingWithin;
        private Period backdatingLimit;
        private boolean planWrittenInClientHome;
        private Period remindBefore;
        private Period escalateAfter;
        private Period riskAssessmentWithin;
        private List<String> riskAreas;
        private Period deviceReturnWithin;

        private Builder(RuleProfile from) {
            careProfile = from.careProfile;
            steps = from.steps;
            contactPersonsWithin = from.contactPersonsWithin;
            introductionVisitWithin = from.introductionVisitWithin;
            planWithinAfterIntroduction = from.planWithinAfterIntroduction;
            followUpWithin = from.followUpWithin;
            planCheckWindows = from.planCheckWindows;
            arrivalConversationWithin = from.arrivalConversationWithin;
            planMeetingWithin = from.planMeetingWithin;
            backdatingLimit = from.backdatingLimit;
            planWrittenInClientHome = from.planWrittenInClientHome;
            remindBefore = from.remindBefore;
            escalateAfter = from.escalateAfter;
            riskAssessmentWithin = from.riskAssessmentWithin;
            riskAreas = from.riskAreas;
            deviceReturnWithin = from.deviceReturnWithin;
        }

        public Builder careProfile(CareProfile careProfile) {
            this.careProfile = careProfile;
            return this;
        }

        public Builder steps(Set<CareStep> steps) {
            this.steps = steps;
            return this;
        }

        public Builder contactPersonsWithin(Period contactPersonsWithin) {
            this.contactPersonsWithin = contactPersonsWithin;
            return this;
        }

        public Builder introductionVisitWithin(Period introductionVisitWithin) {
            this.introductionVisitWithin = introductionVisitWithin;
            return this;
        }

        public Builder planWithinAfterIntroduction(Period planWithinAfterIntroduction) {
            this.planWithinAfterIntroduction = planWithinAfterIntroduction;
            return this;
        }

        public Builder followUpWithin(Period followUpWithin) {
            this.followUpWithin = followUpWithin;
            return this;
        }

        public Builder planCheckWindows(List<CheckWindow> planCheckWindows) {
            this.planCheckWindows = planCheckWindows;
            return this;
        }

        public Builder arrivalConversationWithin(Period arrivalConversationWithin) {
            this.arrivalConversationWithin = arrivalConversationWithin;
            return this;
        }

        public Builder planMeetingWithin(Period planMeetingWithin) {
            this.planMeetingWithin = planMeetingWithin;
            return this;
        }

        public Builder backdatingLimit(Period backdatingLimit) {
            this.backdatingLimit = backdatingLimit;
            return this;
        }

        public Builder planWrittenInClientHome(boolean planWrittenInClientHome) {
            this.planWrittenInClientHome = planWrittenInClientHome;
            return this;
        }

        public Builder remindBefore(Period remindBefore) {
            this.remindBefore = remindBefore;
            return this;
        }

        public Builder escalateAfter(Period escalateAfter) {
            this.escalateAfter = escalateAfter;
            return this;
        }

        public Builder riskAssessmentWithin(Period riskAssessmentWithin) {
            this.riskAssessmentWithin = riskAssessmentWithin;
            return this;
        }

        public Builder riskAreas(List<String> riskAreas) {
            this.riskAreas = riskAreas;
            return this;
        }

        public Builder deviceReturnWithin(Period deviceReturnWithin) {
            this.deviceReturnWithin = deviceReturnWithin;
            return this;
        }

        /** @throws IllegalArgumentException when the settings contradict each other */
        public RuleProfile build() {
            return new RuleProfile(careProfile, steps, contactPersonsWithin, introductionVisitWithin,
                    planWithinAfterIntroduction, followUpWithin, planCheckWindows, arrivalConversationWithin,
                    planMeetingWithin, backdatingLimit, planWrittenInClientHome, remindBefore, escalateAfter,
                    riskAssessmentWithin, riskAreas, deviceReturnWithin);
        }
    }

    private static void refuseOverlaps(List<CheckWindow> windows) {
        for (int i = 0; i < windows.size(); i++) {
            for (int j = i + 1; j < windows.size(); j++) {
                CheckWindow a = windows.get(i);
                CheckWindow b = windows.get(j);
                if (a.first().compareTo(b.last()) <= 0 && b.first().compareTo(a.last()) <= 0) {
                    throw new IllegalArgumentException("planCheckWindows " + a + " and " + b + " overlap");
                }
            }
        }
    }

    // A date recorded within the limit must never make a deadline counted from it overdue on arrival.
    private static void refuseLonger(Period backdatingLimit, Period deadline, String setting) {
        if (COMPARED_FROM.plus(backdatingLimit).isAfter(COMPARED_FROM.plus(deadline))) {
            throw new IllegalArgumentException("backdatingLimit " + backdatingLimit + " is longer than " + setting
                    + " " + deadline + ": a date recorded within the limit could be overdue on arrival");
        }
    }
}
