package se.kontaktman.plan.caseplan;

import java.time.LocalDate;
import java.util.stream.Collectors;

import se.kontaktman.events.plan.FollowUpOutcome;
import se.kontaktman.plan.PlanRule;
import se.kontaktman.plan.caseplan.api.CasePlanCommands.PlanFacts;
import se.kontaktman.plan.caseplan.api.CasePlanCommands.Place;
import se.kontaktman.platform.rules.DateRules;
import se.kontaktman.platform.rules.Refusal;
import se.kontaktman.rules.CheckWindow;
import se.kontaktman.rules.RuleProfile;

/**
 * The order of the contact person's mission, as the seeds lay it down. A step that has not been
 * taken refuses with its rule (409); a date before the step it follows is {@code date-in-order}
 * (422), as every date out of order is.
 */
final class PlanRules {

    private PlanRules() {
    }

    /** H3: the plan is written within three weeks after the introduction visit, so never before it. */
    static void requireIntroducedBefore(String field, LocalDate planDate, LocalDate firstIntroduction) {
        if (firstIntroduction == null) {
            throw new Refusal(PlanRule.H3_PLAN_AFTER_INTRODUCTION_VISIT, field,
                    "no introduction visit has been held yet: the contact person presents themself first");
        }
        DateRules.notBefore(field, planDate, firstIntroduction, "the introduction visit");
    }

    /** H3: the plan is written with the client in their home, where the profile says so; revisions anywhere. */
    static void requireWrittenInClientHome(PlanFacts plan, String field) {
        if (plan.place() != Place.CLIENT_HOME) {
            throw new Refusal(PlanRule.H3_PLAN_IN_CLIENT_HOME, field,
                    "the plan is written with the client in their home");
        }
    }

    /** L1, L2: an LSS plan is worked out from the needs heard in the arrival conversation. */
    static void requireArrivalConversationBefore(String field, LocalDate planDate, LocalDate arrivalConversation) {
        if (arrivalConversation == null) {
            throw new Refusal(PlanRule.L1_PLAN_AFTER_ARRIVAL_CONVERSATION, field,
                    "no arrival conversation has been held yet: the plan is worked out from it");
        }
        DateRules.notBefore(field, planDate, arrivalConversation, "the arrival conversation");
    }

    /** H4, H5 and L3: there is a plan to follow up, and the date is not before its current version. */
    static void requireFollowsUpAPlan(PlanRule rule, String field, LocalDate date, LocalDate currentVersionDate) {
        if (currentVersionDate == null) {
            throw new Refusal(rule, field, "there is no plan to follow up yet");
        }
        DateRules.notBefore(field, date, currentVersionDate, "the plan's current version");
    }

    /** H5: the check is made in one of the profile's windows (April/May, October/November by default). */
    static CheckWindow.Dated requireCheckWindow(RuleProfile profile, LocalDate checkedOn) {
        return profile.checkWindowOn(checkedOn).orElseThrow(() -> new Refusal(PlanRule.H5_CHECK_IN_A_CHECK_WINDOW,
                "checkedOn", "must lie in one of the rule profile's check windows ("
                        + profile.planCheckWindows().stream().map(CheckWindow::toString)
                        .collect(Collectors.joining(", ")) + ")"));
    }

    static void requireRevisionMatchesOutcome(FollowUpOutcome outcome, PlanFacts revision) {
        if ((outcome == FollowUpOutcome.REVISED) != (revision != null)) {
            throw new Refusal(PlanRule.REVISION_MATCHES_OUTCOME, "revision", outcome == FollowUpOutcome.REVISED
                    ? "a revised plan must come with its new version"
                    : "only a follow-up that revised the plan brings a new version");
        }
    }
}
