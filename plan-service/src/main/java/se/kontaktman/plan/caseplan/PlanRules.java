package se.kontaktman.plan.caseplan;

import java.time.LocalDate;

import se.kontaktman.platform.InvalidInputException;
import se.kontaktman.platform.RuleViolationException;
import se.kontaktman.platform.UnprocessableException;
import se.kontaktman.events.plan.FollowUpOutcome;
import se.kontaktman.plan.caseplan.api.CasePlanCommands.PlanFacts;
import se.kontaktman.plan.caseplan.api.CasePlanCommands.Place;

/** The order of the contact person's mission, as the seeds lay it down. */
final class PlanRules {

    /** H2: the contact person presents themself before the plan is written. */
    static final String H2_PRESENTED_BY_CONTACT_PERSON = "H2-presented-by-contact-person";
    /** H3: the plan is written within three weeks after the introduction visit, so never before it. */
    static final String H3_AFTER_INTRODUCTION = "H3-plan-after-introduction-visit";
    /** H3: the plan is written with the client in their home. */
    static final String H3_IN_CLIENT_HOME = "H3-plan-in-client-home";
    /** L1, L2: the plan is worked out from the needs heard in the arrival conversation. */
    static final String L1_AFTER_ARRIVAL_CONVERSATION = "L1-plan-after-arrival-conversation";
    static final String L1_HELD_ONCE = "L1-arrival-conversation-once";
    /** L2: a version is reviewed in the work team after it was established. */
    static final String L2_REVIEW_OF_A_VERSION = "L2-review-of-an-established-version";
    /** H4: a follow-up follows up a plan. */
    static final String H4_AFTER_PLAN = "H4-follow-up-after-plan";
    /** L3: a plan meeting follows up a plan. */
    static final String L3_AFTER_PLAN = "L3-plan-meeting-after-plan";
    /** A follow-up or plan meeting that revised the plan brings the new version; one that did not, none. */
    static final String REVISION_MATCHES_OUTCOME = "revision-matches-outcome";

    private PlanRules() {
    }

    static void requireIntroducedBefore(LocalDate planDate, LocalDate firstIntroduction) {
        if (firstIntroduction == null) {
            throw new RuleViolationException(H3_AFTER_INTRODUCTION, "establishedOn",
                    "no introduction visit has been held yet: the contact person presents themself first");
        }
        if (planDate.isBefore(firstIntroduction)) {
            throw new UnprocessableException("establishedOn", H3_AFTER_INTRODUCTION,
                    "must not be before the introduction visit (" + firstIntroduction + ")");
        }
    }

    static void requireInClientHome(PlanFacts plan, String field) {
        if (plan.place() != Place.CLIENT_HOME) {
            throw new UnprocessableException(field + ".place", H3_IN_CLIENT_HOME,
                    "a home-care plan is written with the client in their home");
        }
    }

    static void requireArrivalConversationBefore(LocalDate planDate, LocalDate arrivalConversation) {
        if (arrivalConversation == null) {
            throw new RuleViolationException(L1_AFTER_ARRIVAL_CONVERSATION, "establishedOn",
                    "no arrival conversation has been held yet: the plan is worked out from it");
        }
        if (planDate.isBefore(arrivalConversation)) {
            throw new UnprocessableException("establishedOn", L1_AFTER_ARRIVAL_CONVERSATION,
                    "must not be before the arrival conversation (" + arrivalConversation + ")");
        }
    }

    /** H4 and L3: there is a plan to follow up, and the date is not before its current version. */
    static void requireFollowsUpAPlan(String rule, String field, LocalDate date, LocalDate currentVersionDate) {
        if (currentVersionDate == null) {
            throw new RuleViolationException(rule, field, "there is no plan to follow up yet");
        }
        if (date.isBefore(currentVersionDate)) {
            throw new UnprocessableException(field, rule,
                    "must not be before the plan's current version (" + currentVersionDate + ")");
        }
    }

    static void requireRevisionMatchesOutcome(FollowUpOutcome outcome, PlanFacts revision) {
        if ((outcome == FollowUpOutcome.REVISED) != (revision != null)) {
            throw new InvalidInputException("revision", REVISION_MATCHES_OUTCOME, outcome == FollowUpOutcome.REVISED
                    ? "a revised plan must come with its new version"
                    : "only a follow-up that revised the plan brings a new version");
        }
    }
}
