package se.kontaktman.reporting;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import se.kontaktman.events.StaffRole;
import se.kontaktman.events.organisation.StaffMemberDefined;
import se.kontaktman.platform.testing.EventWriter;
import se.kontaktman.platform.testing.SignInContractTest;
import se.kontaktman.platform.testing.TestClockConfiguration;
import se.kontaktman.platform.testing.TestIdentityProvider;
import se.kontaktman.reporting.support.Organisation;

/** reporting-service answers only signed-in staff: see {@link SignInContractTest}. */
class SignInIntegrationTest extends SignInContractTest {

    private EventWriter writer;

    @AfterEach
    void close() {
        if (writer != null) {
            writer.close();
        }
    }

    @Override
    protected String protectedPath() {
        return "/projection";
    }

    @Override
    protected String reader() {
        return "anna.berg";
    }

    /**
     * The service takes no body: a rebuild, which only an area manager may ask for, without a token
     * and by a care-staff member; the area's monthly figures asked by its manager for months out of
     * order, and without the last month; and the cases of a staff group the projection has not
     * heard of, asked by a planner of it (its definition not yet read: only then does a group's
     * planner reach an unknown group).
     */
    @Override
    protected List<Refused> refusedRequests() {
        writer = new EventWriter();
        Organisation org = new Organisation(writer).define(TestClockConfiguration.TODAY.minusYears(1));
        String unheardGroup = "group-unheard-" + org.anna;
        String plannerOfIt = "planner-of-" + unheardGroup;
        org.publish(TestClockConfiguration.TODAY.minusYears(1), new StaffMemberDefined(plannerOfIt, "Pia Ny",
                Set.of(StaffRole.PLANNER), unheardGroup, true));
        // Who may ask is the organisation as the answering projection knows it.
        for (String staff : List.of(org.manager, org.anna, plannerOfIt)) {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() ->
                    http.get("/contact-persons/" + staff + "/clients", as(staff)).status() == 200);
        }
        String careStaff = TestIdentityProvider.get().token(org.anna, List.of("CARE_STAFF"));
        return List.of(
                new Refused(401, "POST", "/projection/rebuilds", null),
                new Refused(403, "POST", "/projection/rebuilds", null, bearer(careStaff)),
                new Refused(400, "GET", "/areas/" + org.area + "/key-figures/monthly?from=2026-06&to=2026-01", null,
                        as(org.manager)),
                new Refused(400, "GET", "/areas/" + org.area + "/key-figures/monthly?from=2026-06", null,
                        as(org.manager)),
                new Refused(404, "GET", "/staff-groups/" + unheardGroup + "/cases", null, as(plannerOfIt)));
    }
}
