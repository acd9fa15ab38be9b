package se.kontaktman.suite;

import static se.kontaktman.suite.Benchmarks.freePort;
import static se.kontaktman.suite.Benchmarks.mb;
import static se.kontaktman.suite.Benchmarks.seconds;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.TopicPartition;
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
import se.kontaktman.events.plan.ArrivalConversationHeld;
import se.kontaktman.events.plan.ArrivalTopic;
import se.kontaktman.events.plan.FollowUpKind;
import se.kontaktman.events.plan.FollowUpOutcome;
import se.kontaktman.events.plan.FollowUpRecorded;
import se.kontaktman.events.plan.IntroductionVisitHeld;
import se.kontaktman.events.plan.PlanChecked;
import se.kontaktman.events.plan.PlanEstablished;
import se.kontaktman.events.plan.PlanMeetingHeld;

/**
 * National scale for reminder-service: the events of {@code cases} cases (300,000 by default) at
 * every stage are put on the real broker, a plain consumer reads them, then reminder-service (its
 * own JVM, its heap capped at 512 MB, as it is shipped) reads them to zero lag, works every case
 * out once, and a day later works that day. Prints the rates, the day's tick and the heap. Not a
 * test: figures depend on the machine. Usage: {@code ./benchmark.sh reminder [cases]}.
 */
final class ReminderBenchmark {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final List<String> TOPICS = List.of(Topics.ORGANISATION, Topics.CASES, Topics.PLANS);
    private static final int GROUPS = 1_000;
    private static final int CARE_STAFF_PER_GROUP = 15;
    private static final Pattern TICK = Pattern.compile("Worked \\[([^]]*)]: (\\d+) cases kept, (\\d+) stages published in (\\d+) ms");

    private final LocalDate today = LocalDate.now(STOCKHOLM);
    private final Random random = new Random(2026);
    private final EventCodec codec = new EventCodec();

    private ReminderBenchmark() {
    }

    static void run(String[] args) throws Exception {
        int cases = args.length > 0 ? Integer.parseInt(args[0]) : 300_000;
        Path jar = Benchmarks.serviceJar("reminder-service");
        // No staff member signs in: the provider only gives the monitoring token that reads the heap.
        Benchmarks.onEmbeddedServers("reminder", List.of(), (mongoUri, kafka, signIn) ->
                new ReminderBenchmark().measure(cases, jar, mongoUri, kafka, signIn));
    }

    private void measure(int cases, Path jar, String mongoUri, String kafka, Benchmarks.SignIn signIn)
            throws Exception {
        long started = System.nanoTime();
        long events = publish(cases, kafka);
        double publishSeconds = seconds(started);
        double plainRate = Benchmarks.plainRead(kafka, TOPICS, events).rate();

        Service first = Service.start(jar, mongoUri, kafka, Duration.ZERO, signIn);
        Load load = first.awaitZeroLag(kafka, events);
        Tick everyCase = first.awaitTick(Duration.ofMinutes(30));

        first.stop();

        // A day later: the tick works what falls due that day, not every case.
        Service next = Service.start(jar, mongoUri, kafka, Duration.ofDays(1), signIn);
        Tick day = next.awaitTick(Duration.ofMinutes(10));

        next.stop();

        System.out.printf("%nreminder-service benchmark: %d cores, embedded Kafka broker and MongoDB-wire server"
                + " (on disk), the service in its own JVM with -Xmx512m%n", Runtime.getRuntime().availableProcessors());
        System.out.printf("  events of %,d cases (organisation: %,d groups, %,d staff): %,d events put on the"
                + " broker in %.0f s%n", cases, GROUPS, GROUPS * (CARE_STAFF_PER_GROUP + 1), events, publishSeconds);
        System.out.printf("  plain Kafka consumer, same topics: %,.0f events/s%n", plainRate);
        System.out.printf("  reminder-service loading (facts noted; the cases are worked out by the first tick):"
                + " %,d events in %.0f s = %,.0f events/s (%.4f of the plain read rate; aim >= 0.33); started in %.0f s%n",
                load.events(), load.seconds(), load.rate(), load.rate() / plainRate, load.startupSeconds());
        System.out.printf("  first tick after loading (every case worked out once, as of %s): %,d cases,"
                + " %,d stage changes published, %.1f s%n", everyCase.days(), everyCase.cases(), everyCase.stages(),
                everyCase.millis() / 1000.0);
        System.out.printf("  a day's tick (%s): %,d cases, %,d stage changes published, %d ms (aim < 1 s)%n",
                day.days(), day.cases(), day.stages(), day.millis());
        System.out.printf("  loading and first tick together: %,.0f events/s%n",
                load.events() / (load.seconds() + everyCase.millis() / 1000.0));
        System.out.printf("  heap (aim < 512 MB): highest in use %,d MB, old generation after a collection %s"
                        + " (loading and first tick); %,d MB and %s on the day%n%n", mb(first.heap().peak()),
                liveData(first), mb(next.heap().peak()), liveData(next));
    }

