package se.kontaktman.reporting;

import se.kontaktman.platform.rules.RefusalStatus;
import se.kontaktman.platform.rules.Rule;

/**
 * Every rule reporting-service refuses a request by; the rules all services share are
 * {@link se.kontaktman.platform.rules.CommonRule}.
 */
public enum ReportingRule implements Rule {

    // Who may see what (own-or-planned-clients, planned-group, own-area, rebuild-by-area-manager)
    // is said by each endpoint's @Access.

    /** Nothing is known of tomorrow: {@code asOf} is today at the latest. */
    AS_OF_NOT_IN_FUTURE("as-of-not-in-future", RefusalStatus.UNPROCESSABLE),
    /** Figures are about a day already known of: {@code date} is not after {@code asOf}. */
    DATE_NOT_AFTER_AS_OF("date-not-after-as-of", RefusalStatus.UNPROCESSABLE),
    /** A period's first month is not after its last, and it spans at most five years. */
    MONTHS_IN_ORDER("months-in-order", RefusalStatus.INVALID_INPUT),
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
