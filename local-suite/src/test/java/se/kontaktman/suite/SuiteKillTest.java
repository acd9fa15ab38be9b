package se.kontaktman.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kontaktman.events.EventCodec;
import se.kontaktman.events.Topics;
import se.kontaktman.identity.DemoCredentials;
import se.kontaktman.identity.signin.PasswordSignIn;
import se.kontaktman.platform.testing.TopicReader;

/**
 * An answer means it is stored: the whole suite runs in a process of its own on the embedded
 * default, a planner opens cases one after another, and the process is killed with SIGKILL while
 * she does. Started again on the same data folder, every case answered {@code 201 Created} is in
 * assignment-service, on Kafka (more than once only as a redelivery of the same CloudEvent), in
 * plan-service's view, in reminder-service's deadlines and in reporting-service's overview.
 */
class SuiteKillTest {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final EventCodec CODEC = new EventCodec();
    private static final Pattern CASE_ID = Pattern.compile("\"caseId\":\"([^\"]+)\"");
    /** Enough answered cases that some were answered in the last moment before the kill. */
    private static final int ANSWERED_BEFORE_THE_KILL = 40;

    @TempDir
    Path data;

    @Test
    void everyCaseAnsweredBeforeASigkillIsEverywhereAfterARestart() throws Exception {
        Map<String, Integer> ports = freePorts();
        List<String> answered = new CopyOnWriteArrayList<>();
        try (Child suite = Child.start(data, ports, "first")) {
            String planner = token(ports, "pia.planerare");
            Thread opener = new Thread(() -> openCasesUntilRefused(ports.get("ASSIGNMENT_PORT"), planner, answered));
            opener.start();
            await().atMost(Duration.ofSeconds(120)).until(() -> answered.size() >= ANSWERED_BEFORE_THE_KILL);
            suite.kill();
            opener.join(30_000);
        }
        assertThat(answered).hasSizeGreaterThanOrEqualTo(ANSWERED_BEFORE_THE_KILL);

        try (Child again = Child.start(data, ports, "again")) {
            String planner = token(ports, "pia.planerare");
            for (String caseId : answered) {
                assertThat(get(ports.get("ASSIGNMENT_PORT"), "/cases/" + caseId, planner).statusCode())
                        .as("case %s in assignment-service", caseId).isEqualTo(200);
            }
            try (TopicReader cases = new TopicReader("127.0.0.1:" + ports.get("KONTAKTMAN_KAFKA_PORT"), Topics.CASES)) {
                List<ConsumerRecord<String, byte[]>> opened = cases.awaitRecords(
                        record -> answered.contains(record.key()) && "CaseOpened".equals(type(record)),
                        answered.size(), Duration.ofSeconds(90));
                Map<String, Set<String>> eventIds = opened.stream().collect(Collectors.groupingBy(ConsumerRecord::key,
                        Collectors.mapping(record -> CODEC.decode(record.value()).id(), Collectors.toSet())));
                assertThat(eventIds.keySet()).as("every answered case on Kafka").containsExactlyInAnyOrderElementsOf(answered);
                assertThat(eventIds.values()).as("more than once only as the same CloudEvent").allMatch(ids -> ids.size() == 1);
            }
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
                for (String caseId : answered) {
                    assertThat(get(ports.get("PLAN_PORT"), "/cases/" + caseId, planner).statusCode())
                            .as("case %s in plan-service", caseId).isEqualTo(200);
                    assertThat(get(ports.get("REMINDER_PORT"), "/cases/" + caseId + "/deadlines", planner).body())
                            .as("case %s's H1 in reminder-service", caseId).contains("\"H1\"");
                }
                String group = get(ports.get("REPORTING_PORT"), "/staff-groups/solbacken/cases", planner).body();
                assertThat(answered).as("in reporting-service's overview").allMatch(group::contains);
            });
        }
    }

    /** One case after another, each a client of its own, until the suite no longer answers. */
    private static void openCasesUntilRefused(int port, String planner, List<String> answered) {
        LocalDate born = LocalDate.of(1931, 1, 1);
        for (int i = 0; ; i++) {
            String personnummer = personnummer(born.plusDays(i * 7L), 100 + (i % 800));
            try {
                HttpResponse<String> opened = HTTP.send(HttpRequest.newBuilder(uri(port, "/cases"))
                        .timeout(Duration.ofSeconds(10))
                        .header("Authorization", "Bearer " + planner).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("""
                                {"personnummer":"%s","name":"Klient %d","staffGroupId":"solbacken",
                                 "careProfile":"HOME_CARE","startDate":"%s"}""".formatted(personnummer, i,
                                LocalDate.now(STOCKHOLM)))).build(), HttpResponse.BodyHandlers.ofString());
                if (opened.statusCode() != 201) {
                    return;
                }
                Matcher id = CASE_ID.matcher(opened.body());
                if (id.find()) {
                    answered.add(id.group(1));
                }
            } catch (IOException | InterruptedException killed) {
                return;
            }
        }
    }

    /** A personnummer with its check digit (Luhn over the ten digits). */
    static String personnummer(LocalDate born, int birthNumber) {
        String digits = "%02d%02d%02d%03d".formatted(born.getYear() % 100, born.getMonthValue(), born.getDayOfMonth(),
                birthNumber);
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = (digits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += d > 9 ? d - 9 : d;
        }
        return "%04d%02d%02d-%03d%d".formatted(born.getYear(), born.getMonthValue(), born.getDayOfMonth(), birthNumber,
                (10 - sum % 10) % 10);
    }

    private static String type(ConsumerRecord<String, byte[]> record) {
        return CODEC.decode(record.value()).event().getClass().getSimpleName();
    }

    /** Signed in through the provider's form with the demo password the suite keeps in its data folder. */
    private String token(Map<String, Integer> ports, String staffId) {
        String password = DemoCredentials.passwordIn(data.resolve("suite").resolve("identity"), staffId);
        return new PasswordSignIn("http://localhost:" + ports.get("IDENTITY_PORT")).accessToken(staffId, password);
    }

    private static HttpResponse<String> get(int port, String path, String token) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri(port, path)).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(int port, String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /**
     * Ports free now and kept for both runs (the provider's address is in the tokens), below the
     * range the system hands out to outgoing connections, which could take one meanwhile.
     */
    private static Map<String, Integer> freePorts() {
        Map<String, Integer> ports = new java.util.LinkedHashMap<>();
        java.util.Random random = new java.util.Random();
        for (String name : List.of("KONTAKTMAN_KAFKA_PORT", "KONTAKTMAN_MONGO_PORT", "IDENTITY_PORT", "ASSIGNMENT_PORT",
                "PLAN_PORT", "REMINDER_PORT", "REPORTING_PORT", "GATEWAY_PORT")) {
            while (!ports.containsKey(name)) {
                int port = 20_000 + random.nextInt(12_000);
                try (ServerSocket socket = new ServerSocket(port)) {
                    if (!ports.containsValue(port)) {
                        ports.put(name, port);
                    }
                } catch (IOException taken) {
                    // another one
                }
            }
        }
        return ports;
    }

    /** The suite in a JVM of its own, as {@code run-suite.sh} starts it, its log kept in target/suite-kill. */
    private record Child(Process process, Path log) implements AutoCloseable {

        static Child start(Path data, Map<String, Integer> ports, String name) throws IOException {
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1500m",
                    "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                    "-DKONTAKTMAN_DATA_DIR=" + data.resolve("suite")));
            ports.forEach((variable, port) -> command.add("-D" + variable + "=" + port));
            command.add(LocalSuite.class.getName());
            Path log = Path.of("target", "suite-kill", name + ".log");
            Files.createDirectories(log.getParent());
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            Child child = new Child(process, log);
            try {
                await().atMost(Duration.ofSeconds(240)).pollInterval(Duration.ofMillis(500)).until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException("the suite stopped; see " + log);
                    }
                    return Files.readString(log).contains("The kontaktman suite is ready.");
                });
            } catch (RuntimeException notReady) {
                process.destroyForcibly();
                throw notReady;
            }
            return child;
        }

        /** SIGKILL: no shutdown hook runs, nothing is flushed or committed on the way out. */
        void kill() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor();
        }

        @Override
        public void close() throws InterruptedException {
            kill();
        }
    }
}
