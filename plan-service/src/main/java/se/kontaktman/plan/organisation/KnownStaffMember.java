package se.kontaktman.plan.organisation;

import java.time.Instant;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import se.kontaktman.events.StaffRole;

/** A staff member as last defined; {@code definedAt} is when that definition was published. */
@Document("staff_members")
public record KnownStaffMember(@Id String staffId, String name, Set<StaffRole> roles, String staffGroupId,
                               boolean active, Instant definedAt) {

    public boolean isActiveCareStaffOf(String groupId) {
        return active && roles.contains(StaffRole.CARE_STAFF) && groupId.equals(staffGroupId);
    }

    public boolean isPlannerFor(String groupId) {
        return active && roles.contains(StaffRole.PLANNER) && (staffGroupId == null || staffGroupId.equals(groupId));
    }
}
