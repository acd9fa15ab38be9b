package se.kontaktman.assignment;

import se.kontaktman.platform.rules.RefusalStatus;
import se.kontaktman.platform.rules.Rule;

/**
 * Every rule assignment-service refuses a request by, with how the refusal is answered; the
 * rules all services share are {@link se.kontaktman.platform.rules.CommonRule}. Where each is
 * checked is in the module's README.
 */
public enum AssignmentRule implements Rule {

    /** H1: the ordinarie and the ersättare are two different people. */
    H1_TWO_DIFFERENT_PEOPLE("H1-two-different-people", RefusalStatus.CONFLICT),
    /** H1: a contact person is an active care-staff member of the case's staff group. */
    H1_ACTIVE_CARE_STAFF_OF_GROUP("H1-active-care-staff-of-group", RefusalStatus.UNPROCESSABLE),
    /** H1: "kontaktman utses av planeraren": the planner of the case's staff group assigns. */
    H1_PLANNER_ASSIGNS("H1-planner-assigns", RefusalStatus.FORBIDDEN),
    /** A client has at most one open case in a staff group. */
    ONE_OPEN_CASE_PER_STAFF_GROUP("one-open-case-per-staff-group", RefusalStatus.CONFLICT),
    /** No case is opened for a client while gallring destroys their earlier records (a moment, at night). */
    RECORDS_BEING_DESTROYED("records-being-destroyed", RefusalStatus.CONFLICT),
    /** An organisation unit referred to exists. */
    MUST_EXIST("must-exist", RefusalStatus.UNPROCESSABLE),
    /** An area's manager has the area-manager role. */
    HAS_ROLE("has-role", RefusalStatus.UNPROCESSABLE),
    /** Care staff and planners belong to a staff group. */
    STAFF_GROUP_REQUIRED("staff-group-required", RefusalStatus.UNPROCESSABLE),
    /** A personnummer or samordningsnummer with its century, a real date and a right check digit. */
    PERSONNUMMER("personnummer", RefusalStatus.INVALID_INPUT),
    /** {@code If-Match} carries an ETag this service gave. */
    ETAG("etag", RefusalStatus.INVALID_INPUT);

    private final String id;
    private final RefusalStatus status;

    AssignmentRule(String id, RefusalStatus status) {
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
