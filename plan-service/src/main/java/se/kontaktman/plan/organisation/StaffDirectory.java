package se.kontaktman.plan.organisation;

import java.util.Optional;

/** The staff and staff groups plan-service has heard of from assignment-service. */
public interface StaffDirectory {

    Optional<KnownStaffMember> staffMember(String staffId);

    Optional<KnownStaffGroup> staffGroup(String staffGroupId);
}
