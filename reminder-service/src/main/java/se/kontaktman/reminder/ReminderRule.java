package se.kontaktman.reminder;

import se.kontaktman.platform.rules.RefusalStatus;
import se.kontaktman.platform.rules.Rule;

/**
 * Every rule reminder-service refuses a request by, with how the refusal is answered; the rules all
 * services share are {@link se.kontaktman.platform.rules.CommonRule}.
 */
public enum ReminderRule implements Rule {

    // Who may see which deadlines (own-or-planned-deadlines: a staff member their own and their
    // cases', a planner their group's, an area manager their area's) is each endpoint's @Access.

    /** Deadlines are asked for by staff member or by staff group, one of the two. */
    STAFF_MEMBER_OR_GROUP("staffId-or-staffGroupId", RefusalStatus.INVALID_INPUT),
    /** A look-ahead's first day is not after its last. */
    DUE_RANGE_IN_ORDER("due-range-in-order", RefusalStatus.INVALID_INPUT),
    /** H5 is asked of a group whose home-care profile has no check windows (the organisation took them out). */
    CHECK_WINDOWS_IN_PROFILE("H5-check-windows-in-profile", RefusalStatus.UNPROCESSABLE);

    private final String id;
    private final RefusalStatus status;

    ReminderRule(String id, RefusalStatus status) {
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
