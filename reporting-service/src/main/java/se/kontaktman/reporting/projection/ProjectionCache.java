package se.kontaktman.reporting.projection;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import se.kontaktman.reporting.organisation.Directory;

/**
 * The generation that answers, held in memory by every instance, so that an area's figures over
 * hundreds of thousands of cases are worked out without reading them from the database: loaded
 * whole when a generation starts answering, then kept current by reading what was written since
 * the last look (with some overlap, as a write stamped a moment ago may become visible a moment
 * later). Until a generation has been loaded, the one before goes on answering.
 */
@Component
public class ProjectionCache {

    private static final Logger log = LoggerFactory.getLogger(ProjectionCache.class);

    private final Generations generations;
    private final ProjectionStore store;
    private final Duration overlap;
    private final Clock systemClock = Clock.systemUTC();
    private volatile Loaded loaded;

    ProjectionCache(Generations generations, ProjectionStore store,
                    @Value("${kontaktman.reporting.refresh-overlap:PT3S}") Duration overlap) {
        this.generations = generations;
        this.store = store;
        this.overlap = overlap;
    }

    /** A generation in memory: every case's history and the organisation. */
    public record Loaded(int generation, Map<String, CaseHistory> cases, Map<String, Directory.Area> areas,
                         Map<String, Directory.Group> groups, Map<String, Directory.Staff> staff,
                         Instant readUpTo) {

        public Collection<CaseHistory> allCases() {
            return cases.values();
        }

        public Optional<CaseHistory> caseHistory(String caseId) {
            return Optional.ofNullable(cases.get(caseId));
        }

        public Directory directory() {
            return new Directory(areas, groups, staff);
        }
    }

    /** The projection that answers; empty while the first generation is still being built. */
    public Optional<Loaded> answering() {
        return Optional.ofNullable(loaded);
    }

    @Scheduled(fixedDelayString = "${kontaktman.reporting.refresh-every:PT1S}")
    public synchronized void refresh() {
        try {
            readWhatChanged();
        } catch (RuntimeException e) {
            // The database away or failing a read: the next look reads again from the same point.
            log.warn("Reading the projection into memory failed, trying again: {}", e.toString());
        }
    }

    private void readWhatChanged() {
        Generations.State state = generations.current();
        if (!state.answering()) {
            return;
        }
        Loaded current = loaded;
        Instant started = systemClock.instant();
        if (current == null || current.generation() != state.active()) {
            Loaded fresh = new Loaded(state.active(), new ConcurrentHashMap<>(), new ConcurrentHashMap<>(),
                    new ConcurrentHashMap<>(), new ConcurrentHashMap<>(), started);
            read(fresh, null);
            loaded = fresh;
            log.info("Projection generation {} answers: {} cases in memory, read in {} ms", state.active(),
                    fresh.cases().size(), Duration.between(started, systemClock.instant()).toMillis());
            return;
        }
        read(current, current.readUpTo().minus(overlap));
        loaded = new Loaded(current.generation(), current.cases(), current.areas(), current.groups(),
                current.staff(), started);
    }

    private void read(Loaded into, Instant since) {
        store.readOrganisation(into.generation(), since, unit -> {
            if (unit instanceof Directory.Area area) {
                into.areas().put(area.areaId(), area);
            } else if (unit instanceof Directory.Group group) {
                into.groups().put(group.staffGroupId(), group);
            } else if (unit instanceof Directory.Staff member) {
                into.staff().put(member.staffId(), member);
            }
        });
        store.readCases(into.generation(), since, history -> into.cases().put(history.caseId(), history));
    }
}
