package se.kontaktman.platform.consuming;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.KafkaHeaders;
import se.kontaktman.events.Topics;

/**
 * Puts the records of a dead-letter topic back on their topic, once a fix lets the consumers read
 * them: same key, value and headers, less the dead-letter recoverer's. Only up to the ends the
 * dead-letter topic had when the command started, so a record that fails again lands after them
 * and is not sent round in a loop. Progress is kept per partition by a consumer group of its own
 * on the dead-letter topic, committed only after Kafka acknowledged the copies (acks=all): a
 * second run sends nothing already sent. A crash between the acknowledgement and the commit sends
 * a batch twice; the consumers note each CloudEvent id once, so it is still processed once.
 *
 * <p>A topic's dead-letter topic is shared by every service that reads it, and a copy reaches all
 * of them again, so the group belongs to the dead-letter topic, not to one service: re-driving on
 * a second service sends nothing the first one sent. Copies of one record set aside by several
 * consumers (the recoverer names its original partition and offset) are sent once per run.
 */
public class DeadLetterRedrive {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterRedrive.class);
    /** Every header the dead-letter recoverer adds starts with this ({@code kafka_dlt-...}). */
    static final String DEAD_LETTER_HEADER_PREFIX = "kafka_dlt-";
    private static final int MAX_REASON_LENGTH = 500;

    private final ConsumerFactory<String, byte[]> consumers;
    private final KafkaTemplate<String, byte[]> kafka;
    private final String group;
    private final Duration patience;

    public DeadLetterRedrive(ConsumerFactory<String, byte[]> consumers, KafkaTemplate<String, byte[]> kafka,
                             String group, Duration patience) {
        this.consumers = consumers;
        this.kafka = kafka;
        this.group = group;
        this.patience = patience;
    }

    /** What waits on a topic's dead-letter topic, not yet re-driven. */
    public record Waiting(String topic, String deadLetterTopic, long waiting, String oldestReason) {
    }

    /** What one run sent back; {@code copiesSkipped}: further copies of a record already sent in it. */
    public record Redriven(String topic, String deadLetterTopic, long redriven, long copiesSkipped) {
    }

    /** Kafka did not acknowledge a copy in time; what was acknowledged before is kept. */
    public static class RedriveFailedException extends RuntimeException {
        RedriveFailedException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    public Waiting waiting(String topic) {
        String deadLetterTopic = Topics.deadLetterTopicOf(topic);
        try (Consumer<String, byte[]> consumer = consumer()) {
            List<TopicPartition> partitions = partitionsOf(consumer, deadLetterTopic);
            if (partitions.isEmpty()) {
                return new Waiting(topic, deadLetterTopic, 0, null);
            }
            // Assigned before asking for the ends: read_committed ends of unassigned partitions are logged as warnings.
            consumer.assign(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            Map<TopicPartition, Long> from = notYetRedriven(consumer, partitions);
            long waiting = partitions.stream().mapToLong(p -> Math.max(0, ends.get(p) - from.get(p))).sum();
            return new Waiting(topic, deadLetterTopic, waiting,
                    waiting == 0 ? null : oldestReason(consumer, from, ends));
        }
    }

    /** One run at a time per instance: a second waits, then finds only what came after. */
    public synchronized Redriven redrive(String topic) {
        String deadLetterTopic = Topics.deadLetterTopicOf(topic);
        long sent = 0;
        long skipped = 0;
        try (Consumer<String, byte[]> consumer = consumer()) {
            List<TopicPartition> partitions = partitionsOf(consumer, deadLetterTopic);
            if (partitions.isEmpty()) {
                return new Redriven(topic, deadLetterTopic, 0, 0);
            }
            consumer.assign(partitions);
            // The ends now: what lands on the dead-letter topic from here on waits for the next run.
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            Map<TopicPartition, Long> from = notYetRedriven(consumer, partitions);
            Set<TopicPartition> pending = new HashSet<>();
            for (TopicPartition partition : partitions) {
                if (from.get(partition) < ends.get(partition)) {
                    pending.add(partition);
                }
            }
            pending.forEach(partition -> consumer.seek(partition, from.get(partition)));
            Set<TopicPartition> nothingToDo = new HashSet<>(partitions);
            nothingToDo.removeAll(pending);
            consumer.pause(nothingToDo);
            Set<String> sentOriginals = new HashSet<>();
            long deadline = System.nanoTime() + patience.toNanos();
            while (!pending.isEmpty()) {
                if (System.nanoTime() > deadline) {
                    throw new RedriveFailedException("did not reach the end of " + deadLetterTopic + " in "
                            + patience + "; what was sent is remembered, run the command again", null);
                }
                ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(500));
                List<CompletableFuture<?>> copies = new ArrayList<>();
                Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
                for (TopicPartition partition : records.partitions()) {
                    for (ConsumerRecord<String, byte[]> record : records.records(partition)) {
                        if (record.offset() >= ends.get(partition)) {
                            break;
                        }
                        String original = originalPosition(record);
                        if (original == null || sentOriginals.add(original)) {
                            copies.add(kafka.send(copyOf(record, topic)));
                            sent++;
                        } else {
                            skipped++;
                        }
                        done.put(partition, new OffsetAndMetadata(record.offset() + 1));
                    }
                }
                awaitAcknowledged(copies, deadLetterTopic);
                if (!done.isEmpty()) {
                    consumer.commitSync(done);
                }
                Set<TopicPartition> finished = new HashSet<>();
                for (TopicPartition partition : pending) {
                    // The position may pass the end without a record: transaction markers take offsets.
                    if (consumer.position(partition) >= ends.get(partition)) {
                        finished.add(partition);
                    }
                }
                if (!finished.isEmpty()) {
                    consumer.pause(finished);
                    pending.removeAll(finished);
                }
            }
        }
        log.info("Re-drove {} records from {} to {} ({} further copies skipped)", sent, deadLetterTopic, topic,
                skipped);
        return new Redriven(topic, deadLetterTopic, sent, skipped);
    }

    private void awaitAcknowledged(List<CompletableFuture<?>> copies, String deadLetterTopic) {
        try {
            CompletableFuture.allOf(copies.toArray(CompletableFuture[]::new))
                    .get(patience.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RedriveFailedException("interrupted while re-driving " + deadLetterTopic, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new RedriveFailedException("Kafka did not acknowledge the copies from " + deadLetterTopic
                    + "; what was sent before is remembered, run the command again", e);
        }
    }

    /** The record as it was first published: the dead-letter headers left behind, the partition by its key. */
    static ProducerRecord<String, byte[]> copyOf(ConsumerRecord<String, byte[]> record, String topic) {
        RecordHeaders headers = new RecordHeaders();
        for (Header header : record.headers()) {
            if (!header.key().startsWith(DEAD_LETTER_HEADER_PREFIX)) {
                headers.add(header);
            }
        }
        return new ProducerRecord<>(topic, null, record.key(), record.value(), headers);
    }

    /** Where the recoverer says the record was first read, or null for a record put there otherwise. */
    private static String originalPosition(ConsumerRecord<?, ?> record) {
        Header topic = record.headers().lastHeader(KafkaHeaders.DLT_ORIGINAL_TOPIC);
        Header partition = record.headers().lastHeader(KafkaHeaders.DLT_ORIGINAL_PARTITION);
        Header offset = record.headers().lastHeader(KafkaHeaders.DLT_ORIGINAL_OFFSET);
        if (topic == null || partition == null || offset == null
                || partition.value().length != Integer.BYTES || offset.value().length != Long.BYTES) {
            return null;
        }
        return new String(topic.value(), StandardCharsets.UTF_8) + "-"
                + ByteBuffer.wrap(partition.value()).getInt() + "@"
                + ByteBuffer.wrap(offset.value()).getLong();
    }

    /** The reason on the oldest record waiting: the consumer's, which names locations, never values. */
    private String oldestReason(Consumer<String, byte[]> consumer, Map<TopicPartition, Long> from,
                                Map<TopicPartition, Long> ends) {
        Set<TopicPartition> waiting = new HashSet<>();
        from.forEach((partition, offset) -> {
            if (offset < ends.get(partition)) {
                waiting.add(partition);
            }
        });
        Set<TopicPartition> nothingWaits = new HashSet<>(from.keySet());
        nothingWaits.removeAll(waiting);
        consumer.pause(nothingWaits);
        waiting.forEach(partition -> consumer.seek(partition, from.get(partition)));
        Map<TopicPartition, ConsumerRecord<String, byte[]>> first = new HashMap<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (first.size() < waiting.size() && System.nanoTime() < deadline) {
            for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                first.putIfAbsent(new TopicPartition(record.topic(), record.partition()), record);
            }
        }
        return first.values().stream().min(Comparator.comparingLong(ConsumerRecord::timestamp))
                .map(record -> record.headers().lastHeader(KafkaHeaders.DLT_EXCEPTION_MESSAGE))
                .map(header -> shortened(new String(header.value(), StandardCharsets.UTF_8)))
                .orElse(null);
    }

    private static String shortened(String reason) {
        return reason.length() <= MAX_REASON_LENGTH ? reason : reason.substring(0, MAX_REASON_LENGTH) + "...";
    }

    /** Per partition, the first offset not yet re-driven: the group's commit, or the beginning. */
    private Map<TopicPartition, Long> notYetRedriven(Consumer<String, byte[]> consumer,
                                                     List<TopicPartition> partitions) {
        Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(new HashSet<>(partitions));
        Map<TopicPartition, Long> beginnings = consumer.beginningOffsets(partitions);
        Map<TopicPartition, Long> from = new HashMap<>();
        for (TopicPartition partition : partitions) {
            OffsetAndMetadata commit = committed.get(partition);
            long beginning = beginnings.get(partition);
            from.put(partition, commit == null ? beginning : Math.max(beginning, commit.offset()));
        }
        return from;
    }

    private static List<TopicPartition> partitionsOf(Consumer<?, ?> consumer, String topic) {
        List<PartitionInfo> infos = consumer.partitionsFor(topic);
        if (infos == null) {
            return List.of();
        }
        return infos.stream().map(info -> new TopicPartition(info.topic(), info.partition())).toList();
    }

    private Consumer<String, byte[]> consumer() {
        Map<String, Object> overrides = new HashMap<>();
        overrides.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        overrides.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        // Asking about a dead-letter topic that was never written must not create it.
        overrides.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        overrides.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        overrides.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        overrides.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "100");
        Properties properties = new Properties();
        properties.putAll(overrides);
        return consumers.createConsumer(group, null, "-redrive", properties);
    }
}
