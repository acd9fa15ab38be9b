package se.kontaktman.plan.contactsheet;

import java.time.Period;

/**
 * A rule profile's periods in the words of the seed's sheet: "inom tre veckor", "minst var
 * sjätte månad". Numbers up to twelve are written out, as a client reads them; larger ones in
 * digits.
 */
final class SwedishPeriods {

    private static final String[] COMMON = {"noll", "en", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio",
            "tio", "elva", "tolv"};
    private static final String[] ORDINAL = {null, null, null, "tredje", "fjärde", "femte", "sjätte", "sjunde",
            "åttonde", "nionde", "tionde", "elfte", "tolfte"};

    private SwedishPeriods() {
    }

    /** "inom tre veckor", "inom 14 dagar" (a period that is not whole weeks, months or years is in days). */
    static String within(Period period) {
        Unit unit = Unit.of(period);
        return "inom " + cardinal(unit.count, unit.neuter()) + " " + (unit.count == 1 ? unit.singular : unit.plural);
    }

    /** "minst var sjätte månad", "minst varannan vecka", "minst varje år". */
    static String atLeastEvery(Period period) {
        Unit unit = Unit.of(period);
        String every = switch (unit.count) {
            case 1 -> "varje";
            case 2 -> unit.neuter() ? "vartannat" : "varannan";
            default -> (unit.neuter() ? "vart " : "var ") + ordinal(unit.count);
        };
        return "minst " + every + " " + unit.singular;
    }

    private static String cardinal(int n, boolean neuter) {
        if (n == 1 && neuter) {
            return "ett";
        }
        return n < COMMON.length ? COMMON[n] : String.valueOf(n);
    }

    private static String ordinal(int n) {
        return n < ORDINAL.length ? ORDINAL[n] : n + ":e";
    }

    private record Unit(int count, String singular, String plural) {

        static Unit of(Period period) {
            if (period.getDays() == 0) {
                long months = period.toTotalMonths();
                if (months % 12 == 0) {
                    return new Unit((int) (months / 12), "år", "år");
                }
                return new Unit((int) months, "månad", "månader");
            }
            if (period.toTotalMonths() == 0 && period.getDays() % 7 == 0) {
                return new Unit(period.getDays() / 7, "vecka", "veckor");
            }
            if (period.toTotalMonths() != 0) {
                throw new IllegalArgumentException("a period of months and days has no words on the sheet: " + period);
            }
            return new Unit(period.getDays(), "dag", "dagar");
        }

        boolean neuter() {
            return singular.equals("år");
        }
    }
}
