package se.kontaktman.reminder.organisation;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.stereotype.Component;
import se.kontaktman.events.MalformedEventException;
import se.kontaktman.events.Topics;
import se.kontaktman.platform.consuming.IncomingEvents;

/**
 * Reads the whole organisation topic into {@link Organisation}, in every instance, from its
 * beginning and then as it grows, on a consumer of its own (no group: each instance needs all of
 * it, not its share). The case facts are read only once what was published before the start has
 * been read, so that no deadline is counted against an organisation half known. Records this
 * reader cannot read are left to the facts consumer, which sends them to the dead-letter topic.
 */
@Component
class OrganisationReader implements SmartLifecycle {

    /** The facts consumer, which starts once the organisation is read. */
    static final String FACTS_LISTENER = "reminder-facts";
    private static final Logger log = LoggerFactory.getLogger(OrganisationReader.class);

    private final Organisation organisation;
    private final KafkaProperties kafka;
    private final KafkaListenerEndpointRegistry listeners;
    private final IncomingEvents incoming;
    private final AtomicBoolean running = new AtomicBoolean();
    private volatile KafkaConsumer<String, byte[]> consumer;

    OrganisationReader(Organisation organisation, KafkaProperties kafka, KafkaListenerEndpointRegistry listeners,
                       IncomingEvents incoming) {
        this.organisation = organisation;
        this.kafka = kafka;
        this.listeners = listeners;
        this.incoming = incoming;
    }

    @Override
    public void start() {
        running.set(true);
        Thread thread = new Thread(this::read, "organisation-reader");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void stop() {
        running.set(false);
        KafkaConsumer<String, byte[]> reading = consumer;
        if (reading != null) {
            reading.wakeup(); // a poll under way ends at once; the thread closes the consumer
        }
    }

    @Override
    public boolean isRunning() {
        return running.get();
    }

    private void read() {
        Map<String, Object> config = new HashMap<>(kafka.buildConsumerProperties());
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            this.consumer = consumer;
            Map<TopicPartition, Long> startEnds = null;
            while (running.get()) {
                try {
                    if (consumer.assignment().isEmpty()) {
                        List<TopicPartition> partitions = partitions(consumer);
                        if (partitions.isEmpty()) {
                            caughtUp(); // nothing published yet
                            sleep();
                            continue;
                        }
                        consumer.assign(partitions);
                        consumer.seekToBeginning(partitions);
                        startEnds = consumer.endOffsets(partitions);
                    }
                    for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                        apply(record);
                    }
                    if (!organisation.isCaughtUp() && startEnds.entrySet().stream()
                            .allMatch(end -> consumer.position(end.getKey()) >= end.getValue())) {
                        caughtUp();
                    }
                } catch (WakeupException stopping) {
                    return;
                } catch (KafkaException e) {
                    log.warn("Reading the organisation topic failed, trying again: {}", e.getMessage());
                    sleep();
                }
            }
        }
    }

    private void apply(ConsumerRecord<String, byte[]> record) {
        try {
            incoming.readIfKnown(record).ifPresent(published -> organisation.apply(published.event(),
                    published.time()));
        } catch (MalformedEventException unreadable) {
            // The facts consumer reads the same record and sends it to the dead-letter topic.
        }
    }

    private static List<TopicPartition> partitions(KafkaConsumer<String, byte[]> consumer) {
        List<PartitionInfo> infos = consumer.partitionsFor(Topics.ORGANISATION, Duration.ofSeconds(5));
        return infos == null ? List.of()
                : infos.stream().map(info -> new TopicPartition(info.topic(), info.partition())).toList();
    }

    private void caughtUp() {
        if (!organisation.isCaughtUp()) {
            organisation.caughtUp();
            log.info("Organisation read; reading case facts");
            listeners.getListenerContainer(FACTS_LISTENER).start();
        }
    }

    private void sleep() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running.set(false);
        }
    }
}
