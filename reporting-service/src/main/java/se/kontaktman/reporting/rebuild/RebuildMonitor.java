package se.kontaktman.reporting.rebuild;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import se.kontaktman.reporting.projection.Generations;
import se.kontaktman.reporting.projection.ProjectionConsumers;

/**
 * Follows the generation being built: how many records its consumer group has read of the
 * records on the topics, the rate and the time left, in the log (every ten seconds) and as
 * metrics; and switches over to it once it has read everything (its committed offsets at the
 * topics' ends). Every instance looks; the switch is conditional, so one makes it.
 */
@Component
public class RebuildMonitor {

    private static final Logger log = LoggerFactory.getLogger(RebuildMonitor.class);
    private static final Duration LOG_EVERY = Duration.ofSeconds(10);

    private final Generations generations;
    private final ProjectionConsumers consumers;
    private final Admin admin;
    private final Clock systemClock = Clock.systemUTC();
    private volatile Progress progress = Progress.NONE;
    private Instant lastLogged = Instant.EPOCH;

    RebuildMonitor(Generations generations, ProjectionConsumers consumers, KafkaProperties kafka,
                   MeterRegistry meters) {
        this.generations = generations;
        this.consumers = consumers;
        this.admin = Admin.create(kafka.buildAdminProperties());
        Gauge.builder("kontaktman.reporting.rebuild.records.read", () -> progress.read())
                .description("Records the projection being built has read").register(meters);
        Gauge.builder("kontaktman.reporting.rebuild.records.to.read", () -> progress.toRead())
                .description("Records on the topics the projection being built reads").register(meters);
        Gauge.builder("kontaktman.reporting.rebuild.rate", () -> progress.perSecond())
                .description("Records read per second by the projection being built").baseUnit("records/s")
                .register(meters);
        Gauge.builder("kontaktman.reporting.rebuild.seconds.left", () -> progress.secondsLeft())
                .description("Seconds until the projection being built has caught up, at the present rate; -1 unknown")
                .baseUnit("seconds").register(meters);
        Gauge.builder("kontaktman.reporting.projection.generation", () -> generations.current().active())
                .description("The generation of the projection that answers; 0 while the first is built")
                .register(meters);
    }

    /**
     * How far the generation being built has come.
     *
     * @param generation  0 when none is being built
     * @param perSecond   records read per second since the last look
     * @param secondsLeft at that rate; -1 while unknown
     */
    public record Progress(int generation, long read, long toRead, double perSecond, long secondsLeft,
                           Instant measuredAt) {

        static final Progress NONE = new Progress(0, 0, 0, 0, -1, null);
    }

    public Progress progress() {
        return progress;
    }

    @Scheduled(fixedDelayString = "${kontaktman.reporting.progress-every:PT2S}")
    public void look() {
        Generations.State state = generations.current();
        if (state.building() == 0) {
            progress = Progress.NONE;
            return;
        }
        Progress previous = progress;
        Progress now;
        try {
            now = measure(state.building(), previous);
        } catch (ExecutionException | TimeoutException e) {
            log.warn("Could not measure the rebuild of generation {}: {}", state.building(), e.getMessage());
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        progress = now;
        if (now.read() >= now.toRead() && generations.switchTo(state.building())) {
            log.info("Projection generation {} has read all {} records and answers from now on",
                    state.building(), now.toRead());
            progress = Progress.NONE;
            return;
        }
        if (Duration.between(lastLogged, now.measuredAt()).compareTo(LOG_EVERY) >= 0) {
            lastLogged = now.measuredAt();
            log.info("Rebuilding projection generation {}: {} of {} records read ({} %), {} records/s, {}",
                    now.generation(), now.read(), now.toRead(),
                    now.toRead() == 0 ? 100 : now.read() * 100 / now.toRead(), Math.round(now.perSecond()),
                    now.secondsLeft() < 0 ? "time left unknown" : "about " + now.secondsLeft() + " s left");
        }
    }

    private Progress measure(int generation, Progress previous)
            throws ExecutionException, InterruptedException, TimeoutException {
        Map<String, TopicDescription> topics = admin.describeTopics(existing()).allTopicNames()
                .get(10, TimeUnit.SECONDS);
        List<TopicPartition> partitions = topics.values().stream()
                .flatMap(topic -> topic.partitions().stream()
                        .map(partition -> new TopicPartition(topic.name(), partition.partition())))
                .toList();
        Map<TopicPartition, Long> beginnings = offsets(partitions, OffsetSpec.earliest());
        Map<TopicPartition, Long> ends = offsets(partitions, OffsetSpec.latest());
        Map<TopicPartition, OffsetAndMetadata> committed = admin
                .listConsumerGroupOffsets(consumers.groupOf(generation)).partitionsToOffsetAndMetadata()
                .get(10, TimeUnit.SECONDS);
        long read = 0;
        long toRead = 0;
        for (TopicPartition partition : partitions) {
            long beginning = beginnings.getOrDefault(partition, 0L);
            long end = ends.getOrDefault(partition, beginning);
            OffsetAndMetadata at = committed.get(partition);
            long position = at == null ? beginning : Math.max(beginning, Math.min(end, at.offset()));
            read += position - beginning;
            toRead += end - beginning;
        }
        Instant now = systemClock.instant();
        double perSecond = 0;
        if (previous.generation() == generation && previous.measuredAt() != null) {
            double seconds = Duration.between(previous.measuredAt(), now).toMillis() / 1000.0;
            perSecond = seconds > 0 ? Math.max(0, read - previous.read()) / seconds : previous.perSecond();
        }
        long secondsLeft = perSecond > 0 ? Math.round((toRead - read) / perSecond) : -1;
        return new Progress(generation, read, toRead, perSecond, secondsLeft, now);
    }

    /** The topics that exist: a topic no one has published to yet has nothing to read. */
    private Collection<String> existing() throws ExecutionException, InterruptedException, TimeoutException {
        Set<String> names = admin.listTopics().names().get(10, TimeUnit.SECONDS);
        return ProjectionConsumers.TOPICS.stream().filter(names::contains).toList();
    }

    private Map<TopicPartition, Long> offsets(List<TopicPartition> partitions, OffsetSpec spec)
            throws ExecutionException, InterruptedException, TimeoutException {
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> result = admin.listOffsets(
                partitions.stream().collect(Collectors.toMap(Function.identity(), partition -> spec)),
                new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all().get(10, TimeUnit.SECONDS);
        return result.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
    }

    @PreDestroy
    void close() {
        admin.close(Duration.ofSeconds(5));
    }
}
