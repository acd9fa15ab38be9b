package se.kontaktman.platform.rules;

/**
 * What kind of refusal a rule makes, with its HTTP status. Kept free of Spring Web so that
 * aggregates can refuse without knowing about HTTP.
 */
public enum RefusalStatus {
    /** Malformed input: a missing field, a wrong type, an id of the wrong shape. */
    INVALID_INPUT(400, "invalid-input", "Invalid input"),
    /** The request does not say who makes it. */
    UNAUTHENTICATED(401, "unauthenticated", "Who is asking?"),
    /** The staff member may not do this. */
    FORBIDDEN(403, "forbidden", "Not allowed"),
    /** The state of the case forbids it: closed, already recorded, a step not yet taken. */
    CONFLICT(409, "rule-violation", "Refused by a rule"),
    /** It existed, and a rule had it destroyed. */
    GONE(410, "gone", "No longer kept"),
    /** Well-formed, but it breaks a rule not about the case's state: a date, a staff member's role. */
    UNPROCESSABLE(422, "unprocessable", "Breaks a rule"),
    /** More than any request of the API needs: refused before it is read. */
    TOO_LARGE(413, "too-large", "Request too large"),
    /** Not refused: the service cannot reach what it stores in for now; the same request may succeed shortly. */
    UNAVAILABLE(503, "unavailable", "Try again shortly");

    private final int httpStatus;
    private final String problemType;
    private final String title;

    RefusalStatus(int httpStatus, String problemType, String title) {
        this.httpStatus = httpStatus;
        this.problemType = problemType;
        this.title = title;
    }

    public int httpStatus() {
        return httpStatus;
    }

    /** The last part of the problem's {@code type}, {@code urn:se.kontaktman:problem:<problemType>}. */
    public String problemType() {
        return problemType;
    }

    public String title() {
        return title;
    }
}
