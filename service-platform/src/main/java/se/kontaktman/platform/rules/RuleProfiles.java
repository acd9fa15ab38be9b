package se.kontaktman.platform.rules;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import se.kontaktman.events.CareProfile;
import se.kontaktman.rules.RuleProfile;

/**
 * The rule profile in force for a case: the seeds' defaults for its care profile, with the
 * organisation's own steps and numbers where it has chosen them, and a staff group's own where it
 * has chosen those (14 days for the plan in one group, say). Every service that states or enforces
 * a number reads it here ({@link RuleProfilesConfiguration}).
 */
public final class RuleProfiles {

    private final Map<CareProfile, RuleProfile> byCareProfile = new EnumMap<>(CareProfile.class);
    private final Map<String, Map<CareProfile, RuleProfile>> byStaffGroup = new HashMap<>();

    /**
     * @param chosen       per care profile, where the organisation chose its own
     * @param staffGroups  per staff group and care profile, where a group has settings of its own
     */
    public RuleProfiles(Map<CareProfile, RuleProfile> chosen, Map<String, Map<CareProfile, RuleProfile>> staffGroups) {
        for (CareProfile careProfile : CareProfile.values()) {
            byCareProfile.put(careProfile, chosen.getOrDefault(careProfile, RuleProfile.defaults(careProfile)));
        }
        staffGroups.forEach((group, profiles) -> byStaffGroup.put(group, new EnumMap<>(profiles)));
    }

    public RuleProfiles(Map<CareProfile, RuleProfile> chosen) {
        this(chosen, Map.of());
    }

    public static RuleProfiles defaults() {
        return new RuleProfiles(Map.of());
    }

    /** The profile of a care profile, before any staff group's own settings. */
    public RuleProfile of(CareProfile careProfile) {
        return byCareProfile.get(careProfile);
    }

    /** The profile in force for a case of this care profile in this staff group. */
    public RuleProfile of(CareProfile careProfile, String staffGroupId) {
        Map<CareProfile, RuleProfile> group = staffGroupId == null ? null : byStaffGroup.get(staffGroupId);
        return group == null ? of(careProfile) : group.getOrDefault(careProfile, of(careProfile));
    }
}
