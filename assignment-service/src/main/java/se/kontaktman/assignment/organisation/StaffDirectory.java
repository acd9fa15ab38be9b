package se.kontaktman.assignment.organisation;

import java.util.Map;
import java.util.Set;

import se.kontaktman.platform.rules.Refusal;

/** What the case rules need to know about the organisation. */
public interface StaffDirectory {

    /**
     * @param staffIdByField staff ids by the request field that named them, checked in the map's
     *                       order; a directory may read them all in one round trip
     * @throws Refusal unless each is an active care-staff member of {@code staffGroupId} (H1)
     */
    void requireActiveCareStaffOf(Map<String, String> staffIdByField, String staffGroupId);

    /** @throws Refusal unless the staff group exists */
    void requireStaffGroup(String field, String staffGroupId);

    /** Whether the staff member is an active planner of the staff group. */
    boolean isActivePlannerOf(String staffId, String staffGroupId);

    /** The staff ids of the group's active care staff: who may be, and still counts as, contact person. */
    Set<String> activeCareStaffOf(String staffGroupId);
}
