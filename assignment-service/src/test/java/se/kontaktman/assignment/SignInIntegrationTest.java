package se.kontaktman.assignment;

import java.util.List;
import java.util.UUID;

import org.springframework.test.context.TestPropertySource;
import se.kontaktman.platform.testing.SignInContractTest;
import se.kontaktman.platform.testing.TestIdentityProvider;

/**
 * assignment-service answers only signed-in staff: see {@link SignInContractTest}. The read is
 * the seed's staff group by its planner; the seed file is OrganisationApiIntegrationTest's, so
 * that both share one test context.
 */
@TestPropertySource(properties = "assignment.seed.organisation=classpath:seeds/organisation-test.json")
class SignInIntegrationTest extends SignInContractTest {

    @Override
    protected String protectedPath() {
        return "/staff-groups/seed-group";
    }

    @Override
    protected String reader() {
        return "seed-planner";
    }

    /**
     * Opening a case, which only a planner may: without a token, by a care-staff member, and by the
     * planner without the required fields; and a case and a staff group that do not exist.
     */
    @Override
    protected List<Refused> refusedRequests() {
        String opening = """
                {"personnummer": "19121212-1212", "name": "Tolvan Tolvansson", "staffGroupId": "seed-group",
                 "careProfile": "HOME_CARE", "startDate": "2026-11-02"}""";
        String careStaff = TestIdentityProvider.get().token("seed-anna", List.of("CARE_STAFF"));
        return List.of(
                new Refused(401, "POST", "/cases", opening),
                new Refused(403, "POST", "/cases", opening, bearer(careStaff)),
                new Refused(400, "POST", "/cases", "{\"name\": \"Tolvan Tolvansson\"}", as(reader())),
                new Refused(404, "GET", "/cases/" + UUID.randomUUID(), null, as(reader())),
                new Refused(404, "GET", "/staff-groups/no-such-group", null, as(reader())));
    }
}
