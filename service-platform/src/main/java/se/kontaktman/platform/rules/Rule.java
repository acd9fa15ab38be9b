package se.kontaktman.platform.rules;

/**
 * A named rule a request can be refused by. Each service keeps its rules in one enum (its
 * catalogue of refusals); the rules every service shares are {@link CommonRule}.
 */
public interface Rule {

    /** The rule's name as problem details show it, e.g. {@code H1-two-different-people}. */
    String id();

    /** How a refusal by this rule is answered. */
    RefusalStatus status();
}
