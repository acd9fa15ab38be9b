package se.kontaktman.platform.rules;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;

/**
 * Dates on a record of what has happened: none lies after today (in Europe/Stockholm), none
 * predates what it follows (the start of the case, the assignment it replaces, the plan it
 * follows up), so the history stays in order; and a date that a deadline is counted from lies at
 * most the rule profile's backdating limit back unless a reason is given.
 */
public final class DateRules {

    private DateRules() {
    }

    public static void notAfterToday(String field, LocalDate date, Clock clock) {
        if (date.isAfter(LocalDate.now(clock))) {
            throw new Refusal(CommonRule.DATE_NOT_IN_FUTURE, field, "must not be after today");
        }
    }

    public static void notBefore(String field, LocalDate date, LocalDate earliest, String what) {
        if (earliest != null && date.isBefore(earliest)) {
            throw new Refusal(CommonRule.DATE_IN_ORDER, field, "must not be before " + what + " (" + earliest + ")");
        }
    }

    /**
     * A deadline counted from a date further back than {@code limit} could be overdue on arrival;
     * such a date needs a reason, which the record keeps.
     */
    public static void notBackdatedBeyond(String field, LocalDate date, Period limit, BackdatingReason reason,
                                          Clock clock) {
        if (reason == null && date.isBefore(LocalDate.now(clock).minus(limit))) {
            throw new Refusal(CommonRule.BACKDATING_LIMIT, field, "lies further back than the rule profile allows ("
                    + limit + ") without a backdatingReason (LATE_REGISTRATION, CORRECTION or MIGRATION)");
        }
    }
}
