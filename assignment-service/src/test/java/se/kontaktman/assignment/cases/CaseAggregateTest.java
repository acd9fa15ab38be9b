package se.kontaktman.assignment.cases;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.kontaktman.assignment.cases.api.AppointContactPersonsCommand;
import se.kontaktman.assignment.cases.api.CaseClosedEvent;
import se.kontaktman.assignment.cases.api.CaseOpenedEvent;
import se.kontaktman.assignment.cases.api.CloseCaseCommand;
import se.kontaktman.assignment.cases.api.ContactPersonAppointedEvent;
import se.kontaktman.assignment.cases.api.OpenCaseCommand;
import se.kontaktman.assignment.cases.api.ReplaceContactPersonCommand;
import se.kontaktman.assignment.organisation.StaffDirectory;
import se.kontaktman.platform.RuleViolationException;
import se.kontaktman.platform.UnprocessableException;
import se.kontaktman.platform.testing.MutableClock;
import se.kontaktman.events.CareProfile;
import se.kontaktman.events.CaseClosureReason;
import se.kontaktman.events.ContactRole;

class CaseAggregateTest {

    private static final String CASE = "5f0c7a52-8d0e-4c55-9f6b-2f1c1e0b9a11";
    private static final String CLIENT = "client-1";
    private static final String GROUP = "grp-1";
    private static final LocalDate START = LocalDate.of(2026, 3, 2);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private FixtureConfiguration<Case> fixture;

    /** The staff group GROUP has care staff anna, bertil, cecilia; david is care staff elsewhere; per is a planner. */
    private static final class Directory implements StaffDirectory {
        private final Map<String, String> careStaffGroup = Map.of("anna", GROUP, "bertil", GROUP, "cecilia", GROUP,
                "david", "grp-2");

        @Override
        public void requireActiveCareStaffOf(String field, String staffId, String staffGroupId) {
            if (!staffGroupId.equals(careStaffGroup.get(staffId))) {
                throw new UnprocessableException(field, "H1", "must be an active care-staff member of the group");
            }
        }

