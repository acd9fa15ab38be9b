package se.kontaktman.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import se.kontaktman.events.StaffRole;
import se.kontaktman.platform.rules.Refusal;
import se.kontaktman.platform.rules.RefusalStatus;

/** Who is who for a request: the organisation's record, with the token's roles as an upper bound. */
class AccessRulesTest {

    private static final String CASE = "0b9b5a7e-6f0e-4a55-9d8e-5a2b7c1d3e4f";
    private static final AccessRules.Scope OF_CASE = AccessRules.Scope.ofCase(CASE);

    private final Map<String, AccessFacts.Member> members = new HashMap<>();
    private int memberReads;
    private int caseReads;
    private final AccessRules rules = new AccessRules(new AccessFacts() {
        @Override
        public Optional<Member> member(String staffId) {
            memberReads++;
            return Optional.ofNullable(members.get(staffId));
        }

        @Override
        public Optional<String> areaOfGroup(String staffGroupId) {
            return Optional.of(staffGroupId.equals("solbacken") ? "norra" : "lss");
        }

        @Override
        public Optional<String> managerOfArea(String areaId) {
            return Optional.of(areaId.equals("norra") ? "karin" : "omar");
        }

        @Override
        public Optional<CaseFacts> caseFacts(String caseId) {
            caseReads++;
            return caseId.equals(CASE) ? Optional.of(CaseFacts.of("solbacken", "anna", null)) : Optional.empty();
        }
    });

    {
        member("pia", "solbacken", true, StaffRole.PLANNER);
        member("anna", "solbacken", true, StaffRole.CARE_STAFF);
        member("karin", null, true, StaffRole.AREA_MANAGER);
        member("omar", null, true, StaffRole.AREA_MANAGER);
    }

    private void member(String staffId, String group, boolean active, StaffRole... roles) {
        members.put(staffId, new AccessFacts.Member(staffId, Set.of(roles), group, active));
    }

    private static SignedIn token(String staffId, StaffRole... roles) {
        return new SignedIn(staffId, roles.length == 0 ? EnumSet.noneOf(StaffRole.class) : EnumSet.of(roles[0], roles),
                false);
    }

    @Test
    void theCasesPlannerContactPersonAndAreaManagerAreWhoTheySay() {
        assertThat(rules.allows(token("pia", StaffRole.PLANNER), Who.PLANNER_OF_CASE, OF_CASE)).isTrue();
        assertThat(rules.allows(token("anna", StaffRole.CARE_STAFF), Who.CONTACT_PERSON_OF_CASE, OF_CASE)).isTrue();
        assertThat(rules.allows(token("karin", StaffRole.AREA_MANAGER), Who.MANAGER_OF_CASE, OF_CASE)).isTrue();
        assertThat(rules.allows(token("omar", StaffRole.AREA_MANAGER), Who.MANAGER_OF_CASE, OF_CASE))
                .as("another area's manager").isFalse();
    }

    @Test
    void theTokensRolesAreAnUpperBoundAndTheOrganisationsRecordDecidesTheRest() {
        assertThat(rules.allows(token("pia"), Who.PLANNER_OF_CASE, OF_CASE))
                .as("a planner by the organisation whose token no longer says so").isFalse();
        assertThat(rules.allows(token("anna", StaffRole.CARE_STAFF, StaffRole.PLANNER), Who.PLANNER_OF_CASE, OF_CASE))
                .as("a token saying planner for someone the organisation has as care staff").isFalse();
    }

    @Test
    void someoneInactiveOrUnknownToTheOrganisationIsNobodyHereButSignedIn() {
        member("anna", "solbacken", false, StaffRole.CARE_STAFF);
        SignedIn anna = token("anna", StaffRole.CARE_STAFF);
        assertThat(rules.allows(anna, Who.CONTACT_PERSON_OF_CASE, OF_CASE)).isFalse();
        assertThat(rules.allows(anna, Who.SELF, new AccessRules.Scope(null, null, null, "anna"))).isFalse();
        assertThat(rules.allows(anna, Who.STAFF, OF_CASE)).isFalse();
        SignedIn stranger = token("nobody", StaffRole.PLANNER, StaffRole.CARE_STAFF, StaffRole.AREA_MANAGER);
        assertThat(rules.allows(stranger, Who.STAFF, OF_CASE)).isFalse();
        assertThat(rules.allows(stranger, Who.SIGNED_IN, OF_CASE)).isTrue();
    }

