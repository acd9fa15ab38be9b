package se.kontaktman.reporting.figures;

import java.time.LocalDate;

import se.kontaktman.platform.time.ClockConfiguration;

/**
 * The two dates of every answer: the day the figures are about ({@code date}) and the day whose
 * knowledge they use ({@code knownAsOf}: only what the suite had learned by that day's end). Asked
 * for a past day, an answer gives what was true and known then, not what is known now about then.
 */
public record AsOf(LocalDate date, LocalDate knownAsOf) {

    public AsOf {
        if (date.isAfter(knownAsOf)) {
            throw new IllegalArgumentException("a date after what is known of it");
        }
    }

    public static AsOf on(LocalDate day) {
        return new AsOf(day, day);
    }

    public int day() {
        return (int) date.toEpochDay();
    }

    /** Facts known before this moment (epoch milliseconds) count: the end of {@code knownAsOf} in Stockholm. */
    public long knownBy() {
        return knownAsOf.plusDays(1).atStartOfDay(ClockConfiguration.STOCKHOLM).toInstant().toEpochMilli();
    }
}
