package se.kontaktman.reporting.projection;

import java.time.Instant;
import java.time.LocalDate;

import se.kontaktman.platform.time.ClockConfiguration;

/**
 * One thing the events say about a case, kept small because every instance holds every case's
 * facts in memory: dates as epoch days, the moment it was known (the CloudEvent's time) as epoch
 * milliseconds and its day, one staff or group id, and up to two numbers and two codes whose meaning depends
 * on the kind (see {@link Facts}). Two time axes: {@code on} is when it happened, {@code knownAt}
 * when the suite learned it; an "as of" answer uses only facts known by then.
 */
public record Fact(FactKind kind, int on, long knownAt, int knownOn, String ref, int number, int number2, int code,
                   int code2) {

    /** @param knownAt when it became known; its calendar day in Europe/Stockholm is worked out once, here */
    public static Fact of(FactKind kind, int on, long knownAt, String ref, int number, int number2, int code,
                          int code2) {
        int knownOn = (int) Instant.ofEpochMilli(knownAt).atZone(ClockConfiguration.STOCKHOLM).toLocalDate()
                .toEpochDay();
        return new Fact(kind, on, knownAt, knownOn, ref, number, number2, code, code2);
    }

    public LocalDate onDate() {
        return LocalDate.ofEpochDay(on);
    }

    /** Whether it was known by the end of {@code day} and had happened by then. */
    public boolean countsOn(int day, long knownBy) {
        return on <= day && knownAt < knownBy;
    }

    /** Recorded on a later day than the one it is about: an answer that counts it says so. */
    public boolean recordedLate() {
        return knownOn() > on;
    }
}