    @Test
    void h1_aContactPersonMovedToAnotherGroupNoLongerCountsForTheCase() {
        member("anna", "ekbacken", true, StaffRole.CARE_STAFF);

        assertThat(rules.allows(token("anna", StaffRole.CARE_STAFF), Who.CONTACT_PERSON_OF_CASE, OF_CASE)).isFalse();
    }

    @Test
    void anAdministratorIsTheProvidersRoleAndNobodyElseIsOne() {
        SignedIn sara = new SignedIn("sara", EnumSet.noneOf(StaffRole.class), true);
        assertThat(rules.allows(sara, Who.ADMINISTRATOR, OF_CASE)).isTrue();
        assertThat(rules.allows(sara, Who.STAFF, OF_CASE)).as("not in the organisation").isFalse();
        assertThat(rules.allows(token("pia", StaffRole.PLANNER), Who.ADMINISTRATOR, OF_CASE)).isFalse();
    }

    @Test
    void aCaseTheServiceDoesNotKnowIsLetThroughToBeAnsweredNotFound() {
        AccessRules.Scope unknown = AccessRules.Scope.ofCase("5f1d0c2b-3a4e-4b6c-8d7e-9f0a1b2c3d4e");

        assertThat(rules.allows(token("pia", StaffRole.PLANNER), Who.PLANNER_OF_CASE, unknown)).isTrue();
        assertThat(rules.allows(token("pia", StaffRole.PLANNER), Who.PLANNER_OF_CASE, AccessRules.Scope.ofGroup("x")))
                .as("a case rule where nothing names a case").isFalse();
    }

    @Test
    void aRequestReadsTheStaffMemberAndTheCaseOnceHoweverManyMayAndAListReadsNoCase() {
        // The area manager is the last of the three who may read a case.
        rules.require(token("karin", StaffRole.AREA_MANAGER), "reads-the-case", OF_CASE,
                Who.CONTACT_PERSON_OF_CASE, Who.PLANNER_OF_CASE, Who.MANAGER_OF_CASE);
        assertThat(memberReads).isEqualTo(1);
        assertThat(caseReads).isEqualTo(1);

        memberReads = 0;
        caseReads = 0;
        Predicate<AccessFacts.CaseFacts> readable = rules.onCases(
                token("anna", StaffRole.CARE_STAFF), Who.CONTACT_PERSON_OF_CASE, Who.PLANNER_OF_CASE);
        assertThat(readable.test(AccessFacts.CaseFacts.of("solbacken", "anna", null))).isTrue();
        assertThat(readable.test(AccessFacts.CaseFacts.of("solbacken", "bertil", null))).isFalse();
        assertThat(readable.test(AccessFacts.CaseFacts.of("ekbacken", "anna", null))).as("moved: H1").isFalse();
        assertThat(memberReads).isEqualTo(1);
        assertThat(caseReads).isZero();
    }

    @Test
    void aRefusalIs403NamingTheRuleAndWhoMay() {
        assertThatThrownBy(() -> rules.require(token("anna", StaffRole.CARE_STAFF), "H1-planner-assigns", OF_CASE,
                Who.PLANNER_OF_CASE))
                .isInstanceOfSatisfying(Refusal.class, refusal -> {
                    assertThat(refusal.rule().id()).isEqualTo("H1-planner-assigns");
                    assertThat(refusal.rule().status()).isEqualTo(RefusalStatus.FORBIDDEN);
                    assertThat(refusal.error().message()).contains("a planner of the case's staff group");
                });
    }
}
