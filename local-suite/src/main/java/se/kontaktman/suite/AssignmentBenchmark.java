package se.kontaktman.suite;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.bson.Document;

/**
 * Drives assignment-service over HTTP and prints its rates and latencies beside the raw insert
 * rate of the same MongoDB server with the plain driver, in the same run. Not a test: figures
 * depend on the machine. Usage: {@code ./benchmark.sh [commands] [clients]}.
 */
public final class AssignmentBenchmark {

    private static final String GROUP = "solbacken";
    private static final String[] CARE_STAFF = {"anna.berg", "bertil.ek", "cecilia.holm"};
    /** The group's planner, who opens its cases and assigns their contact persons (H1). */
    private static final String PLANNER = "pia.planerare";
    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    /** The planner's {@code Authorization} header: every command is theirs. */
    private final String signedIn;
    private final AtomicInteger serial = new AtomicInteger();

    private AssignmentBenchmark(int port, String accessToken) {
        this.base = "http://127.0.0.1:" + port;
        this.signedIn = "Bearer " + accessToken;
    }

    static void run(String[] args) throws Exception {
        int commands = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        Path data = Files.createTempDirectory("kontaktman-benchmark");
        // Fresh embedded servers in a temporary folder, or the servers the environment names,
        // in a database of the benchmark's own that is dropped afterwards. Only assignment-service
        // runs: the others would share its two cores here, where in operation each has its own.
        LocalSuite.ExternalServers external = LocalSuite.fromEnvironment().servers();
        String database = "kontaktman_benchmark_" + System.currentTimeMillis();
        // The suite's own OpenID provider (issuer null), whose demo passwords sign the planner in.
        LocalSuite.Settings settings = new LocalSuite.Settings(data, 0, 0, 0, 0, 0, 0, 0,
                "classpath:seed/organisation.json", external, null, database, true, List.of(), 0);
        try (LocalSuite suite = LocalSuite.start(settings)) {
            // One sign-in for the run: its token lasts 30 minutes, far longer than a run.
            AssignmentBenchmark benchmark = new AssignmentBenchmark(suite.assignmentPort(), suite.signIn(PLANNER));
            benchmark.closedLoop(Math.min(600, commands), clients); // warm-up, not reported

            Result throughput = benchmark.closedLoop(commands, clients);
            Result paced = benchmark.fixedRate(100, Duration.ofSeconds(10));
            double inserts = insertRate(suite.servers().mongoUri(), database, commands);

            System.out.printf("%nassignment-service benchmark: %d cores, %s, HTTP on loopback%n",
                    Runtime.getRuntime().availableProcessors(), suite.embedded()
                            ? "embedded Kafka broker and MongoDB-wire server (on disk)"
                            : "Kafka at " + external.kafkaBootstrapServers() + " and MongoDB from MONGODB_URI");
            System.out.printf("  closed loop, %d clients: %d commands in %.1f s = %.0f commands/s;"
                            + " p50 %.1f ms, p99 %.1f ms, errors %d%n", clients, throughput.count(),
                    throughput.seconds(), throughput.rate(), throughput.p(50), throughput.p(99), throughput.errors());
            System.out.printf("  fixed rate 100/s for 10 s: %d commands; p50 %.1f ms, p99 %.1f ms, errors %d%n",
                    paced.count(), paced.p(50), paced.p(99), paced.errors());
            System.out.printf("  plain driver, same server: %d insertOne = %.0f documents/s%n", commands, inserts);
            System.out.printf("  ratio of commands/s to inserts/s: %.2f%n", throughput.rate() / inserts);
            System.out.printf("  aims: >= 300 commands/s; p99 < 100 ms at 100/s%n");
            ERRORS.forEach((what, count) -> System.out.printf("  error x%d: %s%n", count, what));
            System.out.println();
        } finally {
            deleteQuietly(data);
            if (external != null) {
                dropDatabases(external.mongoUri(), database);
            }
        }
        System.exit(0);
    }

    record Result(int count, double seconds, List<Double> latenciesMs, int errors) {

        double rate() {
            return count / seconds;
        }

        double p(int percentile) {
            List<Double> sorted = new ArrayList<>(latenciesMs);
            Collections.sort(sorted);
            if (sorted.isEmpty()) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
            return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
        }
    }

