package se.kontaktman.assignment.organisation;

import java.util.Map;

import se.kontaktman.platform.UnprocessableException;

/** What the case rules need to know about the organisation. */
public interface StaffDirectory {

    /**
     * @throws UnprocessableException unless {@code staffId} is an active care-staff member of
     *                                   {@code staffGroupId}
     */
    void requireActiveCareStaffOf(String field, String staffId, String staffGroupId);

    /**
     * The same for several staff members at once, checked in the map's order; a directory may
     * read them all in one round trip.
     */
    default void requireActiveCareStaffOf(Map<String, String> staffIdByField, String staffGroupId) {
        staffIdByField.forEach((field, staffId) -> requireActiveCareStaffOf(field, staffId, staffGroupId));
    }

    /** @throws UnprocessableException unless the staff group exists */
    void requireStaffGroup(String field, String staffGroupId);
}