        @Override
        public void requireStaffGroup(String field, String staffGroupId) {
            if (!Set.of(GROUP, "grp-2").contains(staffGroupId)) {
                throw new UnprocessableException(field, "must-exist", "no such staff group");
            }
        }
    }

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Case.class);
        fixture.registerInjectableResource(new Directory());
        fixture.registerInjectableResource(new MutableClock(TODAY));
    }

    private CaseOpenedEvent opened() {
        return new CaseOpenedEvent(CASE, CLIENT, GROUP, CareProfile.HOME_CARE, START);
    }

    private ContactPersonAppointedEvent appointed(ContactRole role, String staffId, LocalDate from, String replaced) {
        return new ContactPersonAppointedEvent(CASE, GROUP, role, staffId, from, replaced);
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
                .expectException(UnprocessableException.class)
                .expectNoEvents();
    }

    @Test
    void aCaseCannotStartAfterToday() {
        fixture.givenNoPriorActivity()
                .when(new OpenCaseCommand(CASE, CLIENT, GROUP, CareProfile.LSS, TODAY.plusDays(1)))
                .expectException(UnprocessableException.class)
                .expectExceptionMessage("startDate: must not be after today");
    }

    @Test
    void h1_anOrdinarieAndAnErsattareAreAppointedTogether() {
        fixture.given(opened())
                .when(new AppointContactPersonsCommand(CASE, "anna", "bertil", START, null))
                .expectEvents(appointed(ContactRole.PRIMARY, "anna", START, null),
                        appointed(ContactRole.SUBSTITUTE, "bertil", START, null))
                .expectResultMessagePayload(2L);
    }

    @Test
    void h1_theOrdinarieAndTheErsattareAreTwoDifferentPeople() {
        fixture.given(opened())
                .when(new AppointContactPersonsCommand(CASE, "anna", "anna", START, null))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("H1: the ordinarie and the ersättare contact person must be two different people")
                .expectNoEvents();
    }

    @Test
    void h1_replacingOneRoleWithThePersonHoldingTheOtherIsRefused() {
        fixture.given(opened(), appointed(ContactRole.PRIMARY, "anna", START, null),
                        appointed(ContactRole.SUBSTITUTE, "bertil", START, null))
                .when(new ReplaceContactPersonCommand(CASE, ContactRole.PRIMARY, "bertil", TODAY, null))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
    }

    @Test
    void h1_contactPersonsAreCareStaffOfTheCasesOwnGroup() {
        fixture.given(opened())
                .when(new AppointContactPersonsCommand(CASE, "anna", "david", START, null))
                .expectException(UnprocessableException.class)
                .expectExceptionMessage("substituteStaffId: must be an active care-staff member of the group")
                .expectNoEvents();
    }

    @Test
    void h1_aPlannerIsNotAppointedContactPerson() {
        fixture.given(opened())
                .when(new AppointContactPersonsCommand(CASE, "per", "anna", START, null))
                .expectException(UnprocessableException.class)
                .expectNoEvents();
    }

    @Test
    void replacingAContactPersonNamesWhomTheyReplace() {
        LocalDate change = LocalDate.of(2026, 6, 1);
        fixture.given(opened(), appointed(ContactRole.PRIMARY, "anna", START, null),
                        appointed(ContactRole.SUBSTITUTE, "bertil", START, null))
                .when(new ReplaceContactPersonCommand(CASE, ContactRole.PRIMARY, "cecilia", change, null))
                .expectEvents(appointed(ContactRole.PRIMARY, "cecilia", change, "anna"));
    }

    @Test
    void theTwoContactPersonsSwapRolesByAppointingBoth() {
        LocalDate change = LocalDate.of(2026, 6, 1);
        fixture.given(opened(), appointed(ContactRole.PRIMARY, "anna", START, null),
                        appointed(ContactRole.SUBSTITUTE, "bertil", START, null))
                .when(new AppointContactPersonsCommand(CASE, "bertil", "anna", change, null))
                .expectEvents(appointed(ContactRole.PRIMARY, "bertil", change, "anna"),
                        appointed(ContactRole.SUBSTITUTE, "anna", change, "bertil"));
    }

    @Test
    void appointingTheSamePeopleAgainRecordsNothing() {
        fixture.given(opened(), appointed(ContactRole.PRIMARY, "anna", START, null),
                        appointed(ContactRole.SUBSTITUTE, "bertil", START, null))
                .when(new AppointContactPersonsCommand(CASE, "anna", "bertil", TODAY, null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void anAppointmentCannotPredateTheCase() {
        fixture.given(opened())
                .when(new AppointContactPersonsCommand(CASE, "anna", "bertil", START.minusDays(1), null))
                .expectException(UnprocessableException.class)
                .expectNoEvents();
    }

    @Test
    void anAppointmentCannotPredateTheOneItReplaces() {
        LocalDate appointedOn = LocalDate.of(2026, 6, 1);
        fixture.given(opened(), appointed(ContactRole.PRIMARY, "anna", appointedOn, null))
                .when(new ReplaceContactPersonCommand(CASE, ContactRole.PRIMARY, "cecilia", appointedOn.minusDays(1),
                        null))
                .expectException(UnprocessableException.class)
                .expectNoEvents();
    }

    @Test
    void anAppointmentCannotBeDatedAfterToday() {
        fixture.given(opened())
                .when(new AppointContactPersonsCommand(CASE, "anna", "bertil", TODAY.plusDays(1), null))
                .expectException(UnprocessableException.class)
                .expectNoEvents();
    }

    @Test
    void aCaseClosesWithADateAndAReason() {
        fixture.given(opened())
                .when(new CloseCaseCommand(CASE, TODAY, CaseClosureReason.SERVICE_ENDED, null))
                .expectEvents(new CaseClosedEvent(CASE, CLIENT, GROUP, TODAY, CaseClosureReason.SERVICE_ENDED));
    }

    @Test
    void aCaseCannotCloseBeforeItsLatestChange() {
        LocalDate appointedOn = LocalDate.of(2026, 6, 1);
        fixture.given(opened(), appointed(ContactRole.PRIMARY, "anna", appointedOn, null))
                .when(new CloseCaseCommand(CASE, appointedOn.minusDays(1), CaseClosureReason.OTHER, null))
                .expectException(UnprocessableException.class)
                .expectNoEvents();
    }

    @Test
    void aClosedCaseRefusesAppointments() {
        fixture.given(opened(), new CaseClosedEvent(CASE, CLIENT, GROUP, TODAY, CaseClosureReason.DECEASED))
                .when(new AppointContactPersonsCommand(CASE, "anna", "bertil", TODAY, null))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("case-open: the case is closed")
                .expectNoEvents();
    }

    @Test
    void aClosedCaseCannotCloseAgain() {
        fixture.given(opened(), new CaseClosedEvent(CASE, CLIENT, GROUP, TODAY, CaseClosureReason.DECEASED))
                .when(new CloseCaseCommand(CASE, TODAY, CaseClosureReason.OTHER, null))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
    }
}
