package se.kontaktman.platform.rules;

/** The rules every service refuses by; each service's own are in its catalogue. */
public enum CommonRule implements Rule {

    /** Every request carries a valid access token from the suite's sign-in. */
    SIGNED_IN("signed-in", RefusalStatus.UNAUTHENTICATED),
    /** What a staff member asks for, the identity provider's roles for them allow. */
    ROLE("role", RefusalStatus.FORBIDDEN),
    /** The staff member's own requests: a token naming a staff member, not a system's. */
    STAFF_TOKEN("staff-token", RefusalStatus.FORBIDDEN),
    /** Ids of areas, staff groups and staff are the organisation's own, and never a personnummer. */
    ORGANISATION_ID("OrganisationId", RefusalStatus.INVALID_INPUT),
    /** Case ids are random UUIDs. */
    CASE_ID("uuid", RefusalStatus.INVALID_INPUT),
    NOT_NULL("NotNull", RefusalStatus.INVALID_INPUT),
    NOT_BLANK("NotBlank", RefusalStatus.INVALID_INPUT),
    /** A parameter takes one of a few named values. */
    ONE_OF("one-of", RefusalStatus.INVALID_INPUT),
    /** The body is JSON of the documented shape. */
    READABLE_JSON("readable-json", RefusalStatus.INVALID_INPUT),
    /** A parameter of the path or query is of its documented type: a date as 2026-11-23, a month as 2026-11. */
    READABLE_PARAMETER("readable-parameter", RefusalStatus.INVALID_INPUT),
    /** No text holds a control character but tabs and line breaks (a NUL for a name was once accepted). */
    NO_CONTROL_CHARACTERS("no-control-characters", RefusalStatus.INVALID_INPUT),
    /**
     * A case's records are destroyed when their retention time ends (gallring, SoL 12 kap. 1 §):
     * asked for after that, the service says they are gone.
     */
    RETENTION_ENDED("retention-ended", RefusalStatus.GONE),
    /** A closed case takes no more changes. */
    CASE_OPEN("case-open", RefusalStatus.CONFLICT),
    /** A record of what happened is not dated after today. */
    DATE_NOT_IN_FUTURE("date-not-in-future", RefusalStatus.UNPROCESSABLE),
    /** Nor before what it follows: the case's start, the assignment it replaces, the plan it follows up. */
    DATE_IN_ORDER("date-in-order", RefusalStatus.UNPROCESSABLE),
    /** A date a deadline is counted from lies at most the profile's limit back, unless a reason is given. */
    BACKDATING_LIMIT("backdating-limit", RefusalStatus.UNPROCESSABLE),
    /** The service's database answers; while it does not, requests are answered 503 with Retry-After. */
    STORE_AVAILABLE("store-available", RefusalStatus.UNAVAILABLE);

    private final String id;
    private final RefusalStatus status;

    CommonRule(String id, RefusalStatus status) {
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
