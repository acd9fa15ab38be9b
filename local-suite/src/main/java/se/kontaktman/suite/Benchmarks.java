package se.kontaktman.suite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import se.kontaktman.embedded.EmbeddedKafka;
import se.kontaktman.embedded.EmbeddedMongo;
import se.kontaktman.events.EventCodec;
import se.kontaktman.events.IntegrationEvent;
import se.kontaktman.events.PublishedEvent;
import se.kontaktman.events.Topics;
import se.kontaktman.identity.DemoCredentials;
import se.kontaktman.identity.IdentityProviderApplication;
import se.kontaktman.identity.signin.PasswordSignIn;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the benchmarks of the consuming services share: publishing fast, the plain read they are
 * compared with, an OpenID provider to sign in at, a service's heap.
 */
final class Benchmarks {

    private Benchmarks() {
    }

    /** What a benchmark measures, given the embedded servers' addresses and the provider to sign in at. */
    @FunctionalInterface
    interface Measurement {
        void measure(String mongoUri, String kafkaBootstrapServers, SignIn signIn) throws Exception;
    }

    /**
     * Runs a measurement on an embedded Kafka broker and MongoDB-wire server keeping their data on
     * disk in a temporary folder, deleted afterwards, and the suite's OpenID provider for the staff
     * given (services answer only signed-in requests); then ends the JVM (the broker leaves threads).
     */
    static void onEmbeddedServers(String name, List<SignIn.Staff> staff, Measurement measurement) throws Exception {
        Path data = Files.createTempDirectory("kontaktman-" + name + "-benchmark");
        try (EmbeddedMongo mongo = EmbeddedMongo.onDisk(data.resolve("mongo/kontaktman.mv"), 0).start();
             EmbeddedKafka kafka = new EmbeddedKafka(data.resolve("kafka"), 0).start();
             SignIn signIn = SignIn.start(data.resolve("identity"), staff)) {
            measurement.measure(mongo.connectionString(), kafka.bootstrapServers(), signIn);
        } finally {
            AssignmentBenchmark.deleteQuietly(data);
        }
        System.exit(0);
    }

    /** A service's runnable jar, as {@code ./mvnw -DskipTests package} builds it. */
    static Path serviceJar(String service) throws IOException {
        try (Stream<Path> built = Files.list(Path.of(service, "target"))) {
            return built.filter(p -> p.getFileName().toString().endsWith("-exec.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("build " + service
                            + " first: ./mvnw -DskipTests package"));
        }
    }

