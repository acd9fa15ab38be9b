package se.kontaktman.platform;

/** An unknown case, staff member, staff group or area in the request's path: 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, String id) {
        super("no " + what + " with id " + id);
    }
}
