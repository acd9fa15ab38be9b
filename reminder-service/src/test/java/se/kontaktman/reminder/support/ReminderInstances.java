package se.kontaktman.reminder.support;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.common.TopicPartition;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import se.kontaktman.platform.testing.EmbeddedServers;
import se.kontaktman.platform.testing.Http;
import se.kontaktman.platform.testing.MutableClock;
import se.kontaktman.platform.testing.TestClockConfiguration;
import se.kontaktman.platform.testing.TestIdentityProvider;
import se.kontaktman.reminder.ReminderServiceApplication;
import se.kontaktman.reminder.days.Ticker;

/**
 * Instances of reminder-service that share one database and one consumer group, as an operations
 * team scaling it would run them: in this JVM (each its own Spring context, clock moved by the
 * test), or as a process of its own that can be killed.
 */
public final class ReminderInstances {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    private final String database = "test_" + UUID.randomUUID().toString().replace("-", "");
    private final String group = "test-" + UUID.randomUUID();

    /** Connections, the shared database and group, and a crashed instance's work taken over soon enough for a test. */
    private List<String> arguments(int port) {
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=" + port,
                "--spring.mongodb.uri=" + EmbeddedServers.mongo().connectionString(),
                "--spring.mongodb.database=" + database,
                "--spring.kafka.bootstrap-servers=" + EmbeddedServers.kafka().bootstrapServers(),
                "--spring.kafka.consumer.group-id=" + group,
                "--kontaktman.mongo.transactions=false",
                // Tokens from the test's OpenID provider, as the Spring test contexts are given.
                "--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + TestIdentityProvider.get().issuer(),
                "--kontaktman.reminder.claim-for=PT5S",
                // A killed instance's partitions go to the others after this (45 s by default).
                "--spring.kafka.consumer.properties.session.timeout.ms=6000",
                "--spring.kafka.consumer.properties.heartbeat.interval.ms=1000"));
        return arguments;
    }

    /** An instance in this JVM whose days the test moves: its tick is called, never scheduled. */
    public InJvm startInJvm() {
        SpringApplication application = ReminderServiceApplication.application();
        application.addPrimarySources(List.of(TestClockConfiguration.class));
        application.setRegisterShutdownHook(false);
        List<String> arguments = arguments(0);
        arguments.add("--kontaktman.reminder.first-tick-after=PT24H");
        arguments.add("--kontaktman.reminder.tick-every=PT24H");
        return new InJvm(application.run(arguments.toArray(String[]::new)));
    }

    /**
     * An instance in a JVM of its own whose business day is {@code today} (the clock offset a demo
     * uses), ticking every second; returns once it has started, before it is ready.
     */
    public Process startProcess(LocalDate today, Path log) {
        int port = freePort();
        Duration offset = Duration.between(Instant.now(), today.atTime(12, 0).atZone(STOCKHOLM).toInstant());
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m",
                "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                ReminderServiceApplication.class.getName()));
        command.addAll(arguments(port));
        command.add("--kontaktman.clock.offset=" + offset);
        command.add("--kontaktman.reminder.first-tick-after=PT1S");
        command.add("--kontaktman.reminder.tick-every=PT1S");
        try {
            Files.createDirectories(log.getParent());
            java.lang.Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            return new Process(process, new Http(port), log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ticks, again until the facts published before have been read (the tick waits for them). */
    public static Ticker.Result tickOnceFactsAreRead(Ticker ticker) {
        Ticker.Result[] result = new Ticker.Result[1];
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> !(result[0] = ticker.tick()).factsBehind());
        return result[0];
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An instance in this JVM. */
    public record InJvm(ConfigurableApplicationContext context) implements AutoCloseable {

        public MutableClock clock() {
            return context.getBean(MutableClock.class);
        }

        public Ticker ticker() {
            return context.getBean(Ticker.class);
        }

        public MongoTemplate mongo() {
            return context.getBean(MongoTemplate.class);
        }

        /** The partitions of the facts' topics the group has given this instance now. */
        public Collection<TopicPartition> factsPartitions() {
            Collection<TopicPartition> partitions = context.getBean(KafkaListenerEndpointRegistry.class)
                    .getListenerContainer("reminder-facts").getAssignedPartitions();
            return partitions == null ? List.of() : partitions;
        }

        public Http http() {
            return new Http(Integer.parseInt(context.getEnvironment().getProperty("local.server.port", "0")));
        }

        /** Moves the business day and works through it. */
        public Ticker.Result dayComes(LocalDate day) {
            clock().setToday(day);
            return tickOnceFactsAreRead(ticker());
        }

        @Override
        public void close() {
            context.close();
        }
    }

    /** An instance in a process of its own. */
    public record Process(java.lang.Process process, Http http, Path log) implements AutoCloseable {

        /** Waits until it has read the organisation and reads case facts. */
        public Process awaitReady() {
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200)).ignoreExceptions()
                    .until(() -> {
                        if (!process.isAlive()) {
                            throw new IllegalStateException("reminder-service stopped; see " + log);
                        }
                        return http.get("/actuator/health/readiness").status() == 200;
                    });
            return this;
        }

        /** SIGKILL: no shutdown hook runs, nothing is flushed or committed on the way out. */
        public void kill() {
            process.destroyForcibly();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public void close() {
            kill();
        }
    }
}
