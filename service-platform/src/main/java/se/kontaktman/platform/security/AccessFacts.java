package se.kontaktman.platform.security;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import se.kontaktman.events.StaffRole;

/**
 * What a service knows that decides who may do what: the organisation as it has learnt it (each
 * service from assignment-service's events, or as their owner) and, for a case, its staff group
 * and its current contact persons. Each service provides one, from its own views.
 */
public interface AccessFacts {

    /** A staff member as the organisation last defined them. */
    record Member(String staffId, Set<StaffRole> roles, String staffGroupId, boolean active) {
    }

    /** What decides access to a case: its group and who are its contact persons now. */
    record CaseFacts(String staffGroupId, Set<String> contactPersons) {

        /** @param contactPersons the ordinarie and the ersättare, either of them null while unassigned */
        public static CaseFacts of(String staffGroupId, String... contactPersons) {
            Set<String> assigned = new HashSet<>();
            for (String staffId : contactPersons) {
                if (staffId != null) {
                    assigned.add(staffId);
                }
            }
            return new CaseFacts(staffGroupId, Set.copyOf(assigned));
        }
    }

    Optional<Member> member(String staffId);

    Optional<String> areaOfGroup(String staffGroupId);

    Optional<String> managerOfArea(String areaId);

    /** Empty for a case the service does not know: the request goes on and is answered 404. */
    Optional<CaseFacts> caseFacts(String caseId);

    /** When the case's records were destroyed at the end of their retention time; empty while kept. */
    default Optional<java.time.LocalDate> recordsDestroyedOn(String caseId) {
        return Optional.empty();
    }
}
