package se.kontaktman.gateway.pages;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * The names of a case's contact persons, from assignment-service's case, for the staff ids
 * plan-service gives (who signed, who wrote); anyone else is shown by their staff id.
 */
final class StaffNames {

    private final Map<String, String> names = new LinkedHashMap<>();

    private StaffNames() {
    }

    static StaffNames of(JsonNode theCase) {
        StaffNames staff = new StaffNames();
        for (String role : new String[]{"primary", "substitute"}) {
            JsonNode person = theCase.path(role);
            if (person.has("staffId")) {
                staff.names.put(person.path("staffId").asString(), person.path("name").asString());
            }
        }
        return staff;
    }

    String name(JsonNode staffId) {
        String id = Typed.orEmpty(staffId);
        return names.getOrDefault(id, id);
    }
}
