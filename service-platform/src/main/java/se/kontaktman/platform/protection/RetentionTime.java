package se.kontaktman.platform.protection;

import java.time.LocalDate;

/**
 * How long a client's records are kept after the last entry made in them before they are
 * destroyed (gallring; the rule and its source: assignment-service's {@code RetentionRule}). One
 * setting, {@code kontaktman.retention.years}, for every service that keeps such records.
 */
public record RetentionTime(int years) {

    public RetentionTime {
        if (years < 1) {
            throw new IllegalStateException("kontaktman.retention.years must be at least 1");
        }
    }

    /** The first day records whose last entry was made then may be destroyed. */
    public LocalDate endsAfter(LocalDate lastEntry) {
        return lastEntry.plusYears(years);
    }

    public boolean ended(LocalDate lastEntry, LocalDate today) {
        return !today.isBefore(endsAfter(lastEntry));
    }

    /** The latest last entry whose retention time has ended today. */
    public LocalDate lastEntryEndedBy(LocalDate today) {
        return today.minusYears(years);
    }
}
