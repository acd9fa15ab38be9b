package se.kontaktman.gateway.pages;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The client's money (L8) as staff type and read it: "1 234,50 kr"; the service takes kronor with at most two decimals. */
final class Kronor {

    private static final Pattern AMOUNT = Pattern.compile("(\\d{1,3}(?: \\d{3})+|\\d{1,9})(?:[.,](\\d{1,2}))?");

    private Kronor() {
    }

    /**
     * What was typed, as kronor: whole kronor, with spaces between thousands or none, and at most
     * two decimals after a comma or a point, a trailing "kr" left out ("1 234,50", "250 kr",
     * "99.5"); null when nothing was typed. Anything else is the text unchanged, so that the page
     * says it is not an amount rather than guess: "1.000" could be a thousand or one krona.
     */
    static Object typed(String text) {
        String given = Typed.blankToNull(text);
        if (given == null) {
            return null;
        }
        String number = given.replaceAll("(?i)\\s*kr\\.?$", "").replaceAll("[\\u00a0\\u202f]", " ").strip();
        Matcher kronor = AMOUNT.matcher(number);
        if (!kronor.matches()) {
            return given;
        }
        String whole = kronor.group(1).replace(" ", "");
        return new BigDecimal(kronor.group(2) == null ? whole : whole + "." + kronor.group(2));
    }

    /** "1 234,50 kr", "-300,00 kr"; empty for no amount. */
    static String format(String amount) {
        if (amount == null || amount.isBlank()) {
            return "";
        }
        NumberFormat swedish = NumberFormat.getNumberInstance(Locale.forLanguageTag("sv-SE"));
        swedish.setMinimumFractionDigits(2);
        swedish.setMaximumFractionDigits(2);
        return swedish.format(new BigDecimal(amount)).replace('\u00a0', ' ').replace('\u202f', ' ')
                .replace('\u2212', '-') + " kr";
    }
}
