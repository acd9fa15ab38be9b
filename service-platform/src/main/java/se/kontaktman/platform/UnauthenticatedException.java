package se.kontaktman.platform;

/** The request does not say which staff member makes it: 401. */
public class UnauthenticatedException extends RefusedException {

    public UnauthenticatedException(String field, String rule, String message) {
        super(field, rule, message);
    }
}
