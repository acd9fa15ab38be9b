package se.kontaktman.assignment.organisation;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static se.kontaktman.platform.testing.RefusedBy.refusedBy;

import java.util.Optional;
import java.util.Set;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import se.kontaktman.assignment.AssignmentRule;
import se.kontaktman.assignment.organisation.OrganisationViews.AreaView;
import se.kontaktman.assignment.organisation.OrganisationViews.StaffGroupView;
import se.kontaktman.assignment.organisation.OrganisationViews.StaffMemberView;
import se.kontaktman.assignment.organisation.api.OrganisationCommands.DefineAreaCommand;
import se.kontaktman.assignment.organisation.api.OrganisationCommands.DefineStaffGroupCommand;
import se.kontaktman.assignment.organisation.api.OrganisationCommands.DefineStaffMemberCommand;
import se.kontaktman.assignment.organisation.api.OrganisationEvents.AreaDefinedEvent;
import se.kontaktman.assignment.organisation.api.OrganisationEvents.StaffGroupDefinedEvent;
import se.kontaktman.assignment.organisation.api.OrganisationEvents.StaffMemberDefinedEvent;
import se.kontaktman.events.StaffRole;

class OrganisationAggregatesTest {

    // A unit-test stand-in for the views; the integration tests use the real ones.
    private final OrganisationDirectory directory = mock(OrganisationDirectory.class);

    {
        when(directory.staffMember("karin")).thenReturn(Optional.of(
                new StaffMemberView("karin", "Karin Lund", Set.of(StaffRole.AREA_MANAGER), null, true, 0)));
        when(directory.staffMember("anna")).thenReturn(Optional.of(
                new StaffMemberView("anna", "Anna Berg", Set.of(StaffRole.CARE_STAFF), "grp-1", true, 0)));
        when(directory.area("area-1")).thenReturn(Optional.of(new AreaView("area-1", "Norra", "karin", 0)));
        when(directory.staffGroup("grp-1")).thenReturn(Optional.of(
                new StaffGroupView("grp-1", "area-1", "Solbacken", "0486-331 00", 0)));
    }

    @Test
    void anAreaIsDefinedWithItsAreaManager() {
        new AggregateTestFixture<>(Area.class).registerInjectableResource(directory)
                .givenNoPriorActivity()
                .when(new DefineAreaCommand("area-1", "Norra", "karin"))
                .expectEvents(new AreaDefinedEvent("area-1", "Norra", "karin"));
    }

    @Test
    void theAreaManagerHasTheAreaManagerRole() {
        new AggregateTestFixture<>(Area.class).registerInjectableResource(directory)
                .givenNoPriorActivity()
                .when(new DefineAreaCommand("area-1", "Norra", "anna"))
                .expectException(refusedBy(AssignmentRule.HAS_ROLE))
                .expectNoEvents();
    }

    @Test
    void definingAnAreaUnchangedRecordsNothing() {
        new AggregateTestFixture<>(Area.class).registerInjectableResource(directory)
                .given(new AreaDefinedEvent("area-1", "Norra", "karin"))
                .when(new DefineAreaCommand("area-1", "Norra", "karin"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aStaffGroupBelongsToAnExistingArea() {
        new AggregateTestFixture<>(StaffGroup.class).registerInjectableResource(directory)
                .givenNoPriorActivity()
                .when(new DefineStaffGroupCommand("grp-2", "area-x", "Ekbacken", "0486-331 01"))
                .expectException(refusedBy(AssignmentRule.MUST_EXIST))
                .expectNoEvents();
    }

    @Test
    void aStaffGroupsPhoneNumberCanChange() {
        new AggregateTestFixture<>(StaffGroup.class).registerInjectableResource(directory)
                .given(new StaffGroupDefinedEvent("grp-1", "area-1", "Solbacken", "0486-331 00"))
                .when(new DefineStaffGroupCommand("grp-1", "area-1", "Solbacken", "0486-331 99"))
                .expectEvents(new StaffGroupDefinedEvent("grp-1", "area-1", "Solbacken", "0486-331 99"));
    }

    @Test
    void careStaffBelongToAStaffGroup() {
        new AggregateTestFixture<>(StaffMember.class).registerInjectableResource(directory)
                .givenNoPriorActivity()
                .when(new DefineStaffMemberCommand("bertil", "Bertil Ek", Set.of(StaffRole.CARE_STAFF), null, true))
                .expectException(refusedBy(AssignmentRule.STAFF_GROUP_REQUIRED))
                .expectNoEvents();
    }

    @Test
    void aStaffMemberWhoLeavesIsMarkedInactive() {
        new AggregateTestFixture<>(StaffMember.class).registerInjectableResource(directory)
                .given(new StaffMemberDefinedEvent("anna", "Anna Berg", Set.of(StaffRole.CARE_STAFF), "grp-1", true))
                .when(new DefineStaffMemberCommand("anna", "Anna Berg", Set.of(StaffRole.CARE_STAFF), "grp-1", false))
                .expectEvents(new StaffMemberDefinedEvent("anna", "Anna Berg", Set.of(StaffRole.CARE_STAFF), "grp-1",
                        false));
    }
}
