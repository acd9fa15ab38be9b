package se.kontaktman.reminder.facts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.stereotype.Component;
import se.kontaktman.events.IntegrationEvent;
import se.kontaktman.events.PublishedEvent;
import se.kontaktman.events.Topics;
import se.kontaktman.events.organisation.StaffMemberDefined;
import se.kontaktman.platform.consuming.IncomingEvents;
import se.kontaktman.reminder.casefile.CaseFiles;
import se.kontaktman.reminder.casefile.Facts;
import se.kontaktman.reminder.keeper.CaseKeeper;
import se.kontaktman.reminder.organisation.Organisation;

/**
 * Everything reminder-service knows, from assignment-service's and plan-service's topics, a batch
 * at a time (its consumer group shares the partitions among instances; a case's events are keyed
 * by its id, so one instance has them all). A record that is not a readable event of its contract
 * goes to {@code <topic>.dlt} and the batch carries on; an event of a type this copy of the
 * contracts does not know is counted and skipped; any other failure retries the batch (service-
 * platform's consuming configuration). Starts once the organisation has been read. Caught up,
 * it works out the cases' deadlines at once; while more is waiting (after downtime, in a burst) it
 * only notes the facts, and the tick works the cases once everything published before has been
 * read.
 */
@Component
class FactsListener {

    /** What it reads: assignment-service's and plan-service's topics (as in the annotation below). */
    static final List<String> TOPICS = List.of(Topics.CASES, Topics.ORGANISATION, Topics.PLANS);

    private final IncomingEvents incoming;
    private final DeadLetterPublishingRecoverer deadLetters;
    private final Organisation organisation;
    private final CaseFiles files;
    private final CaseKeeper keeper;
    private final Counter unknownTypes;

    FactsListener(IncomingEvents incoming, DeadLetterPublishingRecoverer deadLetters, Organisation organisation,
                  CaseFiles files, CaseKeeper keeper, MeterRegistry meters) {
        this.incoming = incoming;
        this.deadLetters = deadLetters;
        this.organisation = organisation;
        this.files = files;
        this.keeper = keeper;
        this.unknownTypes = Counter.builder("kontaktman.reminder.events.unknown.type")
                .description("Readable events of a type this service does not know, skipped").register(meters);
    }

    @KafkaListener(id = "reminder-facts", idIsGroup = false, batch = "true", autoStartup = "false",
            topics = {Topics.CASES, Topics.ORGANISATION, Topics.PLANS})
    void on(List<ConsumerRecord<String, byte[]>> records, Consumer<?, ?> consumer) {
        Map<String, List<PublishedEvent<IntegrationEvent>>> facts = new LinkedHashMap<>();
        Set<String> staffChanged = new HashSet<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            Optional<PublishedEvent<IntegrationEvent>> read = incoming.readOrSetAside(record, deadLetters,
                    unknownTypes);
            if (read.isEmpty()) {
                continue;
            }
            PublishedEvent<IntegrationEvent> published = read.get();
            if (record.topic().equals(Topics.ORGANISATION)) {
                // Also read by this instance's organisation reader; applying it here first lets the
                // staff member's cases be looked at again against it.
                organisation.apply(published.event(), published.time());
                if (published.event() instanceof StaffMemberDefined staff) {
                    staffChanged.add(staff.staffId());
                }
            } else {
                Facts.caseOf(published.event()).ifPresent(caseId ->
                        facts.computeIfAbsent(caseId, id -> new ArrayList<>()).add(published));
            }
        }
        Set<String> lookAtAgain = files.casesOfStaff(staffChanged);
        if (behind(consumer)) {
            keeper.noteForLater(facts, lookAtAgain);
        } else {
            keeper.keep(facts, lookAtAgain);
        }
    }

    /**
     * Whether more is waiting on any partition this instance reads: the consumer is catching up,
     * after downtime or a burst. Every partition, not only the batch's: a case's visit may still
     * wait on plan-service's topic while its assignment has been read from assignment-service's.
     */
    private static boolean behind(Consumer<?, ?> consumer) {
        return consumer.assignment().stream().anyMatch(partition -> consumer.currentLag(partition).orElse(0) > 0);
    }
}