    // The events -------------------------------------------------------------------------------

    private long publish(int cases, String kafka) throws Exception {
        AtomicLong sent = new AtomicLong();
        AtomicReference<Exception> failed = new AtomicReference<>();
        try (KafkaProducer<String, byte[]> producer = Benchmarks.producer(kafka)) {
            EventSink sink = (day, event) -> Benchmarks.send(producer, codec, UUID.randomUUID().toString(), at(day),
                    event, failed);
            organisation(sink, sent);
            for (int i = 0; i < cases; i++) {
                caseLife(sink, sent);
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
        void put(LocalDate day, IntegrationEvent event);
    }

    private void organisation(EventSink sink, AtomicLong sent) {
        LocalDate longAgo = today.minusYears(3);
        for (int g = 0; g < GROUPS; g++) {
            if (g % 10 == 0) {
                sink.put(longAgo, new StaffMemberDefined(manager(g), "Enhetschef " + g, Set.of(StaffRole.AREA_MANAGER),
                        null, true));
                sink.put(longAgo, new AreaDefined(area(g), "Område " + g / 10, manager(g)));
                sent.addAndGet(2);
            }
            sink.put(longAgo, new StaffGroupDefined(group(g), area(g), "Grupp " + g, "010-000 00 00"));
            sink.put(longAgo, new StaffMemberDefined(planner(g), "Planerare " + g, Set.of(StaffRole.PLANNER), group(g),
                    true));
            for (int s = 0; s < CARE_STAFF_PER_GROUP; s++) {
                sink.put(longAgo, new StaffMemberDefined(staff(g, s), "Personal " + g + "-" + s,
                        Set.of(StaffRole.CARE_STAFF), group(g), true));
            }
            sent.addAndGet(2 + CARE_STAFF_PER_GROUP);
        }
    }

    /**
     * One case at a stage drawn at random: opened only, staffed, visited, with a plan followed up
     * (checked in the windows, met or overdue), LSS with its arrival conversation and meetings,
     * some with a new ordinarie, some closed. Started in the last two years.
     */
    private void caseLife(EventSink sink, AtomicLong sent) {
        int g = random.nextInt(GROUPS);
        String caseId = UUID.randomUUID().toString();
        boolean lss = random.nextInt(100) < 15;
        int stage = random.nextInt(100);
        LocalDate opened = stage < 18 ? today.minusDays(random.nextInt(40)) : today.minusDays(40 + random.nextInt(690));
        String primary = staff(g, random.nextInt(CARE_STAFF_PER_GROUP));
        String substitute = staff(g, random.nextInt(CARE_STAFF_PER_GROUP));
        List<Runnable> life = new ArrayList<>();
        life.add(() -> sink.put(opened, new CaseOpened(caseId, group(g), lss ? CareProfile.LSS : CareProfile.HOME_CARE,
                opened)));
        if (stage >= 4) {
            LocalDate on = opened.plusDays(random.nextInt(8));
            life.add(() -> sink.put(on, new ContactPersonAssigned(caseId, group(g), ContactRole.PRIMARY, primary, on,
                    null)));
            life.add(() -> sink.put(on, new ContactPersonAssigned(caseId, group(g), ContactRole.SUBSTITUTE, substitute,
                    on, null)));
        }
        LocalDate start = opened.plusDays(3);
        if (stage >= 10) {
            if (lss) {
                life.add(() -> sink.put(start, new ArrivalConversationHeld(caseId, group(g), start, primary,
                        EnumSet.of(ArrivalTopic.NEEDS, ArrivalTopic.RELATIVES_ROLE))));
            } else {
                for (String staffId : List.of(primary, substitute)) {
                    life.add(() -> sink.put(start, new IntroductionVisitHeld(caseId, group(g),
                            UUID.randomUUID().toString(), start, staffId, List.of(staffId), true)));
                }
            }
        }
        if (stage >= 18) {
            LocalDate plan = start.plusDays(5 + random.nextInt(25));
            life.add(() -> sink.put(plan, new PlanEstablished(caseId, group(g), 1, plan, primary, 3)));
            // Followed up about every six months, most on time, some late, the last perhaps not yet.
            for (LocalDate next = plan.plusMonths(5 + random.nextInt(2)); next.isBefore(today);
                 next = next.plusMonths(5 + random.nextInt(3))) {
                LocalDate on = next;
                life.add(() -> sink.put(on, lss
                        ? new PlanMeetingHeld(caseId, group(g), on, primary, FollowUpOutcome.STILL_CURRENT, 1)
                        : new FollowUpRecorded(caseId, group(g), on, primary, FollowUpKind.SCHEDULED,
                        FollowUpOutcome.STILL_CURRENT, 1)));
            }
            if (!lss) {
                checks(sink, life, caseId, g, primary, plan);
            }
        }
        if (stage >= 30 && stage < 35) {
            LocalDate replaced = opened.plusDays(30 + random.nextInt(Math.max(1, (int) (today.toEpochDay()
                    - opened.toEpochDay()) - 30)));
            String newPrimary = staff(g, random.nextInt(CARE_STAFF_PER_GROUP));
            life.add(() -> sink.put(replaced, new ContactPersonAssigned(caseId, group(g), ContactRole.PRIMARY,
                    newPrimary, replaced, primary)));
        }
        if (stage >= 90) {
            LocalDate closed = today.minusDays(random.nextInt(30));
            life.add(() -> sink.put(closed, new CaseClosed(caseId, group(g), closed, CaseClosureReason.SERVICE_ENDED)));
        }
        life.forEach(Runnable::run);
        sent.addAndGet(life.size());
    }

    /** H5: checked in most April/May and October/November windows since the plan. */
    private void checks(EventSink sink, List<Runnable> life, String caseId, int g, String by, LocalDate plan) {
        for (int year = plan.getYear(); year <= today.getYear(); year++) {
            for (int month : new int[] {4, 10}) {
                LocalDate windowStart = LocalDate.of(year, month, 1);
                LocalDate windowEnd = windowStart.plusMonths(2).minusDays(1);
                LocalDate on = windowStart.plusDays(random.nextInt(50));
                if (windowStart.isAfter(plan) && !on.isAfter(today) && random.nextInt(10) < 8) {
                    life.add(() -> sink.put(on, new PlanChecked(caseId, group(g), on, by, windowStart, windowEnd, 1,
                            true, on.plusDays(14))));
                }
            }
        }
    }

    private static String area(int group) {
        return "area-" + group / 10;
    }

    private static String manager(int group) {
        return "chef-" + group / 10;
    }

    private static String group(int group) {
        return "grupp-" + group;
    }

    private static String planner(int group) {
        return "planerare-" + group;
    }

    private static String staff(int group, int member) {
        return "personal-" + group + "-" + member;
    }

    private static Instant at(LocalDate day) {
        return day.atTime(9, 0).atZone(STOCKHOLM).toInstant();
    }

    private static String liveData(Service service) {
        return service.heap().liveDataPeak() == 0 ? "not measured (none ran)" : mb(service.heap().liveDataPeak()) + " MB";
    }

    // The plain consumer ------------------------------------------------------------------------

    // The service ---------------------------------------------------------------------------------

    private record Load(long events, double seconds, double startupSeconds) {

        double rate() {
            return events / seconds;
        }
    }

    private record Tick(String days, long cases, long stages, long millis) {
    }

    /** reminder-service in a JVM of its own, as operations run it. */
    private static final class Service {

        private final Process process;
        private final int port;
        private final long startedAt = System.nanoTime();
        private final List<String> output = new ArrayList<>();
        private final Benchmarks.Heap heap;

        private Service(Process process, int port, Benchmarks.SignIn signIn) {
            this.process = process;
            this.port = port;
            this.heap = Benchmarks.Heap.sample(process, port, "reminder-service", signIn::monitoringToken);
            Thread reader = new Thread(() -> {
                try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                        synchronized (output) {
                            output.add(line);
                        }
                    }
                } catch (IOException ignored) {
                    // the process ended
                }
            }, "reminder-service-output");
            reader.setDaemon(true);
            reader.start();
        }

        static Service start(Path jar, String mongoUri, String kafka, Duration offset, Benchmarks.SignIn signIn)
                throws IOException {
            int port = freePort();
            Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx512m", "-jar", jar.toString(),
                    "--server.port=" + port,
                    "--spring.mongodb.uri=" + mongoUri,
                    "--spring.mongodb.database=benchmark_reminder",
                    "--spring.kafka.bootstrap-servers=" + kafka,
                    "--spring.kafka.consumer.group-id=benchmark-reminder",
                    "--kontaktman.mongo.transactions=false",
                    // Its requests are checked against the benchmark's provider.
                    "--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + signIn.issuer(),
                    "--kontaktman.clock.offset=" + offset,
                    "--kontaktman.reminder.first-tick-after=PT1S",
                    "--kontaktman.reminder.tick-every=PT2S",
                    "--logging.level.root=WARN",
                    "--logging.level.se.kontaktman.reminder.days=INFO")
                    .redirectErrorStream(true).start();
            return new Service(process, port, signIn);
        }

