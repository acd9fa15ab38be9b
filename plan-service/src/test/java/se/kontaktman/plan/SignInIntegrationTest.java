package se.kontaktman.plan;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import se.kontaktman.events.CareProfile;
import se.kontaktman.plan.support.AssignmentService;
import se.kontaktman.platform.testing.SignInContractTest;
import se.kontaktman.platform.testing.TestIdentityProvider;

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

    /**
     * Booking the case's introduction visit, which its contact persons and planner may: without a
     * token, by the area's manager (who may only read the case), and by the contact person without
     * the staff member or with a date that is no date; and a case that does not exist.
     */
    @Override
    protected List<Refused> refusedRequests() {
        String visits = "/cases/" + caseId + "/introduction-visits";
        String booking = "{\"bookedFor\": \"2026-11-17\", \"contactPersonStaffId\": \"" + assignment.anna + "\"}";
        String manager = TestIdentityProvider.get().token(assignment.manager, List.of("AREA_MANAGER"));
        return List.of(
                new Refused(401, "POST", visits, booking),
                new Refused(403, "POST", visits, booking, bearer(manager)),
                new Refused(400, "POST", visits, "{\"bookedFor\": \"2026-11-17\"}", as(reader())),
                new Refused(400, "POST", visits, booking.replace("2026-11-17", "next week"), as(reader())),
                new Refused(404, "GET", "/cases/" + UUID.randomUUID(), null, as(reader())));
    }
}
