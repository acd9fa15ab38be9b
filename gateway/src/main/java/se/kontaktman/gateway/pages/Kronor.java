package se.kontaktman.gateway.pages;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/** The client's money (L8) as staff type and read it: "1 234,50 kr"; the service takes kronor with at most two decimals. */
final class Kronor {

    private Kronor() {
    }

    /**
     * What was typed, as kronor: spaces (also between thousands) and a trailing "kr" left out, a
     * decimal comma or point; null when nothing was typed; the text unchanged when it is not a
     * number, so that the page can say so. The service judges the rest (more than 0, öre).
     */
    static Object typed(String text) {
        String given = Typed.blankToNull(text);
        if (given == null) {
            return null;
        }
        String number = given.replaceAll("(?i)\\s*kr\\.?$", "").replaceAll("[\\s\\u00a0]", "").replace(',', '.');
        try {
            return new BigDecimal(number);
        } catch (NumberFormatException notANumber) {
            return given;
        }
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
