package se.kontaktman.platform;

/**
 * Which staff member makes a request. Until the gateway signs in staff and passes a token, it
 * sets this development header; its name says that it is not authentication, and it must not be
 * reachable from outside the gateway.
 */
public final class StaffIdentity {

    public static final String DEV_HEADER = "X-Dev-Staff-Id";
    public static final String RULE = "staff-identity-required";

    private StaffIdentity() {
    }

    /** @return the staff id from the header, or a 401 (absent) or 400 (not a staff id) */
    public static String require(String headerValue) {
        if (headerValue == null || headerValue.isBlank()) {
            throw new UnauthenticatedException(DEV_HEADER, RULE,
                    "the request must say which staff member makes it (header " + DEV_HEADER + ")");
        }
        return Ids.require(DEV_HEADER, headerValue);
    }
}
