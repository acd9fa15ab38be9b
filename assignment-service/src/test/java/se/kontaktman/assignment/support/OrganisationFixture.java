package se.kontaktman.assignment.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import se.kontaktman.platform.testing.Http;

/**
 * An area with its manager, a staff group with a planner and three care-staff members, defined
 * over HTTP by an administrator, with ids unique to the test so that tests sharing one Kafka
 * broker stay apart.
 */
public final class OrganisationFixture {

    public final String suffix = UUID.randomUUID().toString().substring(0, 8);
    public final String areaId = "area-" + suffix;
    public final String groupId = "grp-" + suffix;
    public final String managerId = "manager-" + suffix;
    public final String plannerId = "planner-" + suffix;
    public final String anna = "anna-" + suffix;
    public final String bertil = "bertil-" + suffix;
    public final String cecilia = "cecilia-" + suffix;
    /** Changes the organisation; signed in with the role ADMINISTRATOR, not one of the organisation's staff. */
    public final String administratorId = "admin-" + suffix;

    /** The header of the administrator's requests: organisation changes (PUT of areas, staff groups, staff). */
    public String[] asAdministrator() {
        return SignIn.administrator(administratorId);
    }

    public OrganisationFixture defineOver(Http http) {
        ok(http.put("/staff/" + managerId, Map.of("name", "Karin Lund", "roles", List.of("AREA_MANAGER")),
                asAdministrator()));
        ok(http.put("/areas/" + areaId, Map.of("name", "Norra", "areaManagerStaffId", managerId), asAdministrator()));
        ok(http.put("/staff-groups/" + groupId, Map.of("areaId", areaId, "name", "Solbacken",
                "phoneNumber", "0486-331 00"), asAdministrator()));
        ok(http.put("/staff/" + plannerId, Map.of("name", "Per Planerare", "roles", List.of("PLANNER"),
                "staffGroupId", groupId), asAdministrator()));
        for (String staff : List.of(anna, bertil, cecilia)) {
            ok(http.put("/staff/" + staff, Map.of("name", "Name of " + staff, "roles", List.of("CARE_STAFF"),
                    "staffGroupId", groupId), asAdministrator()));
        }
        return this;
    }

    private static void ok(Http.Response response) {
        assertThat(response.status()).as(response.text()).isEqualTo(200);
    }
}
