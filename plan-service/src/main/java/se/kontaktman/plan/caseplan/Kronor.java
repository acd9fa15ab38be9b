package se.kontaktman.plan.caseplan;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

import se.kontaktman.plan.PlanRule;
import se.kontaktman.platform.rules.Refusal;

/** Amounts of a client's money (L8): kept in öre, as a whole number, so that sums are exact. */
public final class Kronor {

    /** More than any household's cash in a contact person's keeping; a typo's guard. */
    private static final BigDecimal MOST = new BigDecimal("1000000");

    private Kronor() {
    }

    /** An amount in kronor with at most two decimals, more than zero: in öre. */
    public static long toOre(String field, BigDecimal kronor) {
        if (kronor == null || kronor.signum() <= 0 || kronor.stripTrailingZeros().scale() > 2
                || kronor.compareTo(MOST) > 0) {
            throw new Refusal(PlanRule.L8_AMOUNT_IN_KRONOR, field,
                    "an amount in kronor, more than 0 and at most 1 000 000, with at most two decimals (öre)");
        }
        return kronor.movePointRight(2).longValueExact();
    }

    /** Like {@link #toOre} but zero is allowed: a count may find an empty purse. */
    public static long countToOre(String field, BigDecimal kronor) {
        return kronor != null && kronor.signum() == 0 ? 0 : toOre(field, kronor);
    }

    public static BigDecimal ofOre(long ore) {
        return BigDecimal.valueOf(ore, 2);
    }

    /** As staff read it: "1 234,50 kr". */
    public static String format(long ore) {
        NumberFormat swedish = NumberFormat.getNumberInstance(Locale.forLanguageTag("sv-SE"));
        swedish.setMinimumFractionDigits(2);
        swedish.setMaximumFractionDigits(2);
        return swedish.format(ofOre(ore)).replace('\u00a0', ' ').replace('\u2212', '-') + " kr";
    }
}
