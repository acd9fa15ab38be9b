package se.kontaktman.rules;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Objects;

/**
 * Months of the year in which every plan is checked to see that it is current, and a follow-up is
 * booked (rule H5: "April/Maj", "Okt/Nov"). A window lies within one calendar year: from the first
 * day of {@code first} to the last day of {@code last}.
 */
public record CheckWindow(Month first, Month last) {

    public CheckWindow {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (first.compareTo(last) > 0) {
            throw new IllegalArgumentException("a check window lies within one calendar year, so "
                    + first + " cannot come before " + last);
        }
    }

    /**
     * Reads {@code APRIL-MAY} or a single month ({@code APRIL}), in any case: the form
     * {@link #toString()} gives. Spring binds configuration through this method.
     *
     * @throws IllegalArgumentException when the text is not one or two month names joined by '-'
     */
    public static CheckWindow valueOf(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a check window is one month or two joined by '-', e.g. APRIL-MAY;"
                    + " got nothing");
        }
        String[] months = text.split("-", -1);
        if (months.length > 2) {
            throw notAWindow(text);
        }
        Month first = month(months[0], text);
        Month last = months.length == 2 ? month(months[1], text) : first;
        return new CheckWindow(first, last);
    }

    public boolean contains(LocalDate date) {
        Month month = date.getMonth();
        return first.compareTo(month) <= 0 && month.compareTo(last) <= 0;
    }

    /** The window's dates in a year. */
    public Dated in(int year) {
        return new Dated(LocalDate.of(year, first, 1), YearMonth.of(year, last).atEndOfMonth());
    }

    /** {@code APRIL-MAY}, or {@code APRIL} for a single month; {@link #valueOf} reads it back. */
    @Override
    public String toString() {
        return first == last ? first.name() : first.name() + "-" + last.name();
    }

    /** A window in one year: {@code start} and {@code end} both belong to it. */
    public record Dated(LocalDate start, LocalDate end) {

        public Dated {
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
            if (end.isBefore(start)) {
                throw new IllegalArgumentException("a window ends on or after its start");
            }
        }

        public boolean contains(LocalDate date) {
            return !date.isBefore(start) && !date.isAfter(end);
        }
    }

    private static Month month(String name, String text) {
        try {
            return Month.valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw notAWindow(text);
        }
    }

    // The text is configuration, never personal data, so the message may quote it.
    private static IllegalArgumentException notAWindow(String text) {
        return new IllegalArgumentException("'" + text + "' is not a check window: expected one month or two"
                + " joined by '-', in English, e.g. APRIL-MAY or OCTOBER-NOVEMBER");
    }
}
