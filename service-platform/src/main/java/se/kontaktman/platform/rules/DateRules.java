package se.kontaktman.platform;

import java.time.Clock;
import java.time.LocalDate;


/**
 * Dates on a record of what has happened: none lies after today (in Europe/Stockholm), and none
 * predates what it follows (the start of the case, the appointment it replaces, the plan it
 * follows up), so the history stays in order.
 */
public final class DateRules {

    public static final String NOT_IN_FUTURE = "date-not-in-future";
    public static final String IN_ORDER = "date-in-order";

    private DateRules() {
    }

    public static void notAfterToday(String field, LocalDate date, Clock clock) {
        if (date.isAfter(LocalDate.now(clock))) {
            throw new UnprocessableException(field, NOT_IN_FUTURE, "must not be after today");
        }
    }

    public static void notBefore(String field, LocalDate date, LocalDate earliest, String what) {
        if (earliest != null && date.isBefore(earliest)) {
            throw new UnprocessableException(field, IN_ORDER, "must not be before " + what + " (" + earliest + ")");
        }
    }
}
