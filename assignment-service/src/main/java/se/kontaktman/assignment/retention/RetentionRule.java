package se.kontaktman.assignment.retention;

import java.time.LocalDate;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import se.kontaktman.assignment.clients.PersonalIdentityNumber;
import se.kontaktman.events.CareProfile;
import se.kontaktman.platform.protection.RetentionTime;

/**
 * Gallring, in one place. Social services' records of a person are destroyed five years after
 * the last entry was made in them, and not while anything else of the same person is kept
 * (socialtjänstlagen (2001:453) 12 kap. 1 §); records of people born on the 5th, 15th and 25th
 * of a month are kept for research instead (12 kap. 2 § with socialtjänstförordningen (2001:937)
 * 7 kap. 2 §), for the archive to take over. LSS records have no such rule for the municipality's
 * own work and are kept (bevaras) unless a number of years is set for them. The years and the days
 * are settings, as a municipality's document management plan (dokumenthanteringsplan) may say
 * more; a new socialtjänstlag (2025:400) replaced the 2001 one from July 2025, whose provisions the
 * municipality's archivist checks before the job destroys anything.
 */
@Component
public class RetentionRule {

    private final RetentionTime time;
    private final Set<Integer> keptBornOnDays;
    private final boolean lssDestroyed;

    /** @param lssDestroyed false (the default): LSS records are kept; true: LSS cases follow the same rule */
    RetentionRule(RetentionTime time,
                  @Value("${kontaktman.retention.kept-born-on-days:5,15,25}") Set<Integer> keptBornOnDays,
                  @Value("${kontaktman.retention.lss-destroyed:false}") boolean lssDestroyed) {
        this.time = time;
        this.keptBornOnDays = Set.copyOf(keptBornOnDays);
        this.lssDestroyed = lssDestroyed;
    }

    /** Records of this kind are never destroyed here: LSS, unless the municipality has decided otherwise. */
    public boolean keptForGood(CareProfile profile) {
        return profile == CareProfile.LSS && !lssDestroyed;
    }

    /** The first day a client's records may be destroyed, given the day of the last entry in any of them. */
    public LocalDate endsAfter(LocalDate lastEntry) {
        return time.endsAfter(lastEntry);
    }

    /** Whether the retention time of records whose last entry was made then has ended. */
    public boolean ended(LocalDate lastEntry, LocalDate today) {
        return time.ended(lastEntry, today);
    }

    /** The latest last entry whose retention time has ended today. */
    public LocalDate lastEntryEndedBy(LocalDate today) {
        return time.lastEntryEndedBy(today);
    }

    /** SoL 12 kap. 2 §: kept for research, never destroyed here. */
    public boolean keptForResearch(PersonalIdentityNumber client) {
        return keptBornOnDays.contains(client.dayOfBirth());
    }
}
