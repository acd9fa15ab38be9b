package se.kontaktman.platform.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** A clock tests can set; starts at 10:00 on the given day in Europe/Stockholm. */
public final class MutableClock extends Clock {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private volatile Instant now;

    public MutableClock(LocalDate today) {
        setToday(today);
    }

    public void setToday(LocalDate today) {
        now = today.atTime(10, 0).atZone(STOCKHOLM).toInstant();
    }

    @Override
    public ZoneId getZone() {
        return STOCKHOLM;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
