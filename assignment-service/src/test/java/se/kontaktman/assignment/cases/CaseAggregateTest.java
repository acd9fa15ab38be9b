package se.kontaktman.assignment.cases;

import static se.kontaktman.platform.testing.RefusedBy.refusedBy;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.kontaktman.assignment.AssignmentRule;
import se.kontaktman.assignment.cases.api.CaseCommands.AssignContactPersonsCommand;
import se.kontaktman.assignment.cases.api.CaseCommands.CloseCaseCommand;
import se.kontaktman.assignment.cases.api.CaseCommands.OpenCaseCommand;
import se.kontaktman.assignment.cases.api.CaseCommands.ReplaceContactPersonCommand;
import se.kontaktman.assignment.cases.api.CaseEvents.CaseClosedEvent;
import se.kontaktman.assignment.cases.api.CaseEvents.CaseOpenedEvent;
import se.kontaktman.assignment.cases.api.CaseEvents.ContactPersonAssignedEvent;
import se.kontaktman.assignment.organisation.OrganisationViews.StaffMemberView;
import se.kontaktman.assignment.organisation.StaffDirectory;
import se.kontaktman.events.CareProfile;
import se.kontaktman.events.CaseClosureReason;
import se.kontaktman.events.ContactRole;
import se.kontaktman.events.StaffRole;
import se.kontaktman.platform.rules.BackdatingReason;
import se.kontaktman.platform.rules.CommonRule;
import se.kontaktman.platform.rules.Refusal;
import se.kontaktman.platform.rules.RuleProfiles;
import se.kontaktman.platform.testing.MutableClock;

/** The case's rules, each test named after its rule where the seeds give one (H1). */
class CaseAggregateTest {

    private static final String CASE = "5f0c7a52-8d0e-4c55-9f6b-2f1c1e0b9a11";
    private static final String CLIENT = "client-1";
    private static final String GROUP = "grp-1";
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final LocalDate START = LocalDate.of(2026, 11, 2);
    /** Within the rule profile's week of back-dating. */
    private static final LocalDate ASSIGNED = TODAY.minusDays(7);
    private static final LocalDate CHANGED = TODAY.minusDays(2);

    private FixtureConfiguration<Case> fixture;

    /**
     * The staff group GROUP has care staff anna, bertil, cecilia and the planner per; david is care
     * staff elsewhere and paula a planner elsewhere.
     */
    private static final class Directory implements StaffDirectory {
        private final Map<String, StaffMemberView> members = Map.of(
                "anna", member("anna", StaffRole.CARE_STAFF, GROUP),
                "bertil", member("bertil", StaffRole.CARE_STAFF, GROUP),
                "cecilia", member("cecilia", StaffRole.CARE_STAFF, GROUP),
                "david", member("david", StaffRole.CARE_STAFF, "grp-2"),
                "per", member("per", StaffRole.PLANNER, GROUP),
                "paula", member("paula", StaffRole.PLANNER, "grp-2"));

        private static StaffMemberView member(String id, StaffRole role, String group) {
            return new StaffMemberView(id, id, Set.of(role), group, true, 0);
        }

        @Override
        public Map<String, StaffMemberView> staffMembers(Collection<String> staffIds) {
            Map<String, StaffMemberView> found = new HashMap<>();
            staffIds.stream().filter(members::containsKey).forEach(id -> found.put(id, members.get(id)));
            return found;
        }

        @Override
        public void requireStaffGroup(String field, String staffGroupId) {
            if (!Set.of(GROUP, "grp-2").contains(staffGroupId)) {
                throw new Refusal(AssignmentRule.MUST_EXIST, field, "no such staff group");
            }
        }

