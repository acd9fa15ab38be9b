package se.kontaktman.platform.publishing;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.common.KafkaException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import se.kontaktman.events.EventCodec;
import se.kontaktman.events.PublishedEvent;

/**
 * Sends one event and waits for Kafka's acknowledgement (idempotent producer, acks=all). While
 * Kafka is away it keeps trying, with back-off, for {@code patience}; then it gives up the attempt
 * so that the processor releases its claim and retries later, possibly on another instance.
 */
class KafkaEventSender {

    private static final Logger log = LoggerFactory.getLogger(KafkaEventSender.class);
    private static final long MAX_BACKOFF_MS = 2_000;

    private final KafkaTemplate<String, byte[]> kafka;
    private final EventCodec codec = new EventCodec();
    private final Duration patience;
    private final Duration sendTimeout;
    private final Counter sent;
    private final Counter failedAttempts;
    /** When the oldest event not yet acknowledged by Kafka was stored; null when none is waiting. */
    private final AtomicReference<Instant> waitingSince = new AtomicReference<>();

    KafkaEventSender(KafkaTemplate<String, byte[]> kafka, MeterRegistry meters, Duration patience,
                     Duration sendTimeout) {
        this.kafka = kafka;
        this.patience = patience;
        this.sendTimeout = sendTimeout;
        this.sent = Counter.builder("kontaktman.publisher.sent")
                .description("Events acknowledged by Kafka").register(meters);
        this.failedAttempts = Counter.builder("kontaktman.publisher.failed.attempts")
                .description("Attempts to publish that Kafka did not acknowledge").register(meters);
        Gauge.builder("kontaktman.publisher.lag.seconds", this, KafkaEventSender::lagSeconds)
                .description("Age of the oldest stored event not yet on Kafka; 0 when all are published")
                .register(meters);
    }

    /** {@code storedAt} is system time (the event's own time may be on a moved business clock). */
    void send(PublishedEvent<?> event, Instant storedAt) {
        waitingSince.compareAndSet(null, storedAt);
        long deadline = System.nanoTime() + patience.toNanos();
        long backoff = 100;
        while (true) {
            try {
                kafka.send(codec.toRecord(event)).get(sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
                sent.increment();
                waitingSince.set(null);
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new KafkaUnavailableException("interrupted while publishing event " + event.id(), e);
            } catch (ExecutionException | TimeoutException | KafkaException
                     | org.springframework.kafka.KafkaException e) {
                failedAttempts.increment();
                if (System.nanoTime() > deadline) {
                    throw new KafkaUnavailableException("Kafka did not acknowledge event " + event.id(), e);
                }
                // Ids and types only: the payload is never logged.
                log.warn("Kafka did not acknowledge event {} ({}); retrying in {} ms: {}", event.id(),
                        event.contract().cloudEventType(), backoff, rootMessage(e));
                sleep(backoff, event);
                backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
            }
        }
    }

    /** Wall-clock time, like the store's timestamps: not the business clock, which demos may move. */
    double lagSeconds() {
        Instant since = waitingSince.get();
        return since == null ? 0 : Math.max(0, Duration.between(since, Instant.now()).toMillis() / 1000.0);
    }

    private static void sleep(long millis, PublishedEvent<?> event) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaUnavailableException("interrupted while publishing event " + event.id(), e);
        }
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    static class KafkaUnavailableException extends RuntimeException {
        KafkaUnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
