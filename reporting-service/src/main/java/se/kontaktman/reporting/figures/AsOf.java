package se.kontaktman.reporting.figures;

import java.time.LocalDate;

import se.kontaktman.platform.time.ClockConfiguration;

/**
 * The two dates of every answer: the day the figures are about ({@code date}) and the day whose
 * knowledge they use ({@code knownAsOf}: only what the suite had learned by that day's end). Asked
 * for a past day, an answer gives what was true and known then, not what is known now about then.
 * A class rather than a record so that the end of the day, asked once per case, is worked out once.
 */
public final class AsOf {

    private final LocalDate date;
    private final LocalDate knownAsOf;
    private final int day;
    private final long knownBy;

    public AsOf(LocalDate date, LocalDate knownAsOf) {
        if (date.isAfter(knownAsOf)) {
            throw new IllegalArgumentException("a date after what is known of it");
        }
        this.date = date;
        this.knownAsOf = knownAsOf;
        this.day = (int) date.toEpochDay();
        this.knownBy = knownAsOf.plusDays(1).atStartOfDay(ClockConfiguration.STOCKHOLM).toInstant().toEpochMilli();
    }

    public static AsOf on(LocalDate day) {
        return new AsOf(day, day);
    }

    public LocalDate date() {
        return date;
    }

    public LocalDate knownAsOf() {
        return knownAsOf;
    }

    /** {@code date} as an epoch day. */
    public int day() {
        return day;
    }

    /** Facts known before this moment (epoch milliseconds) count: the end of {@code knownAsOf} in Stockholm. */
    public long knownBy() {
        return knownBy;
    }
}
