package se.kontaktman.platform.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.kafka.core.KafkaAdmin;
import se.kontaktman.embedded.EmbeddedKafka;

/**
 * A service started while Kafka was away: its topics are set up once Kafka answers, and a topic the
 * broker made meanwhile with its own retention is brought to "keep every event". A real broker
 * (KRaft, in the JVM), started after the service's first attempts failed.
 */
class TopicSetupIntegrationTest {

    private static final String TOPIC = "kontaktman.test.published";
    private static final String SEVEN_DAYS = String.valueOf(Duration.ofDays(7).toMillis());

    @TempDir
    Path dir;
    private EmbeddedKafka kafka;
    private GenericApplicationContext context;
    private TopicSetup setup;
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    /** What the service declares, through the same bean type PublishedTopics gives KafkaAdmin. */
    private TopicSetup setUpFor(Duration retry) {
        kafka = new EmbeddedKafka(dir.resolve("kafka"), 0);   // its port known, the broker not yet started
        context = new GenericApplicationContext();
        context.registerBean(KafkaAdmin.NewTopics.class, () -> new KafkaAdmin.NewTopics(
                PublishedTopics.keepingEverything(TOPIC)));
        context.refresh();
        KafkaAdmin admin = new KafkaAdmin(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 1_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 1_000));
        admin.setOperationTimeout(1);
        admin.setModifyTopicConfigs(true);
        admin.setApplicationContext(context);
        setup = new TopicSetup(admin, retry, meters, true);
        return setup;
    }

    @AfterEach
    void stop() {
        if (setup != null) {
            setup.stop();
        }
        if (context != null) {
            context.close();
        }
        if (kafka != null) {
            kafka.stop();
        }
    }

    @Test
    void aTopicTheBrokerMadeWithItsOwnRetentionWhileKafkaWasAwayIsBroughtToKeepEverything() throws Exception {
        TopicSetup topics = setUpFor(Duration.ofSeconds(30));
        assertThat(topics.attempt()).as("Kafka away").isFalse();
        assertThat(unsettled()).isEqualTo(1);

        kafka.start();
        // Meanwhile the first send made the topic with the broker's defaults, as a stock cluster does.
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1)
                    .configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, SEVEN_DAYS)))).all().get();
            assertThat(retentionOf(admin).get(TopicConfig.RETENTION_MS_CONFIG).value()).isEqualTo(SEVEN_DAYS);

            assertThat(topics.attempt()).isTrue();

            // The controller has the change; the broker's answer may lag it by a moment.
            Awaitility.await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
                Config config = retentionOf(admin);
                assertThat(config.get(TopicConfig.RETENTION_MS_CONFIG).value()).isEqualTo("-1");
                assertThat(config.get(TopicConfig.RETENTION_BYTES_CONFIG).value()).isEqualTo("-1");
            });
        }
        assertThat(unsettled()).isZero();
    }

    @Test
    void theSetUpIsTriedAgainUntilKafkaAnswers() throws Exception {
        TopicSetup topics = setUpFor(Duration.ofMillis(300));
        topics.start();
        Thread.sleep(2_000);
        assertThat(topics.settled()).as("Kafka away").isFalse();

        kafka.start();

        Awaitility.await().atMost(Duration.ofSeconds(60)).until(topics::settled);
        assertThat(unsettled()).isZero();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
            Awaitility.await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                    assertThat(retentionOf(admin).get(TopicConfig.RETENTION_MS_CONFIG).value()).isEqualTo("-1"));
        }
    }

    private double unsettled() {
        return meters.get("kontaktman.kafka.topics.unsettled").gauge().value();
    }

    private static Config retentionOf(Admin admin) throws Exception {
        ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, TOPIC);
        return admin.describeConfigs(List.of(topic)).all().get().get(topic);
    }
}
