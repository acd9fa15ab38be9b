package se.kontaktman.plan;

import se.kontaktman.platform.rules.RefusalStatus;
import se.kontaktman.platform.rules.Rule;

/**
 * Every rule plan-service refuses a request by, with how the refusal is answered; the rules all
 * services share are {@link se.kontaktman.platform.rules.CommonRule}. Where each is checked is in
 * the module's README.
 */
public enum PlanRule implements Rule {

    /** Only the case's current contact persons, still active, and its group's planners record and read. */
    CONTACT_PERSON_OR_PLANNER("contact-person-or-planner", RefusalStatus.FORBIDDEN),
    /** A step the case's care profile does not have. */
    STEP_IN_CARE_PROFILE("step-in-care-profile", RefusalStatus.UNPROCESSABLE),
    /** A visit is held once, a note acknowledged once, a new id not reused. */
    RECORDED_ONCE("recorded-once", RefusalStatus.CONFLICT),
    /** H2: a visit is booked for, and presented by, one of the case's current contact persons. */
    H2_PRESENTED_BY_A_CURRENT_CONTACT_PERSON("H2-presented-by-a-current-contact-person",
            RefusalStatus.UNPROCESSABLE),
    /** H3: the plan is written after the introduction visit. */
    H3_PLAN_AFTER_INTRODUCTION_VISIT("H3-plan-after-introduction-visit", RefusalStatus.CONFLICT),
    /** H3: a home-care plan is written with the client in their home. */
    H3_PLAN_IN_CLIENT_HOME("H3-plan-in-client-home", RefusalStatus.UNPROCESSABLE),
    /** H4: a follow-up follows up a plan. */
    H4_FOLLOW_UP_AFTER_PLAN("H4-follow-up-after-plan", RefusalStatus.CONFLICT),
    /** H5: the April/May and October/November check is a check of a plan. */
    H5_CHECK_OF_A_PLAN("H5-check-of-a-plan", RefusalStatus.CONFLICT),
    /** H5: the check is made in one of the profile's check windows. */
    H5_CHECK_IN_A_CHECK_WINDOW("H5-check-in-a-check-window", RefusalStatus.UNPROCESSABLE),
    /** H5: one check per window. */
    H5_ONE_CHECK_PER_WINDOW("H5-one-check-per-window", RefusalStatus.CONFLICT),
    /** H6: the planner answers a planning note. */
    H6_PLANNER_ACKNOWLEDGES("H6-planner-acknowledges", RefusalStatus.FORBIDDEN),
    /** H9: the follow-up sheet ("Dokumentation Genomförandeplan") is destroyed when the case closes. */
    H9_SHEET_DESTROYED_AT_CLOSURE("H9-sheet-destroyed-at-closure", RefusalStatus.GONE),
    /** L1, L2: an LSS plan is worked out from the arrival conversation. */
    L1_PLAN_AFTER_ARRIVAL_CONVERSATION("L1-plan-after-arrival-conversation", RefusalStatus.CONFLICT),
    /** L1: the arrival conversation is held once. */
    L1_ARRIVAL_CONVERSATION_ONCE("L1-arrival-conversation-once", RefusalStatus.CONFLICT),
    /** L2: a version is reviewed in the work team once it exists. */
    L2_REVIEW_OF_AN_ESTABLISHED_VERSION("L2-review-of-an-established-version", RefusalStatus.UNPROCESSABLE),
    /** L3: a plan meeting follows up a plan. */
    L3_PLAN_MEETING_AFTER_PLAN("L3-plan-meeting-after-plan", RefusalStatus.CONFLICT),
    /** A follow-up or plan meeting that revised the plan brings the new version; one that did not, none. */
    REVISION_MATCHES_OUTCOME("revision-matches-outcome", RefusalStatus.INVALID_INPUT);

    private final String id;
    private final RefusalStatus status;

    PlanRule(String id, RefusalStatus status) {
        this.id = id;
        this.status = status;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public RefusalStatus status() {
        return status;
    }
}
