package se.kontaktman.reporting.organisation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import se.kontaktman.events.StaffRole;

/**
 * The organisation as the events tell it now: areas, their staff groups and staff, with names.
 * Overviews name staff from here; the organisation's history is not kept (a group moved to
 * another area is counted in its new area for every date).
 */
public record Directory(Map<String, Area> areas, Map<String, Group> groups, Map<String, Staff> staff) {

    public static final Directory EMPTY = new Directory(Map.of(), Map.of(), Map.of());

    public record Area(String areaId, String name, String areaManagerStaffId) {
    }

    public record Group(String staffGroupId, String areaId, String name) {
    }

    public record Staff(String staffId, String name, Set<StaffRole> roles, String staffGroupId, boolean active) {
    }

    public Optional<Area> area(String areaId) {
        return Optional.ofNullable(areas.get(areaId));
    }

    public Optional<Group> group(String staffGroupId) {
        return Optional.ofNullable(groups.get(staffGroupId));
    }

    public Optional<Staff> staffMember(String staffId) {
        return Optional.ofNullable(staff.get(staffId));
    }

    /** A staff member's name, or their id where the organisation does not (yet) name them. */
    public String nameOf(String staffId) {
        if (staffId == null) {
            return null;
        }
        Staff member = staff.get(staffId);
        return member == null ? staffId : member.name();
    }

    public String groupName(String staffGroupId) {
        Group group = groups.get(staffGroupId);
        return group == null ? staffGroupId : group.name();
    }

    public List<String> groupsOf(String areaId) {
        return groups.values().stream().filter(group -> areaId.equals(group.areaId()))
                .map(Group::staffGroupId).sorted().toList();
    }

    public Optional<String> areaOf(String staffGroupId) {
        return group(staffGroupId).map(Group::areaId);
    }
}