        /** Until the service's consumer group has read everything on the topics. */
        Load awaitZeroLag(String kafka, long events) throws Exception {
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka))) {
                Map<TopicPartition, Long> ends = new java.util.HashMap<>();
                for (String topic : TOPICS) {
                    admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().forEach(p ->
                            ends.put(new TopicPartition(topic, p.partition()), null));
                }
                Map<TopicPartition, OffsetSpec> latest = new java.util.HashMap<>();
                ends.keySet().forEach(partition -> latest.put(partition, OffsetSpec.latest()));
                admin.listOffsets(latest).all().get().forEach((partition, info) -> ends.put(partition, info.offset()));
                long total = ends.values().stream().mapToLong(Long::longValue).sum();
                long firstReadAt = 0;
                long committedThen = 0;
                while (true) {
                    requireAlive();
                    Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets("benchmark-reminder")
                            .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
                    long read = committed.entrySet().stream().filter(e -> ends.containsKey(e.getKey()) && e.getValue() != null)
                            .mapToLong(e -> e.getValue().offset()).sum();
                    if (firstReadAt == 0 && read > 0) {
                        firstReadAt = System.nanoTime();
                        committedThen = read;
                    }
                    if (read >= total) {
                        return new Load(total - committedThen, seconds(firstReadAt), (firstReadAt - startedAt) / 1e9);
                    }
                    Thread.sleep(200);
                }
            }
        }

        /** The first tick that worked cases, from the service's log. */
        Tick awaitTick(Duration patience) throws Exception {
            long giveUpAt = System.nanoTime() + patience.toNanos();
            while (System.nanoTime() < giveUpAt) {
                requireAlive();
                synchronized (output) {
                    for (String line : output) {
                        Matcher tick = TICK.matcher(line);
                        if (tick.find()) {
                            output.clear();
                            return new Tick(tick.group(1), Long.parseLong(tick.group(2)), Long.parseLong(tick.group(3)),
                                    Long.parseLong(tick.group(4)));
                        }
                    }
                }
                Thread.sleep(200);
            }
            throw new IllegalStateException("no tick worked within " + patience);
        }

        private void requireAlive() {
            if (!process.isAlive()) {
                synchronized (output) {
                    output.stream().skip(Math.max(0, output.size() - 40)).forEach(System.err::println);
                }
                throw new IllegalStateException("reminder-service stopped with exit code " + process.exitValue());
            }
        }

        Benchmarks.Heap heap() {
            return heap;
        }

        void stop() throws InterruptedException {
            Benchmarks.stop(process);
        }
    }
}
