package se.kontaktman.reminder.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import se.kontaktman.events.EventCodec;
import se.kontaktman.events.Topics;
import se.kontaktman.events.reminder.DeadlineStageReached;
import se.kontaktman.platform.testing.EmbeddedServers;
import se.kontaktman.platform.testing.EventWriter;
import se.kontaktman.platform.testing.MutableClock;
import se.kontaktman.platform.testing.ServiceIntegrationTest;
import se.kontaktman.platform.testing.TestClockConfiguration;
import se.kontaktman.platform.testing.TopicReader;
import se.kontaktman.reminder.agenda.Agenda;
import se.kontaktman.reminder.agenda.TickProgress;
import se.kontaktman.reminder.days.Ticker;

/**
 * reminder-service over real connections, its days moved by the test: the scheduled tick is kept
 * away, and tests call it when they have moved the clock.
 */
@TestPropertySource(properties = {"kontaktman.reminder.first-tick-after=PT24H", "kontaktman.reminder.tick-every=PT24H"})
// Closed after each class: left running, it would go on reading the shared broker and publishing
// stages of other tests' cases, as of its own moved clock.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
public abstract class ReminderServiceTest extends ServiceIntegrationTest {

    protected static final LocalDate TODAY = TestClockConfiguration.TODAY;

    @Autowired
    protected MutableClock clock;
    @Autowired
    protected Ticker ticker;
    @Autowired
    protected MongoTemplate mongo;

    protected Suite suite;
    protected TopicReader deadlines;
    private final EventCodec codec = new EventCodec();

    @BeforeEach
    void startFromAnOrganisation() {
        // Each test starts on TODAY: the days worked through by earlier tests are forgotten.
        clock.setToday(TODAY);
        mongo.dropCollection(TickProgress.COLLECTION);
        mongo.dropCollection(Agenda.COLLECTION);
        mongo.dropCollection(Agenda.CLAIMS);
        ReminderInstances.tickOnceFactsAreRead(ticker);
        suite = new Suite(new EventWriter()).defineOrganisation(TODAY.minusYears(1));
        deadlines = new TopicReader(EmbeddedServers.kafka().bootstrapServers(), Topics.DEADLINES);
    }

    @AfterEach
    void closeClients() {
        suite.close();
        deadlines.close();
    }

    /** Waits until the service has heard of the case (it answers its deadlines to the planner). */
    protected void awaitCase(String caseId) {
        await().atMost(Duration.ofSeconds(30)).until(() ->
                http.get("/cases/" + caseId + "/deadlines", as(suite.planner)).status() == 200);
    }

    /** Moves the business day and lets the tick work through it. */
    protected Ticker.Result dayComes(LocalDate day) {
        clock.setToday(day);
        return ReminderInstances.tickOnceFactsAreRead(ticker);
    }

    /** The stage events of a case on the topic, after {@code count} have arrived. */
    protected List<DeadlineStageReached> stagesOf(String caseId, int count) {
        return records(caseId, count).stream()
                .map(record -> (DeadlineStageReached) codec.decode(record.value()).event()).toList();
    }

    protected List<ConsumerRecord<String, byte[]>> records(String caseId, int count) {
        return deadlines.awaitRecords(record -> caseId.equals(record.key()), count, Duration.ofSeconds(30));
    }
}
