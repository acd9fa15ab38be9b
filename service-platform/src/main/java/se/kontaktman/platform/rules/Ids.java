package se.kontaktman.platform.rules;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Ids of areas, staff groups and staff members are chosen by the organisation (an HR id, say).
 * They travel on Kafka and in URLs, so they may never be a personnummer. Case ids are random
 * UUIDs.
 */
public final class Ids {

    public static final String PATTERN = "^(?![0-9+-]{10,13}$)[A-Za-z0-9][A-Za-z0-9._-]{0,63}$";
    public static final String MESSAGE =
            "must be 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit, and not a personnummer";
    private static final Pattern COMPILED = Pattern.compile(PATTERN);

    private Ids() {
    }

    public static boolean isValid(String id) {
        return id != null && COMPILED.matcher(id).matches();
    }

    public static String require(String field, String id) {
        if (!isValid(id)) {
            throw new Refusal(CommonRule.ORGANISATION_ID, field, MESSAGE);
        }
        return id;
    }

    /** Anything but a lower-case UUID cannot name a case. */
    public static String requireCaseId(String caseId) {
        if (isCaseId(caseId)) {
            return caseId;
        }
        throw new Refusal(CommonRule.CASE_ID, "caseId", "must be a case id (a lower-case UUID)");
    }

    public static boolean isCaseId(String caseId) {
        try {
            return caseId != null && UUID.fromString(caseId).toString().equals(caseId);
        } catch (IllegalArgumentException notAUuid) {
            return false;
        }
    }
}
