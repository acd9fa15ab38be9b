package se.kontaktman.plan;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import se.kontaktman.events.CareProfile;
import se.kontaktman.plan.support.AssignmentService;
import se.kontaktman.platform.testing.SignInContractTest;

/**
 * plan-service answers only signed-in staff: see {@link SignInContractTest}. Every read of
 * plan-service is of a case, so each test starts with one, its contact person as the reader.
 */
class SignInIntegrationTest extends SignInContractTest {

    private AssignmentService assignment;
    private String caseId;

    @BeforeEach
    void openACase() {
        assignment = new AssignmentService().defineOrganisation();
        caseId = assignment.openCaseWithContactPersons(CareProfile.HOME_CARE, LocalDate.of(2026, 10, 1));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> http.get(protectedPath(), as(reader())).status() == 200);
    }

    @AfterEach
    void closeProducer() {
        assignment.close();
    }

    @Override
    protected String protectedPath() {
        return "/cases/" + caseId;
    }

    @Override
    protected String reader() {
        return assignment.anna;
    }
}
