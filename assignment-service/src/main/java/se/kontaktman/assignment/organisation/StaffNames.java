package se.kontaktman.assignment.organisation;

/** A staff member's name for display, or null when unknown. */
public interface StaffNames {

    String nameOf(String staffId);
}