        @Override
        public Set<String> activeCareStaffOf(String staffGroupId) {
            return Set.of("anna", "bertil", "cecilia");
        }
    }

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Case.class);
        fixture.registerInjectableResource(new Directory());
        fixture.registerInjectableResource(RuleProfiles.defaults());
        fixture.registerInjectableResource(new MutableClock(TODAY));
    }

    private static CaseOpenedEvent opened() {
        return new CaseOpenedEvent(CASE, CLIENT, GROUP, CareProfile.HOME_CARE, START);
    }

    private static ContactPersonAssignedEvent assigned(ContactRole role, String staffId, LocalDate from,
                                                       String replaced) {
        return new ContactPersonAssignedEvent(CASE, GROUP, role, staffId, from, replaced, "per", null);
    }

    private static Object[] withContactPersons() {
        return new Object[]{opened(), assigned(ContactRole.PRIMARY, "anna", ASSIGNED, null),
                assigned(ContactRole.SUBSTITUTE, "bertil", ASSIGNED, null)};
    }

    private static AssignContactPersonsCommand assign(String by, String primary, String substitute, LocalDate from) {
        return new AssignContactPersonsCommand(CASE, by, primary, substitute, from, null, null);
    }

    private static ReplaceContactPersonCommand replace(ContactRole role, String staffId, LocalDate from) {
        return new ReplaceContactPersonCommand(CASE, "per", role, staffId, from, null, null);
    }

    @Test
    void aCaseOpensInAnExistingStaffGroup() {
        fixture.givenNoPriorActivity()
                .when(new OpenCaseCommand(CASE, CLIENT, GROUP, CareProfile.HOME_CARE, START))
                .expectSuccessfulHandlerExecution()
                .expectEvents(opened());
    }

    @Test
    void aCaseCannotOpenInAnUnknownStaffGroup() {
        fixture.givenNoPriorActivity()
                .when(new OpenCaseCommand(CASE, CLIENT, "grp-x", CareProfile.LSS, START))
                .expectException(refusedBy(AssignmentRule.MUST_EXIST))
                .expectNoEvents();
    }

    @Test
    void aCaseCannotStartAfterToday() {
        fixture.givenNoPriorActivity()
                .when(new OpenCaseCommand(CASE, CLIENT, GROUP, CareProfile.LSS, TODAY.plusDays(1)))
                .expectException(refusedBy(CommonRule.DATE_NOT_IN_FUTURE));
    }

    /** The events name the planner who assigned ({@code assignedBy}), see {@link #assigned}. */
    @Test
    void h1_thePlannerAssignsAnOrdinarieAndAnErsattareTogetherAndIsRecorded() {
        fixture.given(opened())
                .when(assign("per", "anna", "bertil", ASSIGNED))
                .expectEvents(assigned(ContactRole.PRIMARY, "anna", ASSIGNED, null),
                        assigned(ContactRole.SUBSTITUTE, "bertil", ASSIGNED, null))
                .expectResultMessagePayload(2L);
    }

    @Test
    void h1_careStaffDoNotAssignContactPersons() {
        fixture.given(opened())
                .when(assign("anna", "anna", "bertil", ASSIGNED))
                .expectException(refusedBy(AssignmentRule.H1_PLANNER_ASSIGNS))
                .expectNoEvents();
    }

    @Test
    void h1_aPlannerOfAnotherStaffGroupDoesNotAssign() {
        fixture.given(withContactPersons())
                .when(new ReplaceContactPersonCommand(CASE, "paula", ContactRole.PRIMARY, "cecilia", CHANGED, null,
                        null))
                .expectException(refusedBy(AssignmentRule.H1_PLANNER_ASSIGNS))
                .expectNoEvents();
    }

    @Test
    void h1_theOrdinarieAndTheErsattareAreTwoDifferentPeople() {
        fixture.given(opened())
                .when(assign("per", "anna", "anna", ASSIGNED))
                .expectException(refusedBy(AssignmentRule.H1_TWO_DIFFERENT_PEOPLE))
                .expectNoEvents();
    }

    @Test
    void h1_replacingOneRoleWithThePersonHoldingTheOtherIsRefused() {
        fixture.given(withContactPersons())
                .when(replace(ContactRole.PRIMARY, "bertil", TODAY))
                .expectException(refusedBy(AssignmentRule.H1_TWO_DIFFERENT_PEOPLE))
                .expectNoEvents();
    }

    @Test
    void h1_contactPersonsAreCareStaffOfTheCasesOwnGroup() {
        fixture.given(opened())
                .when(assign("per", "anna", "david", ASSIGNED))
                .expectException(refusedBy(AssignmentRule.H1_ACTIVE_CARE_STAFF_OF_GROUP))
                .expectExceptionMessage("H1-active-care-staff-of-group (substituteStaffId): must be an active "
                        + "care-staff member of the case's staff group")
                .expectNoEvents();
    }

    @Test
    void h1_aPlannerIsNotAssignedContactPerson() {
        fixture.given(opened())
                .when(assign("per", "per", "anna", ASSIGNED))
                .expectException(refusedBy(AssignmentRule.H1_ACTIVE_CARE_STAFF_OF_GROUP))
                .expectNoEvents();
    }

    @Test
    void replacingAContactPersonNamesWhomTheyReplace() {
        fixture.given(withContactPersons())
                .when(replace(ContactRole.PRIMARY, "cecilia", CHANGED))
                .expectEvents(assigned(ContactRole.PRIMARY, "cecilia", CHANGED, "anna"));
    }

    @Test
    void theTwoContactPersonsSwapRolesByAssigningBoth() {
        fixture.given(withContactPersons())
                .when(assign("per", "bertil", "anna", CHANGED))
                .expectEvents(assigned(ContactRole.PRIMARY, "bertil", CHANGED, "anna"),
                        assigned(ContactRole.SUBSTITUTE, "anna", CHANGED, "bertil"));
    }

    @Test
    void assigningTheSamePeopleAgainRecordsNothing() {
        fixture.given(withContactPersons())
                .when(assign("per", "anna", "bertil", TODAY))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void anAssignmentCannotPredateTheCase() {
        fixture.given(new CaseOpenedEvent(CASE, CLIENT, GROUP, CareProfile.HOME_CARE, CHANGED))
                .when(assign("per", "anna", "bertil", CHANGED.minusDays(1)))
                .expectException(refusedBy(CommonRule.DATE_IN_ORDER))
                .expectNoEvents();
    }

    @Test
    void anAssignmentCannotPredateTheOneItReplaces() {
        fixture.given(withContactPersons())
                .when(replace(ContactRole.PRIMARY, "cecilia", ASSIGNED.minusDays(1)))
                .expectException(refusedBy(CommonRule.DATE_IN_ORDER))
                .expectNoEvents();
    }

    @Test
    void anAssignmentCannotBeDatedAfterToday() {
        fixture.given(opened())
                .when(assign("per", "anna", "bertil", TODAY.plusDays(1)))
                .expectException(refusedBy(CommonRule.DATE_NOT_IN_FUTURE))
                .expectNoEvents();
    }

    /** H2's week counts from the assignment: one dated further back would be overdue on arrival. */
    @Test
    void h2_anAssignmentDatedFurtherBackThanTheProfileAllowsNeedsAReason() {
        fixture.given(opened())
                .when(assign("per", "anna", "bertil", ASSIGNED.minusDays(1)))
                .expectException(refusedBy(CommonRule.BACKDATING_LIMIT))
                .expectNoEvents();
    }

    @Test
    void h2_anAssignmentFurtherBackIsRecordedWithItsReason() {
        LocalDate migrated = START;
        fixture.given(opened())
                .when(new AssignContactPersonsCommand(CASE, "per", "anna", "bertil", migrated,
                        BackdatingReason.MIGRATION, null))
                .expectEvents(
                        new ContactPersonAssignedEvent(CASE, GROUP, ContactRole.PRIMARY, "anna", migrated, null, "per",
                                BackdatingReason.MIGRATION),
                        new ContactPersonAssignedEvent(CASE, GROUP, ContactRole.SUBSTITUTE, "bertil", migrated, null,
                                "per", BackdatingReason.MIGRATION));
    }

    @Test
    void aCaseClosesWithADateAndAReason() {
        fixture.given(opened())
                .when(new CloseCaseCommand(CASE, TODAY, CaseClosureReason.SERVICE_ENDED, null))
                .expectEvents(new CaseClosedEvent(CASE, CLIENT, GROUP, TODAY, CaseClosureReason.SERVICE_ENDED));
    }

    @Test
    void aCaseCannotCloseBeforeItsLatestChange() {
        fixture.given(withContactPersons())
                .when(new CloseCaseCommand(CASE, ASSIGNED.minusDays(1), CaseClosureReason.OTHER, null))
                .expectException(refusedBy(CommonRule.DATE_IN_ORDER))
                .expectNoEvents();
    }

    @Test
    void aClosedCaseRefusesAssignments() {
        fixture.given(opened(), new CaseClosedEvent(CASE, CLIENT, GROUP, TODAY, CaseClosureReason.DECEASED))
                .when(assign("per", "anna", "bertil", TODAY))
                .expectException(refusedBy(CommonRule.CASE_OPEN))
                .expectExceptionMessage("case-open (caseId): the case is closed")
                .expectNoEvents();
    }

    @Test
    void aClosedCaseCannotCloseAgain() {
        fixture.given(opened(), new CaseClosedEvent(CASE, CLIENT, GROUP, TODAY, CaseClosureReason.DECEASED))
                .when(new CloseCaseCommand(CASE, TODAY, CaseClosureReason.OTHER, null))
                .expectException(refusedBy(CommonRule.CASE_OPEN))
                .expectNoEvents();
    }
}
