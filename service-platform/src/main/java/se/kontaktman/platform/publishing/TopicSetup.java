package se.kontaktman.platform.publishing;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Sets the service's topics up (those it publishes and the dead-letter topics it writes), trying
 * again until it succeeds. Spring Kafka's {@link KafkaAdmin} would try once, at start, and only log
 * when Kafka is away then; a topic first written to meanwhile is made by the broker with its own
 * defaults (seven days' retention on a stock cluster), and would lose its oldest events a week
 * later. So the admin's own attempt is off ({@code spring.kafka.admin.auto-create: false}) and this
 * makes the first one, at start and before the consumers and the outbox, and then one every
 * {@code retry} until one succeeds: a topic made meanwhile is brought to "keep every event" long
 * before anything would be deleted.
 */
class TopicSetup implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TopicSetup.class);

    private final KafkaAdmin admin;
    private final Duration retry;
    private final AtomicBoolean settled = new AtomicBoolean();
    /** Only ever touched by one thread at a time: the starting one, then the executor's. */
    private int failures;
    private ScheduledExecutorService attempts;
    private boolean running;

    /** @param anyTopics false for a service that declares none: nothing to set up */
    TopicSetup(KafkaAdmin admin, Duration retry, MeterRegistry meters, boolean anyTopics) {
        this.admin = admin;
        this.retry = retry;
        settled.set(!anyTopics);
        Gauge.builder("kontaktman.kafka.topics.unsettled", settled, s -> s.get() ? 0 : 1)
                .description("1 while the service's topics are not yet known to keep every event").register(meters);
    }

    /** One attempt; {@link KafkaAdmin#initialize()} creates what is missing and corrects what differs. */
    boolean attempt() {
        if (settled.get()) {
            return true;
        }
        String failure;
        try {
            if (admin.initialize()) {
                settled.set(true);
                if (failures > 0) {
                    log.info("The service's topics are set up, after {} failed attempts", failures);
                }
                return true;
            }
            failure = "Kafka did not answer";
        } catch (RuntimeException e) {
            failure = KafkaEventSender.rootMessage(e);
        }
        if (Thread.currentThread().isInterrupted()) {
            return false; // stopping
        }
        failures++;
        // Once loud, then quiet: the Kafka client logs its own connection failures meanwhile.
        if (failures == 1) {
            log.warn("The service's topics could not be set up ({}); trying again every {} s until Kafka answers",
                    failure, retry.toSeconds());
        } else {
            log.debug("The service's topics could not be set up ({}), attempt {}", failure, failures);
        }
        return false;
    }

    boolean settled() {
        return settled.get();
    }

    /** Before the consumers and the outbox start, so that the topics are there when they can be. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 1000;
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        if (attempt()) {
            return;
        }
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "kafka-topic-setup");
            thread.setDaemon(true);
            return thread;
        });
        attempts = executor;
        schedule(executor);
    }

    private void schedule(ScheduledExecutorService executor) {
        try {
            executor.schedule(() -> {
                if (attempt()) {
                    executor.shutdown();
                } else if (!executor.isShutdown()) {
                    schedule(executor);
                }
            }, retry.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopped) {
            // stop() came first: nothing more to try
        }
    }

    @Override
    public void stop() {
        ScheduledExecutorService executor;
        synchronized (this) {
            executor = attempts;
            attempts = null;
            running = false;
        }
        if (executor != null) {
            executor.shutdownNow(); // an attempt under way is interrupted, and ends quietly
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return running;
    }
}
