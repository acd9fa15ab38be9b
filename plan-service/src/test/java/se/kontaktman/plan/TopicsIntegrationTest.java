package se.kontaktman.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;
import se.kontaktman.events.Topics;
import se.kontaktman.plan.support.PlanServiceTest;
import se.kontaktman.platform.testing.EmbeddedServers;

/**
 * Once the service has started, the topic it publishes and the dead-letter topics it may write
 * keep every record (no time or size limit), on the real broker: a new subscriber reads from the
 * beginning, and a record set aside waits for its re-drive however long a fix takes.
 */
class TopicsIntegrationTest extends PlanServiceTest {

    @Test
    void thePublishedTopicAndEveryDeadLetterTopicKeepEveryRecord() throws Exception {
        List<String> topics = List.of(Topics.PLANS, Topics.deadLetterTopicOf(Topics.CASES),
                Topics.deadLetterTopicOf(Topics.ORGANISATION), Topics.deadLetterTopicOf(Topics.DEADLINES));
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                EmbeddedServers.kafka().bootstrapServers()))) {
            Map<ConfigResource, Config> configs = admin.describeConfigs(topics.stream()
                    .map(topic -> new ConfigResource(ConfigResource.Type.TOPIC, topic))
                    .collect(Collectors.toList())).all().get();

            assertThat(configs).hasSize(topics.size());
            configs.forEach((topic, config) -> {
                assertThat(config.get(TopicConfig.RETENTION_MS_CONFIG).value()).as(topic.name()).isEqualTo("-1");
                assertThat(config.get(TopicConfig.RETENTION_BYTES_CONFIG).value()).as(topic.name()).isEqualTo("-1");
            });
        }
    }
}
