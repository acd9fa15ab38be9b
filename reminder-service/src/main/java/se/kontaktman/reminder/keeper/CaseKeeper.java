package se.kontaktman.reminder.keeper;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

import org.springframework.stereotype.Component;
import se.kontaktman.events.IntegrationEvent;
import se.kontaktman.events.PublishedEvent;
import se.kontaktman.events.assignment.CaseOpened;
import se.kontaktman.events.assignment.ContactPersonAssignment;
import se.kontaktman.events.reminder.DeadlineStageReached;
import se.kontaktman.platform.rules.RuleProfiles;
import se.kontaktman.reminder.agenda.Agenda;
import se.kontaktman.reminder.casefile.CaseFile;
import se.kontaktman.reminder.casefile.CaseFiles;
import se.kontaktman.reminder.deadlines.Evaluation;
import se.kontaktman.reminder.deadlines.StageChange;
import se.kontaktman.reminder.casefile.Facts;
import se.kontaktman.reminder.organisation.Organisation;
import se.kontaktman.reminder.publishing.StagePublisher;

/**
 * Keeps cases' deadlines: reads their files, notes new facts, works out as of today what has been
 * reached and not published, publishes it (in the order reached), marks it published, notes the
 * day each case next changes, and stores the files. Publishing comes before storing, so a crash in
 * between publishes again, with the same ids, rather than never. A file another writer stored in
 * the meantime (the tick and the consumer, two instances) is read and worked again. Within an
 * instance, one batch at a time.
 */
@Component
public class CaseKeeper {

    private final CaseFiles files;
    private final Organisation organisation;
    private final RuleProfiles profiles;
    private final StagePublisher publisher;
    private final Agenda agenda;
    private final Clock clock;
    private final ReentrantLock oneBatchAtATime = new ReentrantLock();

    CaseKeeper(CaseFiles files, Organisation organisation, RuleProfiles profiles, StagePublisher publisher,
               Agenda agenda, Clock clock) {
        this.files = files;
        this.organisation = organisation;
        this.profiles = profiles;
        this.publisher = publisher;
        this.agenda = agenda;
        this.clock = clock;
    }

    /**
     * @param facts        new facts by case, each case's in the order heard
     * @param lookAtAgain  cases with no new fact whose deadlines may have moved (a day came, staff left)
     * @return the number of stage changes published
     */
    public int keep(Map<String, List<PublishedEvent<IntegrationEvent>>> facts, Set<String> lookAtAgain) {
        return keep(facts, lookAtAgain, LocalDate.now(clock), null);
    }

    /**
     * Notes facts heard while the consumer is behind, without working out deadlines yet: the cases
     * go on today's agenda, which the tick works once the facts published before it have been read
     * (today is never recorded as worked through, so the entry is always read). Worked out from
     * half of what happened (a case heard opened, its contact persons not yet), a deadline would
     * remind of what was done long ago.
     */
    public void noteForLater(Map<String, List<PublishedEvent<IntegrationEvent>>> facts, Set<String> lookAtAgain) {
        keep(facts, lookAtAgain, null, LocalDate.now(clock));
    }

    /**
     * Keeps cases as of a day that has passed, for a tick catching up on days no instance worked:
     * what was reached by then is published then, so that stages go out in the order they fell due.
     */
    public int keepAsOf(LocalDate day, Set<String> caseIds) {
        LocalDate today = LocalDate.now(clock);
        return keep(Map.of(), caseIds, day.isAfter(today) ? today : day, null);
    }

    /**
     * Notes stages as published, as read back from the deadlines topic when the case files are
     * rebuilt, so that what was published is not published again; works nothing out.
     */
    public void notePublished(Map<String, List<DeadlineStageReached>> stagesByCase) {
        oneBatchAtATime.lock();
        try {
            Set<String> pending = new LinkedHashSet<>(stagesByCase.keySet());
            while (!pending.isEmpty()) {
                Map<String, CaseFile> loaded = files.load(pending);
                List<CaseFile> touched = new ArrayList<>();
                for (String caseId : pending) {
                    CaseFile file = loaded.getOrDefault(caseId, CaseFile.of(caseId));
                    stagesByCase.get(caseId).forEach(stage ->
                            file.markPublished(stage.rule(), stage.occurrence(), stage.stage()));
                    touched.add(file);
                }
                pending = files.save(touched);
            }
        } finally {
            oneBatchAtATime.unlock();
        }
    }

