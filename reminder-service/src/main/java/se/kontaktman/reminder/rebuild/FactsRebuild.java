package se.kontaktman.reminder.rebuild;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.stereotype.Component;
import se.kontaktman.events.IntegrationEvent;
import se.kontaktman.events.PublishedEvent;
import se.kontaktman.events.Topics;
import se.kontaktman.events.reminder.DeadlineStageReached;
import se.kontaktman.platform.consuming.IncomingEvents;
import se.kontaktman.events.MalformedEventException;
import se.kontaktman.platform.views.RebuildProgress;
import se.kontaktman.platform.views.RebuildProgress.State;
import se.kontaktman.platform.views.ViewRebuild;
import se.kontaktman.reminder.casefile.CaseFile;
import se.kontaktman.reminder.casefile.Facts;
import se.kontaktman.reminder.keeper.CaseKeeper;

/**
 * Rebuilds the case files from the topics' beginning ({@code POST /actuator/views}): the facts
 * consumer and the tick stop, the case files and who-and-where documents are emptied, and a
 * consumer of no group reads assignment-service's and plan-service's case topics up to their ends
 * as they were at the start, noting the facts without working anything out, and this service's own
 * deadlines topic, noting every stage published as published. Then every rebuilt case is on
 * today's agenda, the facts consumer resumes from its committed offsets (facts by content: read
 * twice, no change) and the tick works the cases out: only a stage never published is published,
 * with the id it would always have had. Staff requests are refused meanwhile (503). After a failure
 * the consumer and the tick stay stopped and requests refused until it is run again: worked out
 * from half-rebuilt files, deadlines would remind of what was done long ago.
 */
@Component
public class FactsRebuild implements ViewRebuild, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(FactsRebuild.class);
    /** The facts listener's id (FactsListener). */
    private static final String FACTS_LISTENER = "reminder-facts";
    private static final List<String> TOPICS = List.of(Topics.CASES, Topics.PLANS, Topics.DEADLINES);
    private static final List<String> EMPTIED = List.of(CaseFile.COLLECTION, "staff_cases", "group_cases");
    private static final String NOTE = "staff requests are answered 503 views-rebuilding, the facts consumer and"
            + " the tick wait, until it has finished; stages already published are not published again";

    private final KafkaProperties kafka;
    private final KafkaListenerEndpointRegistry listeners;
    private final IncomingEvents incoming;
    private final CaseKeeper keeper;
    private final MongoTemplate mongo;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "facts-rebuild");
        thread.setDaemon(true);
        return thread;
    });
    private volatile Run run;

    FactsRebuild(KafkaProperties kafka, KafkaListenerEndpointRegistry listeners, IncomingEvents incoming,
                 CaseKeeper keeper, MongoTemplate mongo) {
        this.kafka = kafka;
        this.listeners = listeners;
        this.incoming = incoming;
        this.keeper = keeper;
        this.mongo = mongo;
    }

    private static final class Run {
        final Instant startedAt = Instant.now();
        final Map<String, long[]> topics = new LinkedHashMap<>(); // read, to read
        volatile State state = State.RUNNING;
        volatile Instant finishedAt;
        volatile String failure;

        Run() {
            TOPICS.forEach(topic -> topics.put(topic, new long[]{0, -1}));
        }
    }

    /** Whether the tick waits: while a rebuild runs, and after one failed. */
    public boolean underWay() {
        Run current = run;
        return current != null && current.state != State.FINISHED;
    }

    @Override
    public boolean refusesRequests() {
        return underWay();
    }

    @Override
    public synchronized RebuildProgress start() {
        if (run != null && run.state == State.RUNNING) {
            throw new RebuildUnderWay();
        }
        Run started = new Run();
        run = started;
        worker.execute(() -> rebuild(started));
        return progress();
    }

    private void rebuild(Run current) {
        MessageListenerContainer facts = listeners.getListenerContainer(FACTS_LISTENER);
        try {
            if (facts != null) {
                facts.stop();
            }
            EMPTIED.forEach(collection -> mongo.getCollection(collection).deleteMany(new Document()));
            read(current);
            current.state = State.FINISHED;
            log.info("Case files rebuilt from the topics in {} ms",
                    Duration.between(current.startedAt, Instant.now()).toMillis());
            if (facts != null) {
                facts.start();
            }
        } catch (RuntimeException e) {
            current.failure = e.getClass().getName();
            current.state = State.FAILED;
            log.error("Rebuilding the case files failed; the facts consumer and the tick stay stopped until it is"
                    + " run again", e);
        } finally {
            current.finishedAt = Instant.now();
        }
    }

    private void read(Run current) {
        Map<String, Object> config = new HashMap<>(kafka.buildConsumerProperties());
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : TOPICS) {
                List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(10));
                if (infos != null) {
                    infos.forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
                }
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> beginnings = consumer.beginningOffsets(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            TOPICS.forEach(topic -> current.topics.get(topic)[1] = partitions.stream()
                    .filter(partition -> partition.topic().equals(topic))
                    .mapToLong(partition -> ends.get(partition) - beginnings.get(partition)).sum());
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < ends.get(partition))) {
                Map<String, List<PublishedEvent<IntegrationEvent>>> facts = new LinkedHashMap<>();
                Map<String, List<DeadlineStageReached>> published = new LinkedHashMap<>();
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.offset() >= ends.get(new TopicPartition(record.topic(), record.partition()))) {
                        continue; // published after the start: the facts consumer reads it
                    }
                    current.topics.get(record.topic())[0]++;
                    readable(record).ifPresent(event -> {
                        if (event.event() instanceof DeadlineStageReached stage) {
                            published.computeIfAbsent(stage.caseId(), id -> new ArrayList<>()).add(stage);
                        } else {
                            Facts.caseOf(event.event()).ifPresent(caseId ->
                                    facts.computeIfAbsent(caseId, id -> new ArrayList<>()).add(event));
                        }
                    });
                }
                // Noted, not worked out: the cases go on today's agenda for the tick.
                keeper.noteForLater(facts, Set.of());
                keeper.notePublished(published);
            }
        }
    }

    /** An unreadable record was sent to its dead-letter topic when it was first read; skipped here. */
    private java.util.Optional<PublishedEvent<IntegrationEvent>> readable(ConsumerRecord<String, byte[]> record) {
        try {
            return incoming.readIfKnown(record);
        } catch (MalformedEventException unreadable) {
            return java.util.Optional.empty();
        }
    }

    @Override
    public RebuildProgress progress() {
        Run current = run;
        if (current == null) {
            return RebuildProgress.none("no rebuild since this instance started");
        }
        List<RebuildProgress.View> views = new ArrayList<>();
        long read = 0;
        long toRead = 0;
        for (Map.Entry<String, long[]> topic : current.topics.entrySet()) {
            long[] counts = topic.getValue();
            views.add(new RebuildProgress.View(topic.getKey(), counts[0], counts[1]));
            read += counts[0];
            toRead = toRead < 0 || counts[1] < 0 ? -1 : toRead + counts[1];
        }
        return new RebuildProgress(current.state, read, toRead, views, current.startedAt, current.finishedAt,
                current.failure, NOTE);
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
