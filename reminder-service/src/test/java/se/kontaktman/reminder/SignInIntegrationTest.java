package se.kontaktman.reminder;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import se.kontaktman.platform.testing.EventWriter;
import se.kontaktman.platform.testing.SignInContractTest;
import se.kontaktman.platform.testing.TestClockConfiguration;
import se.kontaktman.platform.testing.TestIdentityProvider;
import se.kontaktman.reminder.organisation.Organisation;
import se.kontaktman.reminder.support.Suite;

/** reminder-service answers only signed-in staff: see {@link SignInContractTest}. */
// As in ReminderServiceTest: no scheduled tick, and closed after the class, so that this context
// does not publish stages of other tests' cases it reads from the shared broker.
@TestPropertySource(properties = {"kontaktman.reminder.first-tick-after=PT24H", "kontaktman.reminder.tick-every=PT24H"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class SignInIntegrationTest extends SignInContractTest {

    @Autowired
    private Organisation organisation;

    private Suite suite;

    /** What a staff member may see is decided by the organisation as heard from Kafka: the reader is in it. */
    @BeforeEach
    void anOrganisationWithTheReader() {
        suite = new Suite(new EventWriter()).defineOrganisation(TestClockConfiguration.TODAY.minusYears(1));
        await().atMost(Duration.ofSeconds(30)).until(() -> organisation.staffGroupOf(suite.anna).isPresent());
    }

    @AfterEach
    void close() {
        suite.close();
    }

    /** A care-staff member's own deadlines (none yet). */
    @Override
    protected String protectedPath() {
        return "/deadlines?staffId=" + reader();
    }

    @Override
    protected String reader() {
        return suite.anna;
    }

    /**
     * The service takes no body: the group's plan checks, which its planner and area manager may
     * see, without a token and by a care-staff member; the reader's own deadlines with a look-ahead
     * that ends before it starts, and as of a day that is no date; and the deadlines of a case that
     * does not exist.
     */
    @Override
    protected List<Refused> refusedRequests() {
        String planChecks = "/staff-groups/" + suite.group + "/plan-checks";
        String careStaff = TestIdentityProvider.get().token(suite.anna, List.of("CARE_STAFF"));
        return List.of(
                new Refused(401, "GET", planChecks, null),
                new Refused(403, "GET", planChecks, null, bearer(careStaff)),
                new Refused(400, "GET", protectedPath() + "&dueFrom=2026-12-01&dueTo=2026-11-30", null, as(reader())),
                new Refused(400, "GET", protectedPath() + "&asOf=yesterday", null, as(reader())),
                new Refused(404, "GET", "/cases/" + UUID.randomUUID() + "/deadlines", null, as(reader())));
    }
}
