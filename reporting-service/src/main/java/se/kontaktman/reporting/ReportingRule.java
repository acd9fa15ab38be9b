package se.kontaktman.reporting;

import se.kontaktman.platform.rules.RefusalStatus;
import se.kontaktman.platform.rules.Rule;

/**
 * Every rule reporting-service refuses a request by; the rules all services share are
 * {@link se.kontaktman.platform.rules.CommonRule}.
 */
public enum ReportingRule implements Rule {

    /** Nothing is known of tomorrow: {@code asOf} is today at the latest. */
    AS_OF_NOT_IN_FUTURE("as-of-not-in-future", RefusalStatus.UNPROCESSABLE),
    /** Figures are about a day already known of: {@code date} is not after {@code asOf}. */
    DATE_NOT_AFTER_AS_OF("date-not-after-as-of", RefusalStatus.UNPROCESSABLE),
    /** A period's first month is not after its last, and it spans at most five years. */
    MONTHS_IN_ORDER("months-in-order", RefusalStatus.INVALID_INPUT),
    /** A contact person's clients are seen by them, their group's planner and their area's manager. */
    OWN_OR_PLANNED_CLIENTS("own-or-planned-clients", RefusalStatus.FORBIDDEN),
    /** A staff group's cases are seen by its planners and its area's manager. */
    PLANNED_GROUP("planned-group", RefusalStatus.FORBIDDEN),
    /** An area's figures are seen by its manager and the planners of its groups. */
    OWN_AREA("own-area", RefusalStatus.FORBIDDEN),
    /** Until sign-in gives operations a role of their own, an area manager starts a rebuild. */
    REBUILD_BY_AREA_MANAGER("rebuild-by-area-manager", RefusalStatus.FORBIDDEN),
    /** One rebuild at a time. */
    ONE_REBUILD_AT_A_TIME("one-rebuild-at-a-time", RefusalStatus.CONFLICT);

    private final String id;
    private final RefusalStatus status;

    ReportingRule(String id, RefusalStatus status) {
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
