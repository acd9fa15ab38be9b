package se.kontaktman.reporting.projection;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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

    /**
     * A generation in memory: every case's history and the organisation, with the cases indexed by
     * their staff group and by everyone ever appointed to them, so that an overview looks only at
     * the cases it may concern. A case's group is that of its opening; an appointment is never
     * taken out of the index, as the overview's day may lie before a replacement.
     */
    public record Loaded(int generation, Map<String, CaseHistory> cases, Map<String, Set<String>> byGroup,
                         Map<String, Set<String>> byContactPerson, Map<String, Directory.Area> areas,
                         Map<String, Directory.Group> groups, Map<String, Directory.Staff> staff,
                         Instant readUpTo) {

        static Loaded empty(int generation, Instant readUpTo) {
            return new Loaded(generation, new ConcurrentHashMap<>(), new ConcurrentHashMap<>(),
                    new ConcurrentHashMap<>(), new ConcurrentHashMap<>(), new ConcurrentHashMap<>(),
                    new ConcurrentHashMap<>(), readUpTo);
        }

        Loaded readUpTo(Instant instant) {
            return new Loaded(generation, cases, byGroup, byContactPerson, areas, groups, staff, instant);
        }

        void put(CaseHistory history) {
            cases.put(history.caseId(), history);
            for (Fact fact : history.facts()) {
                if (fact.kind() == FactKind.CASE_OPENED) {
                    indexed(byGroup, fact.ref()).add(history.caseId());
                } else if (fact.kind() == FactKind.CONTACT_PERSON_ASSIGNED) {
                    indexed(byContactPerson, fact.ref()).add(history.caseId());
                }
            }
        }

        private static Set<String> indexed(Map<String, Set<String>> index, String key) {
            return index.computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet());
        }

        /** The cases opened in any of the groups. */
        public List<CaseHistory> casesOfGroups(Collection<String> staffGroupIds) {
            List<CaseHistory> found = new ArrayList<>();
            staffGroupIds.forEach(group -> collect(byGroup.get(group), found));
            return found;
        }

        /** The cases the staff member has ever been appointed to, as ordinarie or ersättare. */
        public List<CaseHistory> casesOfContactPerson(String staffId) {
            List<CaseHistory> found = new ArrayList<>();
            collect(byContactPerson.get(staffId), found);
            return found;
        }

        private void collect(Set<String> caseIds, List<CaseHistory> into) {
            if (caseIds != null) {
                caseIds.forEach(caseId -> {
                    CaseHistory history = cases.get(caseId);
                    if (history != null) {
                        into.add(history);
                    }
                });
            }
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

    /** @throws ProjectionNotReady while the first generation is still being built */
    public Loaded required() {
        return answering().orElseThrow(ProjectionNotReady::new);
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
            Loaded fresh = Loaded.empty(state.active(), started);
            read(fresh, null);
            loaded = fresh;
            log.info("Projection generation {} answers: {} cases in memory, read in {} ms", state.active(),
                    fresh.cases().size(), Duration.between(started, systemClock.instant()).toMillis());
            return;
        }
        Instant since = current.readUpTo().minus(overlap);
        Instant lastWritten = store.lastWritten(current.generation());
        if (lastWritten == null || lastWritten.isBefore(since)) {
            return; // nothing written since: the next look starts from the same point
        }
        read(current, since);
        loaded = current.readUpTo(started);
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
        store.readCases(into.generation(), since, into::put);
    }
}
