package se.kontaktman.assignment.support;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

/** Valid personnummer for tests, made with the Luhn check digit over the last ten digits. */
public final class TestPersonnummer {

    private TestPersonnummer() {
    }

    public static String random() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        LocalDate born = LocalDate.of(1920, 1, 1).plusDays(r.nextInt(365 * 80));
        return of(born, r.nextInt(1, 1000), false);
    }

    public static String coordinationNumber() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return of(LocalDate.of(1950, 1, 1).plusDays(r.nextInt(365 * 50)), r.nextInt(1, 1000), true);
    }

    public static String of(LocalDate born, int serial, boolean coordination) {
        String date = String.format("%04d%02d%02d", born.getYear(), born.getMonthValue(),
                born.getDayOfMonth() + (coordination ? 60 : 0));
        String nine = date.substring(2) + String.format("%03d", serial);
        return date + "-" + String.format("%03d", serial) + luhn(nine);
    }

    static int luhn(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < nineDigits.length(); i++) {
            int d = (nineDigits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += d > 9 ? d - 9 : d;
        }
        return (10 - sum % 10) % 10;
    }
}
