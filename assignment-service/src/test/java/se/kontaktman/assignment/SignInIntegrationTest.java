package se.kontaktman.assignment;

import org.springframework.test.context.TestPropertySource;
import se.kontaktman.platform.testing.SignInContractTest;

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
}
