package se.kontaktman.platform.rules;

import java.util.EnumMap;
import java.util.Map;

import se.kontaktman.events.CareProfile;
import se.kontaktman.rules.RuleProfile;

/**
 * The rule profile in force for each care profile: the seeds' defaults, with the organisation's
 * own steps and numbers where it has chosen them ({@link RuleProfilesConfiguration}). Every
 * service that states or enforces a number reads it here.
 */
public final class RuleProfiles {

    private final Map<CareProfile, RuleProfile> profiles = new EnumMap<>(CareProfile.class);

    public RuleProfiles(Map<CareProfile, RuleProfile> chosen) {
        for (CareProfile careProfile : CareProfile.values()) {
            profiles.put(careProfile, chosen.getOrDefault(careProfile, RuleProfile.defaults(careProfile)));
        }
    }

    public static RuleProfiles defaults() {
        return new RuleProfiles(Map.of());
    }

    public RuleProfile of(CareProfile careProfile) {
        return profiles.get(careProfile);
    }
}
