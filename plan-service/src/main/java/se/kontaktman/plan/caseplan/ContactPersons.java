package se.kontaktman.plan.caseplan;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import se.kontaktman.events.ContactRole;

/** The case's current ordinarie and ersättare as plan-service has heard of them. */
final class ContactPersons {

    private final Map<ContactRole, Assignment> current = new EnumMap<>(ContactRole.class);

    void note(ContactRole role, Assignment assignment) {
        Assignment held = current.get(role);
        if (held == null || assignment.supersedes(held)) {
            current.put(role, assignment);
        }
    }

    boolean includes(String staffId) {
        return assignmentOf(staffId).isPresent();
    }

    Optional<Assignment> assignmentOf(String staffId) {
        return current.values().stream().filter(a -> a.staffId().equals(staffId)).findFirst();
    }
}
