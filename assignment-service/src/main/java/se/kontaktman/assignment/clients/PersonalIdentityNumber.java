package se.kontaktman.assignment.clients;

import java.time.LocalDate;
import java.util.regex.Pattern;

import dev.personnummer.Options;
import dev.personnummer.Personnummer;
import dev.personnummer.PersonnummerException;
import se.kontaktman.assignment.AssignmentRule;
import se.kontaktman.platform.rules.CommonRule;
import se.kontaktman.platform.rules.Refusal;

/**
 * A personnummer or samordningsnummer, always with its century: {@code YYYYMMDDNNNN}, with or
 * without a hyphen. Date and check digit are checked by the personnummer library. Its
 * {@link #toString()} is masked so that it cannot end up in a log by accident.
 */
public final class PersonalIdentityNumber {

    private static final Pattern WITH_CENTURY = Pattern.compile("^(\\d{8})-?(\\d{4})$");
    private static final Options COORDINATION_NUMBERS_ALLOWED = new Options(true);

    private final String digits;

    private PersonalIdentityNumber(String digits) {
        this.digits = digits;
    }

    /**
     * @param field the request field, for the error
     * @param today a number whose date lies after today is refused
     */
    public static PersonalIdentityNumber parse(String field, String input, LocalDate today) {
        if (input == null || input.isBlank()) {
            throw new Refusal(CommonRule.NOT_BLANK, field, "is required");
        }
        var matcher = WITH_CENTURY.matcher(input.strip());
        if (!matcher.matches()) {
            throw new Refusal(AssignmentRule.PERSONNUMMER, field,
                    "must be 12 digits with century, YYYYMMDD-NNNN (personnummer or samordningsnummer)");
        }
        String digits = matcher.group(1) + matcher.group(2);
        Personnummer parsed;
        try {
            parsed = Personnummer.parse(digits, COORDINATION_NUMBERS_ALLOWED);
        } catch (PersonnummerException e) {
            throw new Refusal(AssignmentRule.PERSONNUMMER, field, "is not a valid personnummer or samordningsnummer"
                    + " (the date, the birth number 000, or the check digit is wrong)");
        }
        if (parsed.getDate().toLocalDate().isAfter(today)) {
            throw new Refusal(AssignmentRule.PERSONNUMMER, field, "has a date of birth after today");
        }
        return new PersonalIdentityNumber(digits);
    }

    static PersonalIdentityNumber ofStored(String digits) {
        return new PersonalIdentityNumber(digits);
    }

    /** The twelve digits, for storage and display to authorised staff only. */
    public String digits() {
        return digits;
    }

    /** The day of the month of birth (a samordningsnummer's day less its 60). */
    public int dayOfBirth() {
        int day = Integer.parseInt(digits.substring(6, 8));
        return day > 60 ? day - 60 : day;
    }

    /** {@code YYYYMMDD-NNNN}. */
    public String formatted() {
        return digits.substring(0, 8) + "-" + digits.substring(8);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PersonalIdentityNumber other && other.digits.equals(digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }

    @Override
    public String toString() {
        return "PersonalIdentityNumber[masked]";
    }
}
