package se.kontaktman.reporting.projection;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.listener.BatchMessageListener;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import se.kontaktman.events.Topics;
import se.kontaktman.platform.consuming.IncomingEvents;

/**
 * Runs a consumer for each generation of the projection that is being written: the one answering
 * and, during a rebuild, the one being built, each in a consumer group of its own
 * ({@code <group>.g<n>}), so that the one being built reads the topics from their beginning and,
 * once switched to, simply goes on as the live one. Every instance looks at the shared
 * {@link Generations} every few seconds and starts or stops its consumers to match; the group
 * shares the partitions among instances.
 */
@Component
public class ProjectionConsumers implements SmartLifecycle {

    /** Every topic of the suite that carries what the figures need. */
    public static final List<String> TOPICS = List.of(Topics.CASES, Topics.ORGANISATION, Topics.PLANS,
            Topics.DEADLINES);
    private static final Logger log = LoggerFactory.getLogger(ProjectionConsumers.class);

    private final Generations generations;
    private final ConcurrentKafkaListenerContainerFactory<String, byte[]> factory;
    private final IncomingEvents incoming;
    private final DeadLetterPublishingRecoverer deadLetters;
    private final ProjectionStore store;
    private final String groupPrefix;
    private final Counter unknownTypes;
    private final Counter written;
    private final Map<Integer, ConcurrentMessageListenerContainer<String, byte[]>> running = new HashMap<>();
    private volatile boolean started;

    @SuppressWarnings("unchecked")
    ProjectionConsumers(Generations generations, ConcurrentKafkaListenerContainerFactory<?, ?> factory,
                        IncomingEvents incoming, DeadLetterPublishingRecoverer deadLetters, ProjectionStore store,
                        @Value("${spring.kafka.consumer.group-id}") String groupPrefix, MeterRegistry meters) {
        this.generations = generations;
        this.factory = (ConcurrentKafkaListenerContainerFactory<String, byte[]>) factory;
        this.incoming = incoming;
        this.deadLetters = deadLetters;
        this.store = store;
        this.groupPrefix = groupPrefix;
        this.unknownTypes = Counter.builder("kontaktman.reporting.events.unknown.type")
                .description("Readable events of a type this service does not know, skipped").register(meters);
        this.written = Counter.builder("kontaktman.reporting.records.written")
                .description("Records written into the projection, of every generation").register(meters);
    }

    /** The consumer group that builds and then feeds a generation. */
    public static String groupOf(String groupPrefix, int generation) {
        return groupPrefix + ".g" + generation;
    }

    public String groupOf(int generation) {
        return groupOf(groupPrefix, generation);
    }

    @Scheduled(fixedDelayString = "${kontaktman.reporting.reconcile-every:PT2S}")
    public synchronized void reconcile() {
        if (!started) {
            return;
        }
        Generations.State state = generations.current();
        Set<Integer> wanted = new HashSet<>();
        if (state.active() > 0) {
            wanted.add(state.active());
        }
        if (state.building() > 0) {
            wanted.add(state.building());
        }
        running.keySet().removeIf(generation -> {
            if (wanted.contains(generation)) {
                return false;
            }
            log.info("Projection generation {} no longer written here", generation);
            running.get(generation).stop();
            return true;
        });
        for (int generation : wanted) {
            if (!running.containsKey(generation)) {
                running.put(generation, startConsumer(generation));
            }
        }
    }

    private ConcurrentMessageListenerContainer<String, byte[]> startConsumer(int generation) {
        ProjectionWriter writer = new ProjectionWriter(generation, generations, incoming, deadLetters, store,
                unknownTypes, written);
        ConcurrentMessageListenerContainer<String, byte[]> container = factory.createContainer(
                TOPICS.toArray(String[]::new));
        container.getContainerProperties().setGroupId(groupOf(generation));
        container.getContainerProperties().setMessageListener((BatchMessageListener<String, byte[]>) writer::write);
        container.setBeanName("reporting-projection-g" + generation);
        container.start();
        log.info("Writing projection generation {} (consumer group {})", generation, groupOf(generation));
        return container;
    }

    @Override
    public synchronized void start() {
        started = true;
        reconcile();
    }

    @Override
    public synchronized void stop() {
        started = false;
        running.values().forEach(ConcurrentMessageListenerContainer::stop);
        running.clear();
    }

    @Override
    public boolean isRunning() {
        return started;
    }
}
