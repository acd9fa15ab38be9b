package se.kontaktman.assignment.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.TestPropertySource;
import se.kontaktman.platform.testing.EmbeddedServers;
import se.kontaktman.platform.testing.Http;
import se.kontaktman.platform.testing.ServiceIntegrationTest;
import se.kontaktman.assignment.support.OrganisationFixture;
import se.kontaktman.assignment.support.SignIn;
import se.kontaktman.platform.testing.TopicReader;
import se.kontaktman.events.EventCodec;
import se.kontaktman.events.EventSchemas;
import se.kontaktman.events.Topics;
import se.kontaktman.events.organisation.StaffGroupDefined;
import tools.jackson.databind.JsonNode;

@TestPropertySource(properties = "assignment.seed.organisation=classpath:seeds/organisation-test.json")
class OrganisationApiIntegrationTest extends ServiceIntegrationTest {

    /** Reads the organisation: the seed's planner, as any signed-in staff member may. */
    private static final String READER = "seed-planner";
    /** Changes it: an administrator of the identity provider's, who is not in the seed's staff. */
    private static final String ADMINISTRATOR = "seed-admin";

    @Autowired
    OrganisationSeed seed;

    private static String[] asAdministrator() {
        return SignIn.administrator(ADMINISTRATOR);
    }

    @Test
    void theSeedFileIsLoadedAtStartAndLoadingItAgainChangesNothing() {
        assertThat(http.get("/areas/seed-area", as(READER)).json().get("areaManagerStaffId").asString())
                .isEqualTo("seed-manager");
        assertThat(http.get("/staff-groups/seed-group", as(READER)).json().get("phoneNumber").asString())
                .isEqualTo("0486-332 00");
        long versionBefore = http.get("/staff/seed-anna", as(READER)).json().get("version").asLong();

        seed.load(new ClassPathResource("seeds/organisation-test.json"));

        assertThat(http.get("/staff/seed-anna", as(READER)).json().get("version").asLong()).isEqualTo(versionBefore);
        assertThat(http.get("/staff?staffGroupId=seed-group", as(READER)).json().findValuesAsString("staffId"))
                .containsExactly("seed-anna", "seed-planner");
    }

    @Test
    void aStaffGroupIsPublishedWithThePhoneNumberForTheContactPersonSheet() {
        OrganisationFixture org = new OrganisationFixture().defineOver(http);
        http.put("/staff-groups/" + org.groupId, Map.of("areaId", org.areaId, "name", "Solbacken",
                "phoneNumber", "0486-331 99"), org.asAdministrator());

        try (TopicReader reader = new TopicReader(EmbeddedServers.kafka().bootstrapServers(), Topics.ORGANISATION)) {
            var records = reader.awaitRecords(r -> org.groupId.equals(r.key()), 2, Duration.ofSeconds(30));
            assertThat(records).hasSize(2);
            records.forEach(r -> assertThat(new EventSchemas().violations(r.value())).isEmpty());
            assertThat(new EventCodec().decode(records.get(1).value()).event())
                    .isEqualTo(new StaffGroupDefined(org.groupId, org.areaId, "Solbacken", "0486-331 99"));
        }
    }

    @Test
    void invalidFieldsAreNamedWithTheirRule() {
        Http.Response response = http.put("/staff-groups/grp-x", Map.of("areaId", "seed-area", "name", "",
                "phoneNumber", "call me"), asAdministrator());

        assertThat(response.status()).isEqualTo(400);
        JsonNode errors = response.json().get("errors");
        assertThat(errors.findValuesAsString("field")).containsExactly("name", "phoneNumber");
        assertThat(errors.findValuesAsString("rule")).containsExactly("NotBlank", "Pattern");
        assertThat(http.get("/staff-groups/grp-x", as(READER)).status()).isEqualTo(404);
    }

    @Test
    void anIdThatLooksLikeAPersonnummerIsRefused() {
        Http.Response response = http.put("/staff/197001011234", Map.of("name", "Someone",
                "roles", List.of("AREA_MANAGER")), asAdministrator());

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("staffId");
        assertThat(response.json().get("errors").get(0).get("rule").asString()).isEqualTo("OrganisationId");
    }

    @Test
    void referencesThatDoNotQualifyAre422() {
        Http.Response unknownArea = http.put("/staff-groups/grp-y", Map.of("areaId", "no-such-area", "name", "Y",
                "phoneNumber", "0486-331 00"), asAdministrator());
        Http.Response careStaffWithoutGroup = http.put("/staff/nils", Map.of("name", "Nils",
                "roles", List.of("CARE_STAFF")), asAdministrator());
        Http.Response managerWithoutRole = http.put("/areas/area-z", Map.of("name", "Z",
                "areaManagerStaffId", "seed-anna"), asAdministrator());

        assertThat(unknownArea.status()).isEqualTo(422);
        assertThat(unknownArea.json().get("errors").get(0).get("field").asString()).isEqualTo("areaId");
        assertThat(careStaffWithoutGroup.status()).isEqualTo(422);
        assertThat(careStaffWithoutGroup.json().get("errors").get(0).get("rule").asString())
                .isEqualTo("staff-group-required");
        assertThat(managerWithoutRole.status()).isEqualTo(422);
        assertThat(managerWithoutRole.json().get("errors").get(0).get("rule").asString()).isEqualTo("has-role");
    }

    @Test
    void unknownUnitsAre404() {
        assertThat(http.get("/areas/nowhere", as(READER)).status()).isEqualTo(404);
        assertThat(http.get("/staff/nobody", as(READER)).status()).isEqualTo(404);
    }
}
