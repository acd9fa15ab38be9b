package se.kontaktman.assignment.organisation;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

import se.kontaktman.assignment.organisation.OrganisationViews.StaffMemberView;
import se.kontaktman.platform.rules.Refusal;

/** What the case rules need to know about the organisation. */
public interface StaffDirectory {

    /** The staff members with these ids, by id, in one read; unknown ids are absent. */
    Map<String, StaffMemberView> staffMembers(Collection<String> staffIds);

    /** @throws Refusal unless the staff group exists */
    void requireStaffGroup(String field, String staffGroupId);

    /** The staff ids of the group's active care staff: who may be, and still counts as, contact person. */
    Set<String> activeCareStaffOf(String staffGroupId);
}
