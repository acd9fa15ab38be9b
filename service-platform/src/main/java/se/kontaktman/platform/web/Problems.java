package se.kontaktman.platform.web;

import se.kontaktman.platform.rules.RefusalStatus;

/**
 * Problem details written where Spring's message converters are not at hand (a filter, the web
 * server's own error report): the same fields as every other refusal, the detail never quoting
 * the request.
 */
public final class Problems {

    private Problems() {
    }

    static String json(RefusalStatus status, String detail, String rule) {
        return json(status.httpStatus(), status.problemType(), status.title(), detail, rule);
    }

    /** The texts must hold no quote or backslash: they are written as they are. */
    public static String json(int status, String type, String title, String detail, String rule) {
        return "{\"type\":\"urn:se.kontaktman:problem:" + type + "\",\"title\":\"" + title + "\",\"status\":"
                + status + ",\"detail\":\"" + detail + "\",\"rule\":\"" + rule + "\"}";
    }
}
