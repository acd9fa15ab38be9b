package se.kontaktman.plan.rules;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import se.kontaktman.events.CareProfile;
import se.kontaktman.rules.CareStep;
import se.kontaktman.rules.RuleProfile;

/**
 * The rule profile in force for each care profile: the shared defaults, with the steps an
 * organisation has chosen instead where it has ({@code kontaktman.rules.steps.LSS=...}).
 */
public final class RuleProfiles {

    private final Map<CareProfile, RuleProfile> profiles = new EnumMap<>(CareProfile.class);

    public RuleProfiles(Map<CareProfile, Set<CareStep>> chosenSteps) {
        for (CareProfile careProfile : CareProfile.values()) {
            RuleProfile profile = RuleProfile.defaults(careProfile);
            Set<CareStep> steps = chosenSteps.get(careProfile);
            profiles.put(careProfile, steps == null || steps.isEmpty() ? profile : profile.withSteps(steps));
        }
    }

    public static RuleProfiles defaults() {
        return new RuleProfiles(Map.of());
    }

    public RuleProfile of(CareProfile careProfile) {
        return profiles.get(careProfile);
    }
}
