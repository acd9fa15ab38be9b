package se.kontaktman.platform.publishing;

import java.time.Duration;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import se.kontaktman.events.Topics;

/**
 * The topics a service publishes, created (or brought to this configuration) when it starts:
 * they keep every event, with no time or size limit, so that a new projection or a new
 * subscribing system can read from the beginning. Partitions are the broker's default when a
 * topic is created; an existing topic keeps its own.
 */
@Configuration(proxyBeanMethods = false)
public class PublishedTopics {

    @Bean
    KafkaAdmin.NewTopics publishedTopics(@Value("${spring.application.name}") String service) {
        List<NewTopic> topics = Topics.ALL.stream()
                .filter(topic -> Topics.publisherOf(topic).equals(service))
                .map(PublishedTopics::keepingEverything)
                .toList();
        return new KafkaAdmin.NewTopics(topics.toArray(NewTopic[]::new));
    }

    /** Until the topics are set up: Kafka may be away when the service starts. */
    @Bean
    TopicSetup topicSetup(KafkaAdmin admin, MeterRegistry meters,
                          @Value("${kontaktman.kafka.topic-setup-retry:PT30S}") Duration retry,
                          ObjectProvider<NewTopic> topics, ObjectProvider<KafkaAdmin.NewTopics> topicLists) {
        return new TopicSetup(admin, retry, meters, topics.iterator().hasNext() || topicLists.iterator().hasNext());
    }

    /** A topic that keeps every record, with no time or size limit. */
    public static NewTopic keepingEverything(String topic) {
        return TopicBuilder.name(topic)
                .config(TopicConfig.RETENTION_MS_CONFIG, "-1")
                .config(TopicConfig.RETENTION_BYTES_CONFIG, "-1")
                .build();
    }
}