    /** As of {@code asOf}; or, with {@code asOf} null, facts noted and the cases put on the agenda of {@code later}. */
    private int keep(Map<String, List<PublishedEvent<IntegrationEvent>>> facts, Set<String> lookAtAgain,
                     LocalDate asOf, LocalDate later) {
        oneBatchAtATime.lock();
        try {
            Set<String> pending = new LinkedHashSet<>(facts.keySet());
            pending.addAll(lookAtAgain);
            int published = 0;
            while (!pending.isEmpty()) {
                Worked worked = work(pending, facts, asOf, later);
                published += worked.published();
                pending = worked.notStored();
            }
            return published;
        } finally {
            oneBatchAtATime.unlock();
        }
    }

    private record Worked(int published, Set<String> notStored) {
    }

    private Worked work(Set<String> caseIds, Map<String, List<PublishedEvent<IntegrationEvent>>> facts,
                        LocalDate today, LocalDate later) {
        Map<String, CaseFile> loaded = files.load(caseIds);
        List<CaseFile> touched = new ArrayList<>();
        Map<CaseFile, List<StageChange>> reached = new HashMap<>();
        Map<CaseFile, LocalDate> next = new HashMap<>();
        for (String caseId : caseIds) {
            CaseFile file = loaded.getOrDefault(caseId, CaseFile.of(caseId));
            List<PublishedEvent<IntegrationEvent>> heard = facts.getOrDefault(caseId, List.of());
            heard.forEach(fact -> Facts.apply(file, fact));
            if (!loaded.containsKey(caseId) && heard.isEmpty()) {
                continue; // on the agenda, never heard of: nothing to keep
            }
            touched.add(file);
            if (file.isKnown() && today == null) {
                next.put(file, later);
            } else if (file.isKnown()) {
                Evaluation.Outcome outcome = Evaluation.of(file,
                        profiles.of(file.careProfile(), file.staffGroupId()), organisation, today);
                reached.put(file, outcome.toPublish());
                outcome.nextTransitionOn().ifPresent(day -> next.put(file, day));
            }
        }
        List<StageChange> toPublish = reached.values().stream().flatMap(List::stream)
                .sorted(Comparator.comparing(StageChange::reachedOn)).toList();
        publisher.publish(toPublish);
        reached.forEach((file, changes) -> changes.forEach(change ->
                file.markPublished(change.rule(), change.occurrence(), change.stage())));
        if (today != null) {
            touched.forEach(file -> file.nextTransitionOn(next.get(file)));
        }
        // The look-ups that lead back to a file go first: stored without them, a file would never be
        // looked at again; written without the file, they are only hints that find nothing to do.
        Map<String, LocalDate> schedule = new HashMap<>();
        next.forEach((file, day) -> schedule.put(file.caseId(), day));
        agenda.schedule(schedule);
        noteWhoAndWhere(facts);
        return new Worked(toPublish.size(), files.save(touched));
    }

    /** Who is contact person for which cases, and which cases each group has, for staff changes and queries. */
    private void noteWhoAndWhere(Map<String, List<PublishedEvent<IntegrationEvent>>> facts) {
        Map<String, Set<String>> byStaff = new HashMap<>();
        Map<String, Set<String>> byGroup = new HashMap<>();
        for (Map.Entry<String, List<PublishedEvent<IntegrationEvent>>> ofCase : facts.entrySet()) {
            String caseId = ofCase.getKey();
            for (PublishedEvent<IntegrationEvent> fact : ofCase.getValue()) {
                if (fact.event() instanceof ContactPersonAssignment e) {
                    byStaff.computeIfAbsent(e.staffId(), id -> new HashSet<>()).add(caseId);
                } else if (fact.event() instanceof CaseOpened e) {
                    byGroup.computeIfAbsent(e.staffGroupId(), id -> new HashSet<>()).add(caseId);
                }
            }
        }
        files.noteContactPersons(byStaff);
        files.noteStaffGroups(byGroup);
    }
}
