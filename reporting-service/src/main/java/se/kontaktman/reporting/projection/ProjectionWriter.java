package se.kontaktman.reporting.projection;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.micrometer.core.instrument.Counter;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import se.kontaktman.events.IntegrationEvent;
import se.kontaktman.events.PublishedEvent;
import se.kontaktman.events.organisation.AreaDefined;
import se.kontaktman.events.organisation.StaffGroupDefined;
import se.kontaktman.events.organisation.StaffMemberDefined;
import se.kontaktman.platform.consuming.IncomingEvents;
import se.kontaktman.reporting.organisation.Directory;

/**
 * Writes a batch of records into one generation of the projection: the case facts and the
 * organisation's units, in one write per collection. A record that is not a readable event of its
 * contract goes to {@code <topic>.dlt} and the batch carries on; an event of a type this copy of
 * the contracts does not know is counted and skipped. A generation being built while another answers
 * sets nothing aside: it reads again what the answering one has already set aside, and would
 * otherwise put every unreadable record of the topics' history on the dead-letter topics once more. The batch's offsets are committed once it is written, so a
 * crash re-reads it, which changes nothing.
 */
final class ProjectionWriter {

    private final int generation;
    private final Generations generations;
    private final IncomingEvents incoming;
    private final DeadLetterPublishingRecoverer deadLetters;
    private final ProjectionStore store;
    private final Counter unknownTypes;
    private final Counter written;
    private final Clock systemClock = Clock.systemUTC();

    ProjectionWriter(int generation, Generations generations, IncomingEvents incoming,
                     DeadLetterPublishingRecoverer deadLetters, ProjectionStore store, Counter unknownTypes,
                     Counter written) {
        this.generation = generation;
        this.generations = generations;
        this.incoming = incoming;
        this.deadLetters = deadLetters;
        this.store = store;
        this.unknownTypes = unknownTypes;
        this.written = written;
    }

    void write(List<ConsumerRecord<String, byte[]>> records) {
        Map<String, List<ProjectionStore.Identified>> facts = new LinkedHashMap<>();
        List<Directory.Area> areas = new ArrayList<>();
        List<Directory.Group> groups = new ArrayList<>();
        List<Directory.Staff> staff = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            Optional<PublishedEvent<IntegrationEvent>> read = incoming.readOrSetAside(record, this::setAside,
                    unknownTypes);
            if (read.isEmpty()) {
                continue;
            }
            PublishedEvent<IntegrationEvent> published = read.get();
            IntegrationEvent event = published.event();
            if (event instanceof AreaDefined area) {
                areas.add(new Directory.Area(area.areaId(), area.name(), area.areaManagerStaffId()));
            } else if (event instanceof StaffGroupDefined group) {
                groups.add(new Directory.Group(group.staffGroupId(), group.areaId(), group.name()));
            } else if (event instanceof StaffMemberDefined member) {
                staff.add(new Directory.Staff(member.staffId(), member.name(), member.roles(), member.staffGroupId(),
                        member.active()));
            } else {
                Facts.of(published).ifPresent(fact -> facts.computeIfAbsent(fact.caseId(), id -> new ArrayList<>())
                        .add(new ProjectionStore.Identified(published.id(), fact.fact())));
            }
        }
        // System time, not the business clock: it orders writes for the readers of changes.
        store.write(generation, facts, areas, groups, staff, systemClock.instant());
        written.increment(records.size());
    }

    private void setAside(ConsumerRecord<?, ?> record, Exception unreadable) {
        Generations.State state = generations.current();
        // The one being built leaves it to the one answering; any other sets it aside, so that a
        // switch between the two readings of a record cannot lose it (at worst it is set aside twice).
        if (state.building() != generation || !state.answering()) {
            deadLetters.accept(record, unreadable);
        }
    }
}
