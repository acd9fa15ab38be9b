package se.kontaktman.platform.rules;

/** An unknown case, staff member, staff group, area, visit or note: 404. Not a rule, an absence. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, String id) {
        super("no " + what + " with id " + id);
    }
}
