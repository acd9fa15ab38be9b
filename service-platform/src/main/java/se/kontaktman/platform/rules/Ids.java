package se.kontaktman.platform;

import java.util.regex.Pattern;

/**
 * Ids of areas, staff groups and staff members are chosen by the organisation (an HR id, say).
 * They travel on Kafka and in URLs, so they may never be a personnummer.
 */
public final class Ids {

    public static final String PATTERN = "^(?![0-9+-]{10,13}$)[A-Za-z0-9][A-Za-z0-9._-]{0,63}$";
    public static final String MESSAGE =
            "must be 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit, and not a personnummer";
    /** The rule's name in problem details, the same for ids in paths and in bodies. */
    public static final String RULE = OrganisationId.class.getSimpleName();
    private static final Pattern COMPILED = Pattern.compile(PATTERN);

    private Ids() {
    }

    public static String require(String field, String id) {
        if (id == null || !COMPILED.matcher(id).matches()) {
            throw new InvalidInputException(field, RULE, MESSAGE);
        }
        return id;
    }

    /** Case ids are random UUIDs; anything else cannot name a case. */
    public static String requireCaseId(String caseId) {
        try {
            if (java.util.UUID.fromString(caseId).toString().equals(caseId)) {
                return caseId;
            }
        } catch (IllegalArgumentException notAUuid) {
            // fall through
        }
        throw new InvalidInputException("caseId", "uuid", "must be a case id (a lower-case UUID)");
    }
}
