package se.kontaktman.assignment.organisation;

import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import se.kontaktman.events.StaffRole;

/** The organisation's read models; {@code version} is the sequence number of the last event applied. */
public final class OrganisationViews {

    public static final String AREAS = "area_views";
    public static final String STAFF_GROUPS = "staff_group_views";
    public static final String STAFF = "staff_views";

    private OrganisationViews() {
    }

    @Document(AREAS)
    public record AreaView(@Id String areaId, String name, String areaManagerStaffId, long version) {
    }

    @Document(STAFF_GROUPS)
    public record StaffGroupView(@Id String staffGroupId, String areaId, String name, String phoneNumber,
                                 long version) {
    }

    @Document(STAFF)
    public record StaffMemberView(@Id String staffId, String name, Set<StaffRole> roles, String staffGroupId,
                                  boolean active, long version) {

        public boolean isActiveCareStaffOf(String groupId) {
            return active && roles.contains(StaffRole.CARE_STAFF) && groupId.equals(staffGroupId);
        }

        public boolean isActivePlannerOf(String groupId) {
            return active && roles.contains(StaffRole.PLANNER) && groupId.equals(staffGroupId);
        }
    }
}
