package se.kontaktman.platform.publishing;

import java.time.Duration;
import java.util.concurrent.Executors;
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
 * Sets the service's topics up (those it publishes and the dead-letter topics it writes) until it
 * succeeds. Spring Kafka's {@link KafkaAdmin} tries once, at start, and only logs when Kafka is
 * away then; a topic first written to meanwhile is made by the broker with its own defaults (seven
 * days' retention on a stock cluster), and would lose its oldest events a week later. Trying again
 * every {@code retry} brings such a topic to "keep every event" long before that.
 */
class TopicSetup implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TopicSetup.class);

    private final KafkaAdmin admin;
    private final Duration retry;
    private final AtomicBoolean settled = new AtomicBoolean();
    private ScheduledExecutorService attempts;

    TopicSetup(KafkaAdmin admin, Duration retry, MeterRegistry meters) {
        this.admin = admin;
        this.retry = retry;
        Gauge.builder("kontaktman.kafka.topics.unsettled", settled, s -> s.get() ? 0 : 1)
                .description("1 while the service's topics are not yet known to keep every event").register(meters);
    }

    /** One attempt; {@link KafkaAdmin#initialize()} creates what is missing and corrects what differs. */
    boolean attempt() {
        try {
            // After the start it throws rather than answer false when Kafka is away.
            if (admin.initialize()) {
                settled.set(true);
                return true;
            }
        } catch (RuntimeException e) {
            log.warn("The service's topics could not be set up ({}); trying again in {}",
                    KafkaEventSender.rootMessage(e), retry);
            return false;
        }
        log.warn("The service's topics could not be set up; trying again in {}", retry);
        return false;
    }

    boolean settled() {
        return settled.get();
    }

    @Override
    public synchronized void start() {
        attempts = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "kafka-topic-setup");
            thread.setDaemon(true);
            return thread;
        });
        attempts.execute(this::attemptUntilSettled);
    }

    private void attemptUntilSettled() {
        if (!attempt()) {
            attempts.schedule(this::attemptUntilSettled, retry.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public synchronized void stop() {
        if (attempts != null) {
            attempts.shutdownNow();
            attempts = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return attempts != null;
    }
}
