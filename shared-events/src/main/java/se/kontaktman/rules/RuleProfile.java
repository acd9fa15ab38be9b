package se.kontaktman.rules;

import java.time.Month;
import java.time.Period;
import java.util.EnumSet;
import java.util.Set;

import se.kontaktman.events.CareProfile;

/**
 * The one rule profile the services share: which steps apply to a care profile, and the
 * deadlines the reminder service enforces. The defaults are the seed documents' numbers; an
 * organisation may set its own (one municipality uses 14 days for the plan, say).
 *
 * @param introductionVisitWithin     H2: after a contact person is appointed
 * @param planWithinAfterIntroduction H3: after the introduction visit
 * @param followUpWithin              H4: after the plan or its last follow-up
 * @param planCheckMonths             H5: months in which every plan is checked
 * @param arrivalConversationWithin   L1: after the case starts (the seed says "at the start")
 * @param planMeetingWithin           L3: after the last plan meeting or the plan
 */
public record RuleProfile(CareProfile careProfile, Set<CareStep> steps, Period introductionVisitWithin,
                          Period planWithinAfterIntroduction, Period followUpWithin, Set<Month> planCheckMonths,
                          Period arrivalConversationWithin, Period planMeetingWithin) {

    public RuleProfile {
        steps = Set.copyOf(steps);
        planCheckMonths = Set.copyOf(planCheckMonths);
    }

    /** The seed documents' rules: seed 000 for home care, seed 001 for LSS. */
    public static RuleProfile defaults(CareProfile careProfile) {
        Set<CareStep> steps = careProfile == CareProfile.HOME_CARE
                ? EnumSet.of(CareStep.INTRODUCTION_VISIT, CareStep.IMPLEMENTATION_PLAN, CareStep.FOLLOW_UP,
                        CareStep.PLANNING_NOTE)
                : EnumSet.of(CareStep.ARRIVAL_CONVERSATION, CareStep.IMPLEMENTATION_PLAN, CareStep.TEAM_REVIEW,
                        CareStep.PLAN_MEETING, CareStep.FOLLOW_UP);
        return new RuleProfile(careProfile, steps, Period.ofWeeks(1), Period.ofWeeks(3), Period.ofMonths(6),
                EnumSet.of(Month.APRIL, Month.MAY, Month.OCTOBER, Month.NOVEMBER), Period.ofWeeks(2),
                Period.ofYears(1));
    }

    public boolean applies(CareStep step) {
        return steps.contains(step);
    }

    public RuleProfile withSteps(Set<CareStep> otherSteps) {
        return new RuleProfile(careProfile, otherSteps, introductionVisitWithin, planWithinAfterIntroduction,
                followUpWithin, planCheckMonths, arrivalConversationWithin, planMeetingWithin);
    }
}
