package se.kontaktman.assignment.organisation.api;

import java.util.Set;

import se.kontaktman.events.StaffRole;

/** Each event carries the unit's whole state after the change. */
public final class OrganisationEvents {

    private OrganisationEvents() {
    }

    public record AreaDefinedEvent(String areaId, String name, String areaManagerStaffId) {
    }

    public record StaffGroupDefinedEvent(String staffGroupId, String areaId, String name, String phoneNumber) {
    }

    public record StaffMemberDefinedEvent(String staffId, String name, Set<StaffRole> roles, String staffGroupId,
                                          boolean active) {
    }
}
