package se.kontaktman.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;
import se.kontaktman.events.Topics;
import se.kontaktman.platform.testing.EmbeddedServers;
import se.kontaktman.reminder.support.ReminderServiceTest;

/** The topic a service publishes keeps every event, so that a new subscriber can read from the beginning. */
class PublishedTopicsIntegrationTest extends ReminderServiceTest {

    @Test
    void theDeadlineTopicKeepsEveryEventWithoutATimeOrSizeLimit() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                EmbeddedServers.kafka().bootstrapServers()))) {
            ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, Topics.DEADLINES);
            Config config = admin.describeConfigs(List.of(topic)).all().get().get(topic);
            assertThat(config.get(TopicConfig.RETENTION_MS_CONFIG).value()).isEqualTo("-1");
            assertThat(config.get(TopicConfig.RETENTION_BYTES_CONFIG).value()).isEqualTo("-1");
        }
    }
}
