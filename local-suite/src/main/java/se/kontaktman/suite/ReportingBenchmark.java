package se.kontaktman.suite;

import static se.kontaktman.suite.Benchmarks.freePort;
import static se.kontaktman.suite.Benchmarks.mb;
import static se.kontaktman.suite.Benchmarks.seconds;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.producer.KafkaProducer;
import se.kontaktman.events.CareProfile;
import se.kontaktman.events.CaseClosureReason;
import se.kontaktman.events.ContactRole;
import se.kontaktman.events.EventCodec;
import se.kontaktman.events.IntegrationEvent;
import se.kontaktman.events.StaffRole;
import se.kontaktman.events.Topics;
import se.kontaktman.events.assignment.CaseClosed;
import se.kontaktman.events.assignment.CaseOpened;
import se.kontaktman.events.assignment.ContactPersonAssigned;
import se.kontaktman.events.organisation.AreaDefined;
import se.kontaktman.events.organisation.StaffGroupDefined;
import se.kontaktman.events.organisation.StaffMemberDefined;
import se.kontaktman.events.plan.FollowUpKind;
import se.kontaktman.events.plan.FollowUpOutcome;
import se.kontaktman.events.plan.FollowUpRecorded;
import se.kontaktman.events.plan.IntroductionVisitBooked;
import se.kontaktman.events.plan.IntroductionVisitHeld;
import se.kontaktman.events.plan.PlanChecked;
import se.kontaktman.events.plan.PlanEstablished;
import se.kontaktman.events.reminder.DeadlineRule;
import se.kontaktman.events.reminder.DeadlineStage;
import se.kontaktman.events.reminder.DeadlineStageReached;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * reporting-service over a million events: an area of 30 staff groups whose last year's cases are
 * put on the real broker (about 300,000 open at the end with the default of 1,000,000 events; every
 * count scales with the number of events), a plain Kafka consumer reads them, then
 * reporting-service (its own JVM, {@value #XMX}) builds its first generation of the projection from
 * the topics' beginning, answers the area's key figures, and rebuilds the projection while that
 * generation answers. Prints the rates beside the plain read rate, the overview's latency and the
 * heap. Not a test: figures depend on the machine. Usage: {@code ./benchmark.sh reporting [events]}.
 */
final class ReportingBenchmark {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final List<String> TOPICS = Topics.ALL;
    private static final String XMX = "-Xmx1g";
    private static final String AREA = "omrade-norr";
    private static final String MANAGER = "maria.chef";
    private static final int GROUPS = 30;
    private static final int CARE_STAFF_PER_GROUP = 20;
    private static final int WARM_UP_CALLS = 5;
    private static final int TIMED_CALLS = 30;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final LocalDate today = LocalDate.now(STOCKHOLM);
    /** Every fact happened, and was recorded, by yesterday: nothing lies in the service's future. */
    private final LocalDate lastDay = today.minusDays(1);
    private final Random random = new Random(2026);
    private final EventCodec codec = new EventCodec();
    private final Map<String, Long> byType = new TreeMap<>();
    private long cases;
    private long openCases;
    private long recordedLate;

    private ReportingBenchmark() {
    }

    static void run(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0].replace("_", "").replace(",", "")) : 1_000_000;
        Path jar = Benchmarks.serviceJar("reporting-service");
        // The area's manager asks for the figures and the rebuild, signed in.
        List<Benchmarks.SignIn.Staff> staff = List.of(new Benchmarks.SignIn.Staff(MANAGER, "Maria Chef",
                StaffRole.AREA_MANAGER.name()));
        Benchmarks.onEmbeddedServers("reporting", staff, (mongoUri, kafka, signIn) ->
                new ReportingBenchmark().measure(events, jar, mongoUri, kafka, signIn));
    }

    private void measure(int target, Path jar, String mongoUri, String kafka, Benchmarks.SignIn signIn)
            throws Exception {
        long started = System.nanoTime();
        long events = publish(target, kafka);
        double publishSeconds = seconds(started);
        System.out.printf("%,d events on the broker in %.0f s; reading them with a plain consumer...%n", events,
                publishSeconds);
        Benchmarks.Read plain = Benchmarks.plainRead(kafka, TOPICS, events);
        // Patience: generous, as the embedded MongoDB stand-in writes a few thousand documents a second.
        Duration patience = Duration.ofSeconds(Math.max(600, events / 50));

        Path log = Path.of("local-suite", "target", "reporting-benchmark-service.log").toAbsolutePath();
        System.out.printf("Starting reporting-service (%s; its log: %s)...%n", XMX, log);
        try (Service service = Service.start(jar, mongoUri, kafka, log, signIn)) {
            Build first = service.awaitFirstGeneration(patience);
            System.out.printf("Generation 1 answers after %.0f s of reading; in memory %.0f s later.%n",
                    first.readSeconds(), first.loadSeconds());
            int open = service.awaitOpenCases(openCases, Duration.ofMinutes(3));
            Latency overview = service.keyFigures(WARM_UP_CALLS, TIMED_CALLS);
            long heapAfterOverview = service.heapInUse();
            System.out.printf("Area overview: median %.0f ms. Rebuilding while generation 1 answers...%n",
                    overview.median());
            Rebuild rebuild = service.rebuild(patience);
            int openAfter = service.openCases();
            Latency overviewAfter = service.keyFigures(WARM_UP_CALLS, TIMED_CALLS);
            long heapAfterRebuild = service.heapInUse();
            Map<String, Double> counters = service.counters();

            double firstRate = events / first.readSeconds();
            double rebuildRate = events / rebuild.build().readSeconds();
            System.out.printf("%nreporting-service benchmark: %d cores, embedded Kafka broker and MongoDB-wire server"
                    + " (on disk), the service in its own JVM with %s%n", Runtime.getRuntime().availableProcessors(),
                    XMX);
            System.out.printf("  events: %,d put on the broker in %.0f s: organisation (1 area, %d staff groups, %,d"
                            + " staff) and %,d cases of the last year, %,d open at the end; %,d (%.1f %%) recorded"
                            + " 1-5 days late%n", events, publishSeconds, GROUPS, GROUPS * (CARE_STAFF_PER_GROUP + 1) + 1,
                    cases, openCases, recordedLate, 100.0 * recordedLate / events);
            System.out.printf("  mix: %s%n", mix());
            System.out.printf("  plain Kafka consumer, same %d topics (assign, seek to beginning): %,d events in %.1f s"
                    + " = %,.0f events/s%n", TOPICS.size(), plain.events(), plain.seconds(), plain.rate());
            System.out.printf("  first generation, built at start (from the log line \"Writing projection generation"
                            + " 1\", %.0f s after the process started, to GET /projection answering 1): %,d events in"
                            + " %.0f s = %,.0f events/s, %s; then in memory %.0f s later (%s)%n",
                    first.startupSeconds(), events, first.readSeconds(), firstRate, ratio(firstRate, plain.rate()),
                    first.loadSeconds(), service.loads(1));
            System.out.printf("  rebuild while generation 1 answers (POST /projection/rebuilds 202 to GET /projection"
                            + " answering 2): %,d events in %.0f s = %,.0f events/s, %s; then in memory %.0f s later"
                            + " (%s)%n", events, rebuild.build().readSeconds(), rebuildRate,
                    ratio(rebuildRate, plain.rate()), rebuild.build().loadSeconds(), service.loads(2));
            System.out.printf("  area overview GET /areas/%s/key-figures, %,d open cases (expected %,d), %d calls"
                            + " after %d to warm up: %s%n", AREA, open, openCases, TIMED_CALLS, WARM_UP_CALLS,
                    latency(overview));
            System.out.printf("  the same overview while the rebuild ran (generation 1 answering): %s%n",
                    rebuild.during().count() == 0 ? "not sampled" : String.format("%d calls, one every 10 s: median"
                            + " %.0f ms, max %.0f ms", rebuild.during().count(), rebuild.during().median(),
                            rebuild.during().max()));
            System.out.printf("  and again after the rebuild, from generation 2 (%,d open cases): %s%n", openAfter,
                    latency(overviewAfter));
            System.out.printf("  heap (%s): %,d MB in use after the overview, %,d MB after the rebuild; highest in"
                            + " use %,d MB; old generation after a collection at most %s%n", XMX, mb(heapAfterOverview),
                    mb(heapAfterRebuild), mb(service.heap.peak()), service.heap.liveDataPeak() == 0 ? "not measured"
                            : mb(service.heap.liveDataPeak()) + " MB");
            System.out.printf("  service log: %d ERROR and %d WARN lines%s; dead-lettered %.0f, unknown types %.0f,"
                            + " records written %.0f%n%n", service.errors(), service.warnings(), service.problems(),
                    counters.getOrDefault("dead", 0.0), counters.getOrDefault("unknown", 0.0),
                    counters.getOrDefault("written", 0.0));
        }
    }

    private static String ratio(double rate, double plainRate) {
        return String.format("%.2f of the plain rate (1/%.0f; aim >= 0.33: %s)", rate / plainRate, plainRate / rate,
                met(rate / plainRate >= 1 / 3.0));
    }

    private static String latency(Latency latency) {
        return String.format("median %.0f ms, p95 %.0f ms, max %.0f ms (aim < 200 ms: %s by the median, %s by p95)",
                latency.median(), latency.p95(), latency.max(), met(latency.median() < 200), met(latency.p95() < 200));
    }

    private static String met(boolean met) {
        return met ? "met" : "not met";
    }

    private String mix() {
        StringBuilder mix = new StringBuilder();
        byType.forEach((type, count) -> mix.append(mix.length() == 0 ? "" : ", ").append(type).append(' ')
                .append(String.format("%,d", count)));
        return mix.toString();
    }

    // The events -------------------------------------------------------------------------------

    private long publish(int target, String kafka) throws Exception {
        AtomicLong sent = new AtomicLong();
        AtomicReference<Exception> failed = new AtomicReference<>();
        try (KafkaProducer<String, byte[]> producer = Benchmarks.producer(kafka)) {
            EventSink sink = (id, day, late, event) -> {
                LocalDate known = day;
                if (late && random.nextInt(100) < 3) {
                    known = earliest(day.plusDays(1 + random.nextInt(5)), lastDay);
                    if (known.isAfter(day)) {
                        recordedLate++;
                    }
                }
                Benchmarks.send(producer, codec, id, noonOf(known), event, failed);
                sent.incrementAndGet();
                byType.merge(event.getClass().getSimpleName(), 1L, Long::sum);
            };
            organisation(sink);
            while (sent.get() < target) {
                caseLife(sink);
            }
            producer.flush();
        }
        if (failed.get() != null) {
            throw failed.get();
        }
        return sent.get();
    }

    @FunctionalInterface
    private interface EventSink {
        /**
         * @param day  the day of the fact: the event is known at noon that day
         * @param late whether it may be one of the few recorded some days after
         */
        void put(String id, LocalDate day, boolean late, IntegrationEvent event);

        default void put(String id, LocalDate day, IntegrationEvent event) {
            put(id, day, true, event);
        }
    }

    private void organisation(EventSink sink) {
        LocalDate longAgo = today.minusYears(2);
        sink.put(uuid(), longAgo, false, new StaffMemberDefined(MANAGER, "Maria Chef", Set.of(StaffRole.AREA_MANAGER),
                null, true));
        sink.put(uuid(), longAgo, false, new AreaDefined(AREA, "Område Norr", MANAGER));
        for (int g = 0; g < GROUPS; g++) {
            sink.put(uuid(), longAgo, false, new StaffGroupDefined(group(g), AREA, "Hemtjänst Norr " + (g + 1),
                    "0480-" + (100 + g) + " 00"));
            sink.put(uuid(), longAgo, false, new StaffMemberDefined(planner(g), "Planerare " + (g + 1),
                    Set.of(StaffRole.PLANNER), group(g), true));
            for (int s = 0; s < CARE_STAFF_PER_GROUP; s++) {
                sink.put(uuid(), longAgo, false, new StaffMemberDefined(staff(g, s), "Personal " + (g + 1) + "-"
                        + (s + 1), Set.of(StaffRole.CARE_STAFF), group(g), true));
            }
        }
    }

    /**
     * One case opened on a day of the last year: 10% LSS; its ordinarie within two days and, for
     * 90%, an ersättare within a week (of the rest 40% reach H1 overdue, a quarter of those
     * escalated); for 9% of the home-care cases an introduction visit booked and held (H2 met late
     * when after the week), three in four of those with a plan (H3 met late after three weeks),
     * followed up after about six months and checked in most April/May and October/November
     * windows since; 3% closed a month or more after opening.
     */
    private void caseLife(EventSink sink) {
        cases++;
        int g = random.nextInt(GROUPS);
        String group = group(g);
        String caseId = uuid();
        boolean lss = random.nextInt(100) < 10;
        LocalDate opened = lastDay.minusDays(random.nextInt(365));
        LocalDate until = lastDay;
        LocalDate closed = null;
        if (random.nextInt(100) < 3 && opened.plusDays(30).isBefore(lastDay)) {
            closed = opened.plusDays(30 + random.nextInt((int) ChronoUnit.DAYS.between(opened.plusDays(30), lastDay)
                    + 1));
            until = closed;
        } else {
            openCases++;
        }
        int p = random.nextInt(CARE_STAFF_PER_GROUP);
        String primary = staff(g, p);
        String substitute = staff(g, (p + 1 + random.nextInt(CARE_STAFF_PER_GROUP - 1)) % CARE_STAFF_PER_GROUP);
        sink.put(uuid(), opened, new CaseOpened(caseId, group, lss ? CareProfile.LSS : CareProfile.HOME_CARE, opened));
        LocalDate assigned = earliest(opened.plusDays(random.nextInt(3)), until);
        sink.put(uuid(), assigned, new ContactPersonAssigned(caseId, group, ContactRole.PRIMARY, primary, assigned,
                null));
        if (random.nextInt(100) < 90) {
            LocalDate on = earliest(assigned.plusDays(random.nextInt(6)), until);
            sink.put(uuid(), on, new ContactPersonAssigned(caseId, group, ContactRole.SUBSTITUTE, substitute, on, null));
        } else if (random.nextInt(100) < 40) {
            LocalDate due = opened.plusDays(7);
            List<String> planners = List.of(planner(g));
            stage(sink, caseId, group, DeadlineRule.H1, DeadlineStage.OVERDUE, due.plusDays(1), due, planners,
                    planners, until);
            if (random.nextInt(100) < 25) {
                stage(sink, caseId, group, DeadlineRule.H1, DeadlineStage.ESCALATED, due.plusDays(8), due, planners,
                        List.of(planner(g), MANAGER), until);
            }
        }
        if (!lss && random.nextInt(100) < 9) {
            visitAndPlan(sink, caseId, g, primary, assigned, until);
        }
        if (closed != null) {
            sink.put(uuid(), closed, new CaseClosed(caseId, group, closed,
                    CaseClosureReason.values()[random.nextInt(CaseClosureReason.values().length)]));
        }
    }

    private void visitAndPlan(EventSink sink, String caseId, int g, String primary, LocalDate assigned,
                              LocalDate until) {
        String group = group(g);
        String visitId = uuid();
        LocalDate bookedOn = earliest(assigned.plusDays(1), until);
        LocalDate visit = assigned.plusDays(2 + random.nextInt(9));
        sink.put(uuid(), bookedOn, new IntroductionVisitBooked(caseId, group, visitId, visit, primary, planner(g)));
        if (visit.isAfter(until)) {
            return;
        }
        sink.put(uuid(), visit, new IntroductionVisitHeld(caseId, group, visitId, visit, primary, List.of(primary),
                true));
        LocalDate visitDue = assigned.plusDays(7);
        if (visit.isAfter(visitDue)) {
            met(sink, caseId, group, DeadlineRule.H2, visit, visitDue, primary);
        }
        if (random.nextInt(100) >= 75) {
            return;
        }
        LocalDate plan = visit.plusDays(7 + random.nextInt(19));
        if (plan.isAfter(until)) {
            return;
        }
        sink.put(uuid(), plan, new PlanEstablished(caseId, group, 1, plan, primary, 1 + random.nextInt(5)));
        LocalDate planDue = visit.plusDays(21);
        if (plan.isAfter(planDue)) {
            met(sink, caseId, group, DeadlineRule.H3, plan, planDue, primary);
        }
        LocalDate followUp = plan.plusDays(160 + random.nextInt(30));
        if (!followUp.isAfter(until)) {
            sink.put(uuid(), followUp, new FollowUpRecorded(caseId, group, followUp, primary, FollowUpKind.SCHEDULED,
                    FollowUpOutcome.STILL_CURRENT, 1));
        }
        for (int year = plan.getYear(); year <= until.getYear(); year++) {
            for (int month : new int[] {4, 10}) {
                LocalDate windowStart = LocalDate.of(year, month, 1);
                LocalDate windowEnd = windowStart.plusMonths(2).minusDays(1);
                LocalDate on = windowStart.plusDays(random.nextInt(50));
                if (windowStart.isAfter(plan) && !on.isAfter(until) && random.nextInt(10) < 8) {
                    sink.put(uuid(), on, new PlanChecked(caseId, group, on, primary, windowStart, windowEnd, 1, true,
                            on.plusDays(14)));
                }
            }
        }
    }

    private void met(EventSink sink, String caseId, String group, DeadlineRule rule, LocalDate on, LocalDate due,
                     String by) {
        sink.put(stageId(caseId, rule, due, DeadlineStage.MET), on, new DeadlineStageReached(caseId, group, rule,
                due.toString(), DeadlineStage.MET, on, due, List.of(by), List.of(), on,
                (int) ChronoUnit.DAYS.between(due, on), null));
    }

    private void stage(EventSink sink, String caseId, String group, DeadlineRule rule, DeadlineStage stage,
                       LocalDate reached, LocalDate due, List<String> responsible, List<String> escalated,
                       LocalDate until) {
        if (reached.isAfter(until)) {
            return;
        }
        sink.put(stageId(caseId, rule, due, stage), reached, new DeadlineStageReached(caseId, group, rule,
                due.toString(), stage, reached, due, responsible, escalated, null,
                (int) ChronoUnit.DAYS.between(due, reached), null));
    }

    /** As reminder-service names a stage: one id for (case, rule, occurrence, stage). */
    private static String stageId(String caseId, DeadlineRule rule, LocalDate due, DeadlineStage stage) {
        return UUID.nameUUIDFromBytes((caseId + "|" + rule + "|" + due + "|" + stage)
                .getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** A random (version 4) UUID from the seeded generator, so that every run has the same mix. */
    private String uuid() {
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static String group(int group) {
        return "norr-g" + String.format("%02d", group + 1);
    }

    private static String planner(int group) {
        return group(group) + ".planerare";
    }

    private static String staff(int group, int member) {
        return group(group) + ".p" + String.format("%02d", member + 1);
    }

    private static Instant noonOf(LocalDate day) {
        return day.atTime(12, 0).atZone(STOCKHOLM).toInstant();
    }

    // The plain consumer ------------------------------------------------------------------------

    // The service ---------------------------------------------------------------------------------

    /**
     * A generation built: from its start (the service's log line, or the rebuild's request) to the
     * moment {@code GET /projection} says it answers, then to the moment this instance answers from
     * it in memory.
     */
    private record Build(double startupSeconds, double readSeconds, double loadSeconds) {
    }

    private record Rebuild(Build build, Latency during) {
    }

    private record Latency(double[] millis) {

        int count() {
            return millis.length;
        }

        double median() {
            return percentile(50);
        }

        double p95() {
            return percentile(95);
        }

        double max() {
            return millis.length == 0 ? 0 : Arrays.stream(millis).max().orElse(0);
        }

        private double percentile(int p) {
            if (millis.length == 0) {
                return 0;
            }
            double[] sorted = millis.clone();
            Arrays.sort(sorted);
            return sorted[Math.max(0, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
        }
    }

    private record Line(long at, String text) {
    }

    /** reporting-service in a JVM of its own, as operations run it. */
    private static final class Service implements AutoCloseable {

        private static final Pattern ERROR = Pattern.compile("^\\S+\\s+ERROR\\b|\\sERROR\\s");
        private static final Pattern WARN = Pattern.compile("^\\S+\\s+WARN\\b|\\sWARN\\s");
        private static final Pattern LOADED = Pattern.compile(
                "Projection generation (\\d+) answers: (\\d+) cases in memory, read in (\\d+) ms");

        private final Process process;
        private final int port;
        private final Benchmarks.SignIn signIn;
        private final long startedAt = System.nanoTime();
        private final List<Line> output = new ArrayList<>();
        /** Each distinct error (the line after an ERROR line, its numbers masked), with how often it came. */
        private final Map<String, Integer> problems = new LinkedHashMap<>();
        private final Map<Integer, String> loads = new HashMap<>();
        private boolean afterError;
        private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        private final Benchmarks.Heap heap;
        private int errors;
        private int warnings;

        private Service(Process process, int port, Path log, Benchmarks.SignIn signIn) throws IOException {
            this.process = process;
            this.port = port;
            this.signIn = signIn;
            Files.createDirectories(log.getParent());
            BufferedWriter file = Files.newBufferedWriter(log, StandardCharsets.UTF_8);
            this.heap = Benchmarks.Heap.sample(process, port, "reporting-service", signIn::monitoringToken);
            Thread reader = new Thread(() -> {
                try (file; BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                        file.write(line);
                        file.newLine();
                        file.flush();
                        synchronized (output) {
                            note(line);
                        }
                    }
                } catch (IOException ignored) {
                    // the process ended
                }
            }, "reporting-service-output");
            reader.setDaemon(true);
            reader.start();
        }

        static Service start(Path jar, String mongoUri, String kafka, Path log, Benchmarks.SignIn signIn)
                throws IOException {
            int port = freePort();
            Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    XMX, "-jar", jar.toString(),
                    "--server.port=" + port,
                    "--spring.mongodb.uri=" + mongoUri,
                    "--spring.mongodb.database=benchmark_reporting",
                    "--spring.kafka.bootstrap-servers=" + kafka,
                    "--kontaktman.mongo.transactions=false",
                    // Its requests are checked against the benchmark's provider.
                    "--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + signIn.issuer(),
                    "--logging.level.root=WARN",
                    "--logging.level.se.kontaktman.reporting=INFO")
                    .redirectErrorStream(true).start();
            return new Service(process, port, log, signIn);
        }

        /** Generation 1, built from the topics' beginning when the service starts with none. */
        Build awaitFirstGeneration(Duration patience) throws Exception {
            long answering = awaitProjection("answering", 1, patience);
            long writing = lineAt("Writing projection generation 1");
            long from = writing == 0 ? startedAt : writing;
            long inMemory = awaitProjection("inMemory", 1, patience);
            return new Build((from - startedAt) / 1e9, (answering - from) / 1e9, (inMemory - answering) / 1e9);
        }

        /**
         * A rebuild asked for by the area's manager, timed to the moment the new generation answers;
         * meanwhile the old one is asked for the overview now and then.
         */
        Rebuild rebuild(Duration patience) throws Exception {
            long asked = System.nanoTime();
            HttpResponse<String> response = http.send(request("/projection/rebuilds")
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 202) {
                throw new IllegalStateException("POST /projection/rebuilds answered " + response.statusCode() + ": "
                        + response.body());
            }
            List<Double> during = new ArrayList<>();
            long nextSample = System.nanoTime() + 10_000_000_000L;
            long giveUpAt = asked + patience.toNanos();
            long answering = 0;
            while (answering == 0) {
                requireAlive();
                if (System.nanoTime() > giveUpAt) {
                    throw new IllegalStateException("generation 2 did not answer within " + patience);
                }
                if (projection().path("answering").asInt() >= 2) {
                    answering = System.nanoTime();
                } else if (System.nanoTime() > nextSample) {
                    during.add(timedKeyFigures());
                    nextSample = System.nanoTime() + 10_000_000_000L;
                } else {
                    Thread.sleep(200);
                }
            }
            long inMemory = awaitProjection("inMemory", 2, patience);
            return new Rebuild(new Build(0, (answering - asked) / 1e9, (inMemory - answering) / 1e9),
                    new Latency(during.stream().mapToDouble(Double::doubleValue).toArray()));
        }

        /** Until the area's figures count every case expected open; returns the count then. */
        int awaitOpenCases(long expected, Duration patience) throws Exception {
            long giveUpAt = System.nanoTime() + patience.toNanos();
            int open = -1;
            while (System.nanoTime() < giveUpAt) {
                requireAlive();
                open = openCases();
                if (open == expected) {
                    return open;
                }
                Thread.sleep(1_000);
            }
            System.out.printf("Note: the area's figures count %,d open cases, %,d expected%n", open, expected);
            return open;
        }

        int openCases() throws Exception {
            HttpResponse<String> response = http.send(request("/areas/" + AREA + "/key-figures").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? JSON.readTree(response.body()).path("openCases").asInt() : -1;
        }

        Latency keyFigures(int warmUp, int timed) throws Exception {
            for (int i = 0; i < warmUp; i++) {
                timedKeyFigures();
            }
            double[] millis = new double[timed];
            for (int i = 0; i < timed; i++) {
                millis[i] = timedKeyFigures();
            }
            return new Latency(millis);
        }

        private double timedKeyFigures() throws Exception {
            // Built before the clock starts: now and then it signs the manager in again.
            HttpRequest keyFigures = request("/areas/" + AREA + "/key-figures").GET().build();
            long started = System.nanoTime();
            HttpResponse<byte[]> response = http.send(keyFigures, HttpResponse.BodyHandlers.ofByteArray());
            double millis = (System.nanoTime() - started) / 1e6;
            if (response.statusCode() != 200) {
                throw new IllegalStateException("the area's key figures answered " + response.statusCode());
            }
            return millis;
        }

        /** A request of the area's manager. */
        private HttpRequest.Builder request(String path) {
            return request(path, signIn.token(MANAGER));
        }

        private HttpRequest.Builder request(String path, String token) {
            return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + token)
                    .header("Accept", "application/json");
        }

        private JsonNode projection() {
            try {
                HttpResponse<String> response = http.send(request("/projection").GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                return response.statusCode() == 200 ? JSON.readTree(response.body()) : JSON.createObjectNode();
            } catch (IOException notYetListening) {
                return JSON.createObjectNode();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        /** Polls {@code GET /projection} until {@code field} reaches {@code generation}; when it did. */
        private long awaitProjection(String field, int generation, Duration patience) throws InterruptedException {
            long giveUpAt = System.nanoTime() + patience.toNanos();
            while (System.nanoTime() < giveUpAt) {
                requireAlive();
                if (projection().path(field).asInt() >= generation) {
                    return System.nanoTime();
                }
                Thread.sleep(200);
            }
            throw new IllegalStateException(field + " did not reach generation " + generation + " within " + patience);
        }

        private long lineAt(String text) {
            synchronized (output) {
                return output.stream().filter(line -> line.text().contains(text)).mapToLong(Line::at).findFirst()
                        .orElse(0);
            }
        }

        long heapInUse() throws Exception {
            HttpResponse<String> response = http.send(request("/actuator/metrics/jvm.memory.used?tag=area:heap",
                    signIn.monitoringToken()).GET().build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200
                    ? (long) JSON.readTree(response.body()).path("measurements").path(0).path("value").asDouble() : -1;
        }

        /** The service's own counters: records written, dead-lettered, of unknown types. */
        Map<String, Double> counters() throws Exception {
            String body = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + "/actuator/prometheus")).header("Authorization", "Bearer " + signIn.monitoringToken())
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString()).body();
            Map<String, Double> counters = new HashMap<>();
            Map<String, Pattern> patterns = new LinkedHashMap<>();
            patterns.put("dead", Pattern.compile("kontaktman_consumer_dead_lettered_total(?:\\{[^}]*})? ([0-9.E+]+)"));
            patterns.put("unknown", Pattern.compile("kontaktman_reporting_events_unknown_type_total(?:\\{[^}]*})? ([0-9.E+]+)"));
            patterns.put("written", Pattern.compile("kontaktman_reporting_records_written_total(?:\\{[^}]*})? ([0-9.E+]+)"));
            patterns.forEach((name, pattern) -> counters.put(name, Benchmarks.sum(pattern.matcher(body))));
            return counters;
        }

        int errors() {
            synchronized (output) {
                return errors;
            }
        }

        int warnings() {
            synchronized (output) {
                return warnings;
            }
        }

        private void note(String line) {
            output.add(new Line(System.nanoTime(), line));
            if (afterError && !line.isBlank()) {
                afterError = false;
                String problem = line.replaceAll("[0-9]+", "N");
                problems.merge(problem.length() > 200 ? problem.substring(0, 200) + "..." : problem, 1, Integer::sum);
            }
            if (ERROR.matcher(line).find()) {
                errors++;
                afterError = true;
            } else if (WARN.matcher(line).find()) {
                warnings++;
            }
            Matcher load = LOADED.matcher(line);
            if (load.find()) {
                loads.put(Integer.parseInt(load.group(1)), String.format("%,d cases read in %,d ms",
                        Long.parseLong(load.group(2)), Long.parseLong(load.group(3))));
            }
        }

        /** The distinct errors logged, most frequent first. */
        String problems() {
            synchronized (output) {
                StringBuilder listed = new StringBuilder();
                problems.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(3).forEach(problem ->
                        listed.append(listed.length() == 0 ? " (" : "; ").append(problem.getValue()).append(" x ")
                                .append(problem.getKey().strip()));
                return listed.length() == 0 ? "" : listed.append(')').toString();
            }
        }

        /** The service's own log line on loading a generation into memory: how many cases, how long. */
        String loads(int generation) {
            synchronized (output) {
                return loads.getOrDefault(generation, "not logged") + " by its own count";
            }
        }

        private void requireAlive() {
            if (!process.isAlive()) {
                synchronized (output) {
                    output.stream().skip(Math.max(0, output.size() - 40)).map(Line::text).forEach(System.err::println);
                }
                throw new IllegalStateException("reporting-service stopped with exit code " + process.exitValue());
            }
        }

        @Override
        public void close() throws InterruptedException {
            Benchmarks.stop(process);
        }
    }
}
