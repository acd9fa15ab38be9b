package se.kontaktman.reminder.publishing;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import org.springframework.stereotype.Component;
import se.kontaktman.events.EventCodec;
import se.kontaktman.events.PublishedEvent;
import se.kontaktman.events.reminder.DeadlineStage;
import se.kontaktman.events.reminder.DeadlineStageReached;
import se.kontaktman.reminder.deadlines.StageChange;

/**
 * Publishes stage changes on {@code kontaktman.reminder.deadlines}, all of a batch at once, and
 * returns when Kafka has acknowledged every one (idempotent producer, acks=all). A stage's
 * CloudEvent id is derived from (case, rule, occurrence, stage): published again after a crash,
 * a retry or by a second instance, it has the same id, so a subscriber that deduplicates on the id
 * sees it once.
 */
@Component
public class StagePublisher {

    private static final String SOURCE = "/kontaktman/reminder-service";

    private final KafkaTemplate<String, byte[]> kafka;
    private final EventCodec codec = new EventCodec();
    private final Duration timeout;
    private final MeterRegistry meters;
    private final Clock clock;

    StagePublisher(KafkaTemplate<String, byte[]> kafka, MeterRegistry meters, Clock clock,
                   @Value("${kontaktman.publisher.send-timeout:PT20S}") Duration timeout) {
        this.kafka = kafka;
        this.clock = clock;
        this.meters = meters;
        this.timeout = timeout;
    }

    /** @throws StagesNotPublishedException when Kafka did not acknowledge them all in time */
    public void publish(List<StageChange> changes) {
        if (changes.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        List<CompletableFuture<SendResult<String, byte[]>>> sent = new ArrayList<>();
        for (StageChange change : changes) {
            sent.add(kafka.send(codec.toRecord(new PublishedEvent<>(idOf(change), SOURCE, now, event(change)))));
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            for (CompletableFuture<SendResult<String, byte[]>> future : sent) {
                future.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StagesNotPublishedException("interrupted while publishing", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new StagesNotPublishedException("Kafka did not acknowledge " + changes.size() + " stage changes", e);
        }
        changes.forEach(change -> counter(change.stage()).increment());
    }

    /** The same for the same deadline's same stage, however often it is published. */
    public static String idOf(StageChange change) {
        String name = change.caseId() + "|" + change.rule() + "|" + change.occurrence() + "|" + change.stage();
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static DeadlineStageReached event(StageChange change) {
        return new DeadlineStageReached(change.caseId(), change.staffGroupId(), change.rule(), change.occurrence(),
                change.stage(), change.reachedOn(), change.dueOn(), change.responsible(), change.escalatedTo(),
                change.metOn(), change.daysOverdue(), change.cancellationReason());
    }

    private Counter counter(DeadlineStage stage) {
        return Counter.builder("kontaktman.reminder.stages.published").tag("stage", stage.name())
                .description("Deadline stages published (a stage sent again counts again)").register(meters);
    }

    public static class StagesNotPublishedException extends RuntimeException {
        StagesNotPublishedException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
