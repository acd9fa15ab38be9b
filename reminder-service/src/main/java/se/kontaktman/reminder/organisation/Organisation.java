package se.kontaktman.reminder.organisation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;
import se.kontaktman.events.IntegrationEvent;
import se.kontaktman.events.StaffRole;
import se.kontaktman.events.organisation.AreaDefined;
import se.kontaktman.events.organisation.StaffGroupDefined;
import se.kontaktman.events.organisation.StaffMemberDefined;
import se.kontaktman.reminder.deadlines.StaffLookup;

/**
 * The organisation as assignment-service last defined it, kept whole in memory by every
 * instance (it is small: staff, groups, areas), because every stage published names planners and
 * area managers, and staff leaving a group opens H1 gaps. Each definition carries the whole unit;
 * an older one arriving late is ignored. When a staff member stops, or starts again, being an
 * active care-staff member of their group, the day is kept: an H1 gap begins on it.
 */
@Component
public class Organisation implements StaffLookup {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    record Staff(Set<StaffRole> roles, String staffGroupId, boolean active, Instant definedAt,
                 LocalDate careStaffChangedOn) {

        boolean isActiveCareStaffOf(String group) {
            return active && roles.contains(StaffRole.CARE_STAFF) && group.equals(staffGroupId);
        }

        boolean isActivePlannerOf(String group) {
            return active && roles.contains(StaffRole.PLANNER) && group.equals(staffGroupId);
        }
    }

    private record Definition(String value, Instant definedAt) {
    }

    private final Map<String, Staff> staff = new ConcurrentHashMap<>();
    private final Map<String, Definition> areaOfGroup = new ConcurrentHashMap<>();
    private final Map<String, Definition> managerOfArea = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> plannersByGroup = new ConcurrentHashMap<>();
    private volatile boolean caughtUp;

    /** Applies a definition; anything else is not the organisation's. */
    public synchronized void apply(IntegrationEvent event, Instant definedAt) {
        if (event instanceof StaffMemberDefined e) {
            Staff before = staff.get(e.staffId());
            if (before != null && before.definedAt().isAfter(definedAt)) {
                return;
            }
            boolean careStaff = e.active() && e.roles().contains(StaffRole.CARE_STAFF);
            boolean changed = before == null || careStaff != (before.active() && before.roles().contains(StaffRole.CARE_STAFF))
                    || !Objects.equals(before.staffGroupId(), e.staffGroupId());
            LocalDate changedOn = changed ? LocalDate.ofInstant(definedAt, STOCKHOLM) : before.careStaffChangedOn();
            staff.put(e.staffId(), new Staff(Set.copyOf(e.roles()), e.staffGroupId(), e.active(), definedAt, changedOn));
            plannersByGroup.values().forEach(planners -> planners.remove(e.staffId()));
            if (e.active() && e.roles().contains(StaffRole.PLANNER) && e.staffGroupId() != null) {
                plannersByGroup.computeIfAbsent(e.staffGroupId(), group -> ConcurrentHashMap.newKeySet())
                        .add(e.staffId());
            }
        } else if (event instanceof StaffGroupDefined e) {
            keepLatest(areaOfGroup, e.staffGroupId(), e.areaId(), definedAt);
        } else if (event instanceof AreaDefined e) {
            keepLatest(managerOfArea, e.areaId(), e.areaManagerStaffId(), definedAt);
        }
    }

    private static void keepLatest(Map<String, Definition> map, String key, String value, Instant definedAt) {
        Definition before = map.get(key);
        if (before == null || !before.definedAt().isAfter(definedAt)) {
            map.put(key, new Definition(value, definedAt));
        }
    }

    @Override
    public Optional<LocalDate> leftGroupOn(String staffId, String staffGroupId) {
        Staff member = staff.get(staffId);
        if (member == null || member.isActiveCareStaffOf(staffGroupId)) {
            return Optional.empty();
        }
        return Optional.of(member.careStaffChangedOn());
    }

    @Override
    public List<String> plannersOf(String staffGroupId) {
        return List.copyOf(new TreeSet<>(plannersByGroup.getOrDefault(staffGroupId, Set.of())));
    }

    @Override
    public Optional<String> areaManagerOf(String staffGroupId) {
        return Optional.ofNullable(areaOfGroup.get(staffGroupId)).map(Definition::value)
                .map(managerOfArea::get).map(Definition::value);
    }

    /** Whether the staff member is an active planner of the group. */
    public boolean isPlannerOf(String staffId, String staffGroupId) {
        Staff member = staff.get(staffId);
        return member != null && member.isActivePlannerOf(staffGroupId);
    }

    /** Whether the staff member manages the area the group belongs to. */
    public boolean isAreaManagerOf(String staffId, String staffGroupId) {
        return areaManagerOf(staffGroupId).map(staffId::equals).orElse(false);
    }

    /** A staff member as last defined: what decides what they may see. */
    public record Member(String staffId, Set<StaffRole> roles, String staffGroupId, boolean active) {
    }

    public Optional<Member> member(String staffId) {
        return Optional.ofNullable(staff.get(staffId)).map(known -> new Member(staffId, known.roles(),
                known.staffGroupId(), known.active()));
    }

    public Optional<String> areaOf(String staffGroupId) {
        return Optional.ofNullable(areaOfGroup.get(staffGroupId)).map(Definition::value);
    }

    public Optional<String> managerOf(String areaId) {
        return Optional.ofNullable(managerOfArea.get(areaId)).map(Definition::value);
    }

    /** The staff group of a staff member, if known. */
    public Optional<String> staffGroupOf(String staffId) {
        return Optional.ofNullable(staff.get(staffId)).map(Staff::staffGroupId);
    }

    /** Whether every definition published before this instance started has been read. */
    public boolean isCaughtUp() {
        return caughtUp;
    }

    void caughtUp() {
        caughtUp = true;
    }
}
