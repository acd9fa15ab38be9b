package se.kontaktman.plan.organisation;

import java.util.Optional;

/** The staff, staff groups and areas plan-service has heard of from assignment-service. */
public interface StaffDirectory {

    Optional<KnownStaffMember> staffMember(String staffId);

    Optional<KnownStaffGroup> staffGroup(String staffGroupId);

    Optional<KnownArea> area(String areaId);
}
