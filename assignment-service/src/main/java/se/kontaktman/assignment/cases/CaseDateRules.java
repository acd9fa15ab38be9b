package se.kontaktman.assignment.cases;

import java.time.Clock;
import java.time.LocalDate;

import se.kontaktman.platform.UnprocessableException;

/**
 * Dates on a case record what has happened: none lies after today (in Europe/Stockholm), and a
 * change never predates the start of the case or the appointment it replaces, so the history
 * stays in order.
 */
final class CaseDateRules {

    static final String NOT_IN_FUTURE = "date-not-in-future";
    static final String IN_ORDER = "date-in-order";

    private CaseDateRules() {
    }

    static void notAfterToday(String field, LocalDate date, Clock clock) {
        if (date.isAfter(LocalDate.now(clock))) {
            throw new UnprocessableException(field, NOT_IN_FUTURE, "must not be after today");
        }
    }

    static void notBefore(String field, LocalDate date, LocalDate earliest, String what) {
        if (earliest != null && date.isBefore(earliest)) {
            throw new UnprocessableException(field, IN_ORDER, "must not be before " + what + " (" + earliest + ")");
        }
    }
}
