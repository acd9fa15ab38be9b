package se.kontaktman.reminder.facts;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;

/**
 * Whether the facts consumer group (all instances together) has read what was on the topics at a
 * given moment. The tick waits for it, so that a day is never worked against facts published
 * before it and not yet read: after downtime, a visit held while the service was down is known
 * before the reminder it makes unnecessary would be sent.
 */
@Component
public class FactsBacklog implements DisposableBean {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final KafkaAdmin kafkaAdmin;
    private final String group;
    private Admin admin;
    private Map<TopicPartition, Long> awaited;

    FactsBacklog(KafkaAdmin kafkaAdmin, @Value("${spring.kafka.consumer.group-id}") String group) {
        this.kafkaAdmin = kafkaAdmin;
        this.group = group;
    }

    /**
     * Whether the group has read every fact that was on the topics when this was first asked since
     * it last answered yes. Asked again and again, it says yes once the group has caught up with
     * that moment, however much is published meanwhile.
     */
    public synchronized boolean readUpToWhenAsked() {
        try {
            if (awaited == null) {
                awaited = endOffsets();
            }
            Map<TopicPartition, OffsetAndMetadata> committed = admin().listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            boolean read = awaited.entrySet().stream().allMatch(end -> end.getValue() == 0
                    || committed.get(end.getKey()) != null && committed.get(end.getKey()).offset() >= end.getValue());
            if (read) {
                awaited = null;
            }
            return read;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException e) {
            return false;
        }
    }

    private Map<TopicPartition, Long> endOffsets() throws InterruptedException, ExecutionException, TimeoutException {
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        for (String topic : FactsListener.TOPICS) {
            try {
                TopicDescription description = admin().describeTopics(List.of(topic)).allTopicNames()
                        .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).get(topic);
                description.partitions().forEach(p -> latest.put(new TopicPartition(topic, p.partition()),
                        OffsetSpec.latest()));
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof UnknownTopicOrPartitionException)) {
                    throw e;
                }
                // Nothing published on it yet: nothing to wait for.
            }
        }
        Map<TopicPartition, Long> ends = new HashMap<>();
        for (Map.Entry<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> end : admin().listOffsets(latest)
                .all().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).entrySet()) {
            ends.put(end.getKey(), end.getValue().offset());
        }
        return ends;
    }

    private Admin admin() {
        if (admin == null) {
            admin = Admin.create(kafkaAdmin.getConfigurationProperties());
        }
        return admin;
    }

    @Override
    public synchronized void destroy() {
        if (admin != null) {
            admin.close(TIMEOUT);
        }
    }
}