    /** Each client opens a case and assigns its two contact persons, again and again: two commands a round. */
    private Result closedLoop(int commands, int clients) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger remaining = new AtomicInteger(commands);
        AtomicInteger errors = new AtomicInteger();
        long start = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            workers.add(pool.submit(() -> {
                while (remaining.getAndAdd(-2) > 0) {
                    String caseId = timed(this::openCase, latencies, errors);
                    if (caseId != null) {
                        timed(() -> assign(caseId), latencies, errors);
                    }
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        return new Result(latencies.size(), seconds, latencies, errors.get());
    }

    /** Opens cases at a steady rate whatever the answers' speed, as many users would. */
    private Result fixedRate(int perSecond, Duration duration) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(32);
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        int total = (int) (perSecond * duration.toSeconds());
        long intervalNanos = 1_000_000_000L / perSecond;
        long start = System.nanoTime();
        List<Future<?>> sent = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            long due = start + i * intervalNanos;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            sent.add(pool.submit(() -> timed(this::openCase, latencies, errors)));
        }
        for (Future<?> f : sent) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        return new Result(latencies.size(), seconds, latencies, errors.get());
    }

    private interface Call {
        String run() throws IOException, InterruptedException;
    }

    private static String timed(Call call, List<Double> latencies, AtomicInteger errors) {
        long t0 = System.nanoTime();
        try {
            String result = call.run();
            latencies.add((System.nanoTime() - t0) / 1e6);
            return result;
        } catch (Exception e) {
            errors.incrementAndGet();
            ERRORS.merge(String.valueOf(e.getMessage()), 1, Integer::sum);
            return null;
        }
    }

    /** What went wrong, counted, so that a figure with errors can be explained. */
    private static final java.util.Map<String, Integer> ERRORS = new java.util.concurrent.ConcurrentHashMap<>();

    private String openCase() throws IOException, InterruptedException {
        String body = """
                {"personnummer":"%s","name":"Benchmark Klient %d","staffGroupId":"%s","careProfile":"HOME_CARE",
                 "startDate":"%s"}""".formatted(personnummer(), serial.incrementAndGet(), GROUP, LocalDate.now(STOCKHOLM).minusDays(2));
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + "/cases"))
                .header("Content-Type", "application/json").header("Authorization", signedIn)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        if (response.statusCode() != 201) {
            throw new IOException("open case answered " + response.statusCode()
                    + (response.statusCode() == 409 ? " (a random personnummer drawn twice)" : ""));
        }
        return response.body().replaceAll(".*\"caseId\":\"([^\"]+)\".*", "$1");
    }

    /** Dated yesterday: within the rule profile's back-dating limit. */
    private String assign(String caseId) throws IOException, InterruptedException {
        int first = ThreadLocalRandom.current().nextInt(CARE_STAFF.length);
        String body = """
                {"primaryStaffId":"%s","substituteStaffId":"%s","effectiveFrom":"%s"}""".formatted(
                CARE_STAFF[first], CARE_STAFF[(first + 1) % CARE_STAFF.length], LocalDate.now(STOCKHOLM).minusDays(1));
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + "/cases/" + caseId
                + "/contact-persons")).header("Content-Type", "application/json").header("Authorization", signedIn)
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
        if (response.statusCode() != 204) {
            throw new IOException("assign answered " + response.statusCode());
        }
        return caseId;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The same number of documents, one insertOne each, into the same server. */
    private static double insertRate(String connectionString, String database, int count) {
        try (MongoClient client = MongoClients.create(connectionString)) {
            MongoCollection<Document> collection = client.getDatabase(database + "_raw").getCollection("documents");
            for (int i = 0; i < 200; i++) {
                collection.insertOne(document(i)); // warm-up
            }
            long start = System.nanoTime();
            for (int i = 0; i < count; i++) {
                collection.insertOne(document(1000 + i));
            }
            return count / ((System.nanoTime() - start) / 1e9);
        }
    }

    /** Leaves a real server as it was found. */
    private static void dropDatabases(String connectionString, String prefix) {
        try (MongoClient client = MongoClients.create(connectionString)) {
            for (String name : client.listDatabaseNames()) {
                if (name.startsWith(prefix)) {
                    client.getDatabase(name).drop();
                }
            }
        }
    }

    private static Document document(int i) {
        return new Document("_id", "doc-" + i).append("caseId", java.util.UUID.randomUUID().toString())
                .append("staffGroupId", GROUP).append("careProfile", "HOME_CARE")
                .append("startDate", "2026-01-05").append("version", 0L);
    }

    private static String personnummer() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        LocalDate born = LocalDate.of(1920, 1, 1).plusDays(r.nextInt(365 * 80));
        String date = String.format("%04d%02d%02d", born.getYear(), born.getMonthValue(), born.getDayOfMonth());
        String serialDigits = String.format("%03d", r.nextInt(1, 1000)); // serial 000 is not issued
        String nine = date.substring(2) + serialDigits;
        int sum = 0;
        for (int i = 0; i < nine.length(); i++) {
            int d = (nine.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += d > 9 ? d - 9 : d;
        }
        return date + "-" + serialDigits + (10 - sum % 10) % 10;
    }

    static void deleteQuietly(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(Collections.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder; the OS cleans it up
        }
    }
}
