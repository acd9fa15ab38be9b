package se.kontaktman.gateway.pages;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Dates and times as staff read them: Europe/Stockholm, whatever zone the server runs in. */
final class Stockholm {

    static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZONE);

    private Stockholm() {
    }

    static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    static String minute(Instant at) {
        return MINUTE.format(at);
    }
}