    /** A producer that batches and compresses, as a busy publisher would; acknowledged by the broker. */
    static KafkaProducer<String, byte[]> producer(String kafka) {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 20,
                ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024, ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4"),
                new StringSerializer(), new ByteArraySerializer());
    }

    /** Sends an event as the service that owns its topic would; a failed send is kept in {@code failed}. */
    static void send(KafkaProducer<String, byte[]> producer, EventCodec codec, String id, Instant time,
                     IntegrationEvent event, AtomicReference<Exception> failed) {
        String source = "/kontaktman/" + Topics.publisherOf(new PublishedEvent<>(id, "", time, event).contract()
                .topic());
        producer.send(codec.toRecord(new PublishedEvent<>(id, source, time, event)), (metadata, error) -> {
            if (error != null) {
                failed.set(error);
            }
        });
    }

    /** Records read and the seconds it took. */
    record Read(long events, double seconds) {

        double rate() {
            return events / seconds;
        }
    }

    /** Every record of the topics, as fast as a consumer without a group reads them. */
    static Read plainRead(String kafka, List<String> topics, long events) {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000), new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : topics) {
                consumer.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            }
            long started = System.nanoTime();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long total = consumer.endOffsets(partitions).values().stream().mapToLong(Long::longValue).sum();
            if (total != events) {
                System.out.printf("Note: %,d records on the topics, %,d events published%n", total, events);
            }
            long read = 0;
            while (read < total) {
                read += consumer.poll(Duration.ofMillis(500)).count();
            }
            return new Read(read, seconds(started));
        }
    }

    /** A port free a moment ago, for a server whose address must be known before it starts. */
    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    static long mb(long bytes) {
        return bytes / (1024 * 1024);
    }

    /** Asks a service process to stop, and kills it if it has not within half a minute. */
    static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    /**
     * The suite's OpenID provider in this JVM, for a benchmark that runs a service without the
     * local suite: the service accepts only its tokens, as it would a municipality's provider's.
     * Its organisation file lists only the staff the benchmark signs in as; it and the provider's
     * signing key and demo passwords are kept in the folder given.
     */
    static final class SignIn implements AutoCloseable {

        /** Tokens last 30 minutes; a benchmark can run longer, so each is renewed well before. */
        private static final Duration RENEW_AFTER = Duration.ofMinutes(20);
        private static final String CLIENT = "client:";
        /** A staff member of the provider's organisation file, with one role. */
        record Staff(String staffId, String name, String role) {
        }

        private record Token(String value, long obtainedAt) {
        }

        private final ConfigurableApplicationContext context;
        private final String issuer;
        private final Map<String, Token> tokens = new HashMap<>();

        private SignIn(ConfigurableApplicationContext context, String issuer) {
            this.context = context;
            this.issuer = issuer;
        }

        static SignIn start(Path data, List<Staff> staff) throws IOException {
            List<Map<String, Object>> people = new ArrayList<>();
            for (Staff person : staff) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("staffId", person.staffId());
                entry.put("name", person.name());
                entry.put("roles", List.of(person.role()));
                people.add(entry);
            }
            Map<String, Object> organisation = new LinkedHashMap<>();
            organisation.put("areas", List.of());
            organisation.put("staffGroups", List.of());
            organisation.put("staff", people);
            Files.createDirectories(data);
            Path file = data.resolve("organisation.json");
            Files.writeString(file, JsonMapper.builder().build().writeValueAsString(organisation));
            // Its address is fixed before it starts, as its tokens carry it.
            int port = freePort();
            String issuer = "http://localhost:" + port;
            SpringApplication provider = IdentityProviderApplication.application();
            provider.setRegisterShutdownHook(false);
            ConfigurableApplicationContext context = provider.run(
                    "--server.port=" + port,
                    "--kontaktman.identity.issuer=" + issuer,
                    "--kontaktman.identity.data-dir=" + data,
                    "--kontaktman.identity.organisation=" + file.toUri(),
                    // The benchmark's output stays its figures.
                    "--spring.main.banner-mode=off");
            return new SignIn(context, issuer);
        }

        /** The provider's address: the services' {@code spring.security.oauth2.resourceserver.jwt.issuer-uri}. */
        String issuer() {
            return issuer;
        }

        /** The staff member's access token, signed in through the provider's form with their demo password. */
        synchronized String token(String staffId) {
            String password = credentials().passwordOf(staffId);
            if (password == null) {
                throw new IllegalArgumentException(staffId + " is not in the provider's organisation file");
            }
            return fresh(staffId, () -> new PasswordSignIn(issuer).accessToken(staffId, password));
        }

        /** The monitoring client's access token (role OPERATIONS): the actuator's metrics need it. */
        synchronized String monitoringToken() {
            return fresh(CLIENT + DemoCredentials.MONITORING_CLIENT, () -> new PasswordSignIn(issuer)
                    .clientToken(DemoCredentials.MONITORING_CLIENT, credentials().monitoringSecret()));
        }

        private String fresh(String key, Supplier<String> signIn) {
            Token kept = tokens.get(key);
            if (kept == null || System.nanoTime() - kept.obtainedAt() > RENEW_AFTER.toNanos()) {
                kept = new Token(signIn.get(), System.nanoTime());
                tokens.put(key, kept);
            }
            return kept.value();
        }

        private DemoCredentials credentials() {
            return context.getBean(DemoCredentials.class);
        }

        @Override
        public void close() {
            context.close();
        }
    }

    /**
     * A service's heap, sampled every second from its Prometheus endpoint while it runs: the heap
     * in use (garbage included), and the old generation after the last collection (what is live
     * there, and garbage not yet collected). The endpoint needs the monitoring token.
     */
    static final class Heap {

        private static final Pattern IN_USE = Pattern.compile("jvm_memory_used_bytes\\{[^}]*area=\"heap\"[^}]*} ([0-9.E+]+)");
        private static final Pattern LIVE = Pattern.compile("jvm_gc_live_data_size_bytes(?:\\{[^}]*})? ([0-9.E+]+)");

        private final Process process;
        private final int port;
        private final Supplier<String> monitoringToken;
        private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        private final AtomicLong peak = new AtomicLong();
        private final AtomicLong liveDataPeak = new AtomicLong();

        private Heap(Process process, int port, Supplier<String> monitoringToken) {
            this.process = process;
            this.port = port;
            this.monitoringToken = monitoringToken;
        }

        static Heap sample(Process process, int port, String name, Supplier<String> monitoringToken) {
            Heap heap = new Heap(process, port, monitoringToken);
            Thread sampler = new Thread(heap::sample, name + "-heap");
            sampler.setDaemon(true);
            sampler.start();
            return heap;
        }

        private void sample() {
            while (process.isAlive()) {
                try {
                    String body = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                            + "/actuator/prometheus")).header("Authorization", "Bearer " + monitoringToken.get())
                            .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString()).body();
                    peak.accumulateAndGet((long) sum(IN_USE.matcher(body)), Math::max);
                    liveDataPeak.accumulateAndGet((long) sum(LIVE.matcher(body)), Math::max);
                    Thread.sleep(1_000);
                } catch (IOException | UncheckedIOException notYetListening) {
                    // The service, or the provider asked for a token.
                    try {
                        Thread.sleep(1_000);
                    } catch (InterruptedException stopping) {
                        return;
                    }
                } catch (InterruptedException stopping) {
                    return;
                }
            }
        }

        long peak() {
            return peak.get();
        }

        /** 0 while no old-generation collection has run. */
        long liveDataPeak() {
            return liveDataPeak.get();
        }
    }

    /** The sum of the values a Prometheus pattern matches. */
    static double sum(Matcher values) {
        double sum = 0;
        while (values.find()) {
            sum += Double.parseDouble(values.group(1));
        }
        return sum;
    }
}
