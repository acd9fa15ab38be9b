package se.kontaktman.reminder.deadlines;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** What the deadline rules need to know about the organisation. */
public interface StaffLookup {

    /**
     * Since when the staff member is no longer an active care-staff member of the group (left,
     * made inactive, moved); empty while they are, or while nothing is known of them.
     */
    Optional<LocalDate> leftGroupOn(String staffId, String staffGroupId);

    /** The group's active planners, who are told of its overdue deadlines and answer for H1. */
    List<String> plannersOf(String staffGroupId);

    /** The area manager of the group's area, who is told when an overdue deadline is escalated. */
    Optional<String> areaManagerOf(String staffGroupId);
}
