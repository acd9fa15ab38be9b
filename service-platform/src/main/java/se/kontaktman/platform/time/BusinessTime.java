package se.kontaktman.platform.time;

import java.time.Duration;
import java.time.Instant;

/**
 * Where the business clock stands at a moment of the system clock: moved by
 * {@code kontaktman.clock.offset}, as the services' {@link java.time.Clock} is. The event store
 * stamps events with system time (its tracking relies on it); published events carry business
 * time, so that every subscriber dates them by the same calendar as the services that wrote them.
 */
public record BusinessTime(Duration offset) {

    public Instant at(Instant systemTime) {
        return systemTime.plus(offset);
    }
}
