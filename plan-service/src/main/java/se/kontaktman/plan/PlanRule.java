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
    /** H7: the risk assessment is made by the case's contact person. */
    H7_MADE_BY_THE_CONTACT_PERSON("H7-made-by-the-contact-person", RefusalStatus.FORBIDDEN),
    /** H7: every area of the profile is assessed, each once, and no other. */
    H7_EVERY_RISK_AREA("H7-every-risk-area", RefusalStatus.UNPROCESSABLE),
    /** H7: an area with a risk has preventive actions. */
    H7_ACTIONS_FOR_A_RISK("H7-actions-for-a-risk", RefusalStatus.UNPROCESSABLE),
    /** H8: a device returned is no longer checked or returned again. */
    H8_DEVICE_IN_USE("H8-device-in-use", RefusalStatus.CONFLICT),
    /** L5: a contact is logged with a member of the client's network. */
    L5_CONTACT_WITH_THE_NETWORK("L5-contact-with-the-network", RefusalStatus.UNPROCESSABLE),
    /** L6: a visit is to the daily activity the client attends. */
    L6_VISIT_OF_A_DAILY_ACTIVITY("L6-visit-of-a-daily-activity", RefusalStatus.CONFLICT),
    /** Every signature in the file can be read: initials are unique in the case's signature list. */
    SIGNATURE_INITIALS_UNIQUE("signature-initials-unique", RefusalStatus.CONFLICT),
    /** L8: the client's money never goes below zero. */
    L8_BALANCE_NOT_NEGATIVE("L8-balance-not-negative", RefusalStatus.UNPROCESSABLE),
    /** L8: an amount in kronor and öre, more than zero. */
    L8_AMOUNT_IN_KRONOR("L8-amount-in-kronor", RefusalStatus.INVALID_INPUT),
    /** L8: a correction goes against the entry it corrects, and undoes at most all of it. */
    L8_CORRECTION_AGAINST_THE_ENTRY("L8-correction-against-the-entry", RefusalStatus.UNPROCESSABLE),
    /** L8: where the instructions ask for two signatures, the second is another colleague's. */
    L8_COUNTERSIGNED_BY_A_COLLEAGUE("L8-countersigned-by-a-colleague", RefusalStatus.FORBIDDEN),
    /** L8: a month is closed once its entries are countersigned. */
    L8_COUNTERSIGNED_BEFORE_CLOSING("L8-countersigned-before-closing", RefusalStatus.CONFLICT),
    /** L8: nothing is entered in a closed month; months close in order from the first entry's, after they end. */
    L8_MONTH_CLOSED("L8-month-closed", RefusalStatus.CONFLICT),
    /** L8: a count that differs from the balance says why. */
    L8_DIFFERENCE_EXPLAINED("L8-difference-explained", RefusalStatus.UNPROCESSABLE),
    /** L8: the final balance is handed over when the case has closed, all of it, once. */
    L8_HANDOVER_OF_THE_BALANCE("L8-handover-of-the-balance", RefusalStatus.CONFLICT),
    /** H9: the follow-up sheet ("Dokumentation Genomförandeplan") is destroyed when the case closes. */
    H9_SHEET_DESTROYED_AT_CLOSURE("H9-sheet-destroyed-at-closure", RefusalStatus.GONE),
    /** H9: "Information vid akutbesök" is working material, destroyed when the case closes. */
    H9_WORKING_MATERIAL_DESTROYED("H9-working-material-destroyed", RefusalStatus.GONE),
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
