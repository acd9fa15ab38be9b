package se.kontaktman.assignment.organisation;

import se.kontaktman.platform.UnprocessableException;

/** What the case rules need to know about the organisation. */
public interface StaffDirectory {

    /**
     * @throws UnprocessableException unless {@code staffId} is an active care-staff member of
     *                                   {@code staffGroupId}
     */
    void requireActiveCareStaffOf(String field, String staffId, String staffGroupId);

    /** @throws UnprocessableException unless the staff group exists */
    void requireStaffGroup(String field, String staffGroupId);
}
