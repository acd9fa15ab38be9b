package se.kontaktman.plan.caseplan;

import static se.kontaktman.plan.caseplan.CasePlanAggregateTest.ASSIGNED;
import static se.kontaktman.plan.caseplan.CasePlanAggregateTest.CASE;
import static se.kontaktman.plan.caseplan.CasePlanAggregateTest.GROUP;
import static se.kontaktman.plan.caseplan.CasePlanAggregateTest.START;
import static se.kontaktman.plan.caseplan.CasePlanAggregateTest.TODAY;
import static se.kontaktman.plan.caseplan.CasePlanAggregateTest.concat;
import static se.kontaktman.plan.caseplan.CasePlanAggregateTest.fixtureWith;
import static se.kontaktman.plan.caseplan.CasePlanAggregateTest.withContactPersons;
import static se.kontaktman.platform.testing.RefusedBy.refusedBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.kontaktman.events.CareProfile;
import se.kontaktman.plan.PlanRule;
import se.kontaktman.plan.caseplan.api.CaseFileCommands.AddNetworkMemberCommand;
import se.kontaktman.plan.caseplan.api.CaseFileCommands.AddSignatureCommand;
import se.kontaktman.plan.caseplan.api.CaseFileCommands.AssessRisksCommand;
import se.kontaktman.plan.caseplan.api.CaseFileCommands.AssessedArea;
import se.kontaktman.plan.caseplan.api.CaseFileCommands.AttendDailyActivityCommand;
import se.kontaktman.plan.caseplan.api.CaseFileCommands.CheckAssistiveDeviceCommand;
import se.kontaktman.plan.caseplan.api.CaseFileCommands.CloseFundsMonthCommand;
import se.kontaktman.plan.caseplan.api.CaseFileCommands.CountersignFundsEntryCommand;
import se.kontaktman.plan.caseplan.api.CaseFileCommands.DeviceCheck;
import se.kontaktman.plan.caseplan.api.CaseFileCommands.EndNetworkMemberCommand;
import se.kontaktman.plan.caseplan.api.CaseFileCommands.GiveFeedbackInformationCommand;
import se.kontaktman.plan.caseplan.api.CaseFileCommands.HandOverFundsCommand;
import se.kontaktman.plan.caseplan.api.CaseFileCommands.LogDailyActivityVisitCommand;
import se.kontaktman.plan.caseplan.api.CaseFileCommands.LogNetworkContactCommand;
import se.kontaktman.plan.caseplan.api.CaseFileCommands.RecordFundsEntryCommand;
import se.kontaktman.plan.caseplan.api.CaseFileCommands.RegisterAssistiveDeviceCommand;
import se.kontaktman.plan.caseplan.api.CaseFileCommands.RequestAssistiveDeviceCommand;
import se.kontaktman.plan.caseplan.api.CaseFileCommands.ReturnAssistiveDeviceCommand;
import se.kontaktman.plan.caseplan.api.CaseFileCommands.ReturnedBy;
import se.kontaktman.plan.caseplan.api.CaseFileCommands.ReviewEmergencyInformationCommand;
import se.kontaktman.plan.caseplan.api.CaseFileCommands.RiskLevel;
import se.kontaktman.plan.caseplan.api.CaseFileEvents.AssistiveDeviceCheckedEvent;
import se.kontaktman.plan.caseplan.api.CaseFileEvents.AssistiveDeviceRegisteredEvent;
import se.kontaktman.plan.caseplan.api.CaseFileEvents.AssistiveDeviceRequestedEvent;
import se.kontaktman.plan.caseplan.api.CaseFileEvents.AssistiveDeviceReturnedEvent;
import se.kontaktman.plan.caseplan.api.CaseFileEvents.AssistiveDevicesToBeReturnedEvent;
import se.kontaktman.plan.caseplan.api.CaseFileEvents.DailyActivityAttendedEvent;
import se.kontaktman.plan.caseplan.api.CaseFileEvents.DailyActivityVisitLoggedEvent;
import se.kontaktman.plan.caseplan.api.CaseFileEvents.EmergencyInformationReviewedEvent;
import se.kontaktman.plan.caseplan.api.CaseFileEvents.FeedbackInformationGivenEvent;
import se.kontaktman.plan.caseplan.api.CaseFileEvents.FundsEntryCountersignedEvent;
import se.kontaktman.plan.caseplan.api.CaseFileEvents.FundsEntryRecordedEvent;
import se.kontaktman.plan.caseplan.api.CaseFileEvents.FundsHandedOverEvent;
import se.kontaktman.plan.caseplan.api.CaseFileEvents.FundsLedgerClosedEvent;
import se.kontaktman.plan.caseplan.api.CaseFileEvents.FundsMonthClosedEvent;
import se.kontaktman.plan.caseplan.api.CaseFileEvents.NetworkContactLoggedEvent;
import se.kontaktman.plan.caseplan.api.CaseFileEvents.NetworkMemberAddedEvent;
import se.kontaktman.plan.caseplan.api.CaseFileEvents.NetworkMemberEndedEvent;
import se.kontaktman.plan.caseplan.api.CaseFileEvents.RisksAssessedEvent;
import se.kontaktman.plan.caseplan.api.CaseFileEvents.SignatureAddedEvent;
import se.kontaktman.plan.caseplan.api.CasePlanCommands.NoteCaseClosedCommand;
import se.kontaktman.plan.caseplan.api.CasePlanEvents.CasePlanClosedEvent;
import se.kontaktman.platform.rules.CommonRule;
import se.kontaktman.platform.rules.NotFoundException;
import se.kontaktman.platform.rules.RuleProfiles;
import se.kontaktman.rules.CareStep;
import se.kontaktman.rules.RuleProfile;

/**
 * The contact person's file (genomförandeakten), each test named after its rule: H7 risk
 * assessment, H8/L7 assistive devices, L5 network, L6 daily activity, the signature list, the
 * emergency information, L8 private funds, L9 feedback. anna is the ordinarie, bertil the
 * ersättare, cecilia a colleague of the group, per its planner, erik care staff of another group.
 */
class ContactPersonFileTest {

    private static final String DEVICE = "7d1e2f30-4a5b-4c6d-8e9f-0a1b2c3d4e5f";
    private static final String OTHER_DEVICE = "0c9b8a76-5d4e-4f3a-9b2c-1d0e9f8a7b6c";
    private static final String MEMBER = "a1b2c3d4-0000-4000-8000-000000000001";
    private static final String ENTRY = "e0000000-0000-4000-8000-000000000001";
    private static final String OCTOBER = "2026-10-01";
    private static final LocalDate OCTOBER_5 = LocalDate.of(2026, 10, 5);
    private static final LocalDate NOVEMBER_2 = LocalDate.of(2026, 11, 2);

    private FixtureConfiguration<CasePlan> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixtureWith(RuleProfiles.defaults());
    }

    private static Object[] homeCare() {
        return withContactPersons(CareProfile.HOME_CARE);
    }

    private static Object[] lss() {
        return withContactPersons(CareProfile.LSS);
    }

    private static CasePlanClosedEvent closed(LocalDate on) {
        return new CasePlanClosedEvent(CASE, "f-closed", GROUP, on);
    }

    // H7 --------------------------------------------------------------------------------------

    private static List<AssessedArea> seniorAlert(RiskLevel falls, boolean fallActions) {
        return List.of(new AssessedArea("FALLS", falls, fallActions),
                new AssessedArea("PRESSURE_ULCERS", RiskLevel.NO_RISK, false),
                new AssessedArea("MALNUTRITION", RiskLevel.NO_RISK, false),
                new AssessedArea("ORAL_HEALTH", RiskLevel.NO_RISK, false),
                new AssessedArea("BLADDER_DYSFUNCTION", RiskLevel.NO_RISK, false));
    }

    private static AssessRisksCommand assessment(String actor, LocalDate on, List<AssessedArea> areas) {
        return new AssessRisksCommand(CASE, actor, on, areas, "content-risk");
    }

    @Test
    void h7_theContactPersonAssessesEveryAreaOfSeniorAlert() {
        fixture.given(homeCare())
                .when(assessment("anna", TODAY, seniorAlert(RiskLevel.HIGH_RISK, true)))
                .expectEvents(new RisksAssessedEvent(CASE, GROUP, 1, TODAY, "anna", "content-risk"));
    }

    @Test
    void h7_theErsattareMayAssessTooAndReassessmentsAreCounted() {
        fixture.given(concat(homeCare(), new RisksAssessedEvent(CASE, GROUP, 1, OCTOBER_5, "anna", "c-1")))
                .when(assessment("bertil", TODAY, seniorAlert(RiskLevel.NO_RISK, false)))
                .expectEvents(new RisksAssessedEvent(CASE, GROUP, 2, TODAY, "bertil", "content-risk"));
    }

    @Test
    void h7_aPlannerDoesNotMakeTheRiskAssessment() {
        fixture.given(homeCare())
                .when(assessment("per", TODAY, seniorAlert(RiskLevel.NO_RISK, false)))
                .expectException(refusedBy(PlanRule.H7_MADE_BY_THE_CONTACT_PERSON))
                .expectNoEvents();
    }

    @Test
    void h7_anAreaLeftOutIsRefused() {
        fixture.given(homeCare())
                .when(assessment("anna", TODAY, seniorAlert(RiskLevel.NO_RISK, false).subList(0, 4)))
                .expectException(refusedBy(PlanRule.H7_EVERY_RISK_AREA, "areas"));
    }

    @Test
    void h7_anAreaNotInTheProfileOrTwiceIsRefused() {
        List<AssessedArea> twice = concatAreas(seniorAlert(RiskLevel.NO_RISK, false),
                new AssessedArea("FALLS", RiskLevel.NO_RISK, false));
        fixture.given(homeCare())
                .when(assessment("anna", TODAY, twice))
                .expectException(refusedBy(PlanRule.H7_EVERY_RISK_AREA, "areas[5].area"));
    }

    @Test
    void h7_aRiskComesWithItsPreventiveActions() {
        fixture.given(homeCare())
                .when(assessment("anna", TODAY, seniorAlert(RiskLevel.RISK, false)))
                .expectException(refusedBy(PlanRule.H7_ACTIONS_FOR_A_RISK, "areas[0].actions"));
    }

    @Test
    void h7_anOrganisationsOwnAreasAreTheOnesAssessed() {
        RuleProfile own = RuleProfile.defaults(CareProfile.HOME_CARE).toBuilder()
                .riskAreas(List.of("FALLS", "SUICIDE_RISK")).build();
        fixtureWith(new RuleProfiles(Map.of(CareProfile.HOME_CARE, own)))
                .given(homeCare())
                .when(assessment("anna", TODAY, List.of(new AssessedArea("FALLS", RiskLevel.NO_RISK, false),
                        new AssessedArea("SUICIDE_RISK", RiskLevel.NO_RISK, false))))
                .expectEvents(new RisksAssessedEvent(CASE, GROUP, 1, TODAY, "anna", "content-risk"));
    }

    @Test
    void h7_lssHasNoRiskAssessmentUnlessTheOrganisationAddsIt() {
        fixture.given(lss())
                .when(assessment("anna", TODAY, seniorAlert(RiskLevel.NO_RISK, false)))
                .expectException(refusedBy(PlanRule.STEP_IN_CARE_PROFILE));
        RuleProfile lss = RuleProfile.defaults(CareProfile.LSS);
        EnumSet<CareStep> steps = EnumSet.copyOf(lss.steps());
        steps.add(CareStep.RISK_ASSESSMENT);
        fixtureWith(new RuleProfiles(Map.of(CareProfile.LSS, lss.withSteps(steps))))
                .given(lss())
                .when(assessment("anna", TODAY, seniorAlert(RiskLevel.NO_RISK, false)))
                .expectEvents(new RisksAssessedEvent(CASE, GROUP, 1, TODAY, "anna", "content-risk"));
    }

    @Test
    void h7_anAssessmentIsNotDatedBeforeThePreviousOne() {
        fixture.given(concat(homeCare(), new RisksAssessedEvent(CASE, GROUP, 1, TODAY, "anna", "c-1")))
                .when(assessment("anna", NOVEMBER_2, seniorAlert(RiskLevel.NO_RISK, false)))
                .expectException(refusedBy(CommonRule.DATE_IN_ORDER, "assessedOn"));
    }

    private static List<AssessedArea> concatAreas(List<AssessedArea> areas, AssessedArea more) {
        List<AssessedArea> all = new ArrayList<>(areas);
        all.add(more);
        return all;
    }

    // H8, L7 ----------------------------------------------------------------------------------

    private static AssistiveDeviceRegisteredEvent registered(String deviceId) {
        return new AssistiveDeviceRegisteredEvent(CASE, GROUP, deviceId, OCTOBER_5, "anna", "content-device");
    }

    @Test
    void h8_aDeviceIsRegisteredAndItsFunctionCheckedSigned() {
        fixture.given(homeCare())
                .when(new RegisterAssistiveDeviceCommand(CASE, "anna", DEVICE, OCTOBER_5, "content-device"))
                .expectEvents(registered(DEVICE));
        fixture.given(concat(homeCare(), registered(DEVICE)))
                .when(new CheckAssistiveDeviceCommand(CASE, "bertil", DEVICE, TODAY, DeviceCheck.FUNCTION, true,
                        "content-check"))
                .expectEvents(new AssistiveDeviceCheckedEvent(CASE, GROUP, DEVICE, TODAY, DeviceCheck.FUNCTION, true,
                        "bertil", "content-check"));
    }

    @Test
    void h8_aCheckIsNotDatedBeforeTheDeviceWasReceived() {
        fixture.given(concat(homeCare(), registered(DEVICE)))
                .when(new CheckAssistiveDeviceCommand(CASE, "anna", DEVICE, START, DeviceCheck.CLEANING, true, "c"))
                .expectException(refusedBy(CommonRule.DATE_IN_ORDER, "checkedOn"));
    }

    @Test
    void h8_aReturnedDeviceIsNoLongerChecked() {
        fixture.given(concat(homeCare(), registered(DEVICE), new AssistiveDeviceReturnedEvent(CASE, GROUP, DEVICE,
                        NOVEMBER_2, ReturnedBy.CLIENT, "anna")))
                .when(new CheckAssistiveDeviceCommand(CASE, "anna", DEVICE, TODAY, DeviceCheck.FUNCTION, true, "c"))
                .expectException(refusedBy(PlanRule.H8_DEVICE_IN_USE));
    }

    @Test
    void h8_atClosureTheDevicesNotReturnedAreListedForRelativesToReturn() {
        fixture.given(concat(homeCare(), registered(DEVICE), registered(OTHER_DEVICE),
                        new AssistiveDeviceReturnedEvent(CASE, GROUP, DEVICE, NOVEMBER_2, ReturnedBy.STAFF, "anna")))
                .when(new NoteCaseClosedCommand(CASE, "f-closed", GROUP, TODAY))
                .expectEvents(closed(TODAY),
                        new AssistiveDevicesToBeReturnedEvent(CASE, GROUP, TODAY, List.of(OTHER_DEVICE)));
    }

    @Test
    void h8_aDeviceBroughtBackAfterClosureIsRecordedOnce() {
        Object[] afterClosure = concat(homeCare(), registered(DEVICE), closed(NOVEMBER_2),
                new AssistiveDevicesToBeReturnedEvent(CASE, GROUP, NOVEMBER_2, List.of(DEVICE)));
        fixture.given(afterClosure)
                .when(new ReturnAssistiveDeviceCommand(CASE, "anna", DEVICE, TODAY, ReturnedBy.RELATIVES))
                .expectEvents(new AssistiveDeviceReturnedEvent(CASE, GROUP, DEVICE, TODAY, ReturnedBy.RELATIVES,
                        "anna"));
        fixture.given(concat(afterClosure, new AssistiveDeviceReturnedEvent(CASE, GROUP, DEVICE, TODAY,
                        ReturnedBy.RELATIVES, "anna")))
                .when(new ReturnAssistiveDeviceCommand(CASE, "per", DEVICE, TODAY, ReturnedBy.RELATIVES))
                .expectException(refusedBy(PlanRule.RECORDED_ONCE, "deviceId"));
    }

    @Test
    void h8_aClosedCaseTakesNoNewDevice() {
        fixture.given(concat(homeCare(), closed(NOVEMBER_2)))
                .when(new RegisterAssistiveDeviceCommand(CASE, "anna", DEVICE, OCTOBER_5, "c"))
                .expectException(refusedBy(CommonRule.CASE_OPEN));
    }

    @Test
    void h8_anUnknownDeviceIsNotFound() {
        fixture.given(homeCare())
                .when(new ReturnAssistiveDeviceCommand(CASE, "anna", DEVICE, TODAY, ReturnedBy.CLIENT))
                .expectException(NotFoundException.class);
    }

    @Test
    void l7_aNewDeviceIsAskedOfTheOccupationalTherapist() {
        fixture.given(lss())
                .when(new RequestAssistiveDeviceCommand(CASE, "anna", "r-1", TODAY, "content-need"))
                .expectEvents(new AssistiveDeviceRequestedEvent(CASE, GROUP, "r-1", TODAY, "anna", "content-need"));
    }

    // L5 --------------------------------------------------------------------------------------

    private static NetworkMemberAddedEvent member() {
        return new NetworkMemberAddedEvent(CASE, GROUP, MEMBER, OCTOBER_5, "anna", "content-member");
    }

    @Test
    void l5_aContactIsLoggedWithAMemberOfTheNetwork() {
        fixture.given(concat(lss(), member()))
                .when(new LogNetworkContactCommand(CASE, "anna", "k-1", MEMBER, TODAY, "content-contact"))
                .expectEvents(new NetworkContactLoggedEvent(CASE, GROUP, "k-1", MEMBER, TODAY, "anna",
                        "content-contact"));
    }

    @Test
    void l5_aContactWithSomeoneOutsideTheNetworkIsRefused() {
        fixture.given(lss())
                .when(new LogNetworkContactCommand(CASE, "anna", "k-1", MEMBER, TODAY, "content-contact"))
                .expectException(refusedBy(PlanRule.L5_CONTACT_WITH_THE_NETWORK, "memberId"));
    }

    @Test
    void l5_aMemberLeavesTheNetworkOnceAndIsKept() {
        fixture.given(lss())
                .when(new AddNetworkMemberCommand(CASE, "per", MEMBER, OCTOBER_5, "content-member"))
                .expectEvents(new NetworkMemberAddedEvent(CASE, GROUP, MEMBER, OCTOBER_5, "per", "content-member"));
        fixture.given(concat(lss(), member()))
                .when(new EndNetworkMemberCommand(CASE, "anna", MEMBER, TODAY))
                .expectEvents(new NetworkMemberEndedEvent(CASE, GROUP, MEMBER, TODAY, "anna"));
        fixture.given(concat(lss(), member(), new NetworkMemberEndedEvent(CASE, GROUP, MEMBER, TODAY, "anna")))
                .when(new EndNetworkMemberCommand(CASE, "anna", MEMBER, TODAY))
                .expectException(refusedBy(PlanRule.RECORDED_ONCE, "memberId"));
    }

    // L6 --------------------------------------------------------------------------------------

    @Test
    void l6_aVisitIsToTheDailyActivityTheClientAttends() {
        fixture.given(lss())
                .when(new LogDailyActivityVisitCommand(CASE, "anna", "v-1", TODAY, "content-visit"))
                .expectException(refusedBy(PlanRule.L6_VISIT_OF_A_DAILY_ACTIVITY));
        fixture.given(concat(lss(), new DailyActivityAttendedEvent(CASE, GROUP, "act-1", OCTOBER_5, "anna", "c")))
                .when(new LogDailyActivityVisitCommand(CASE, "anna", "v-1", TODAY, "content-visit"))
                .expectEvents(new DailyActivityVisitLoggedEvent(CASE, GROUP, "v-1", "act-1", TODAY, "anna",
                        "content-visit"));
    }

    @Test
    void l6_aNewPlaceFollowsTheOldAndVisitsAreNotBeforeItsStart() {
        fixture.given(concat(lss(), new DailyActivityAttendedEvent(CASE, GROUP, "act-1", OCTOBER_5, "anna", "c")))
                .when(new AttendDailyActivityCommand(CASE, "anna", "act-2", NOVEMBER_2, "c-2"))
                .expectEvents(new DailyActivityAttendedEvent(CASE, GROUP, "act-2", NOVEMBER_2, "anna", "c-2"));
        fixture.given(concat(lss(), new DailyActivityAttendedEvent(CASE, GROUP, "act-2", NOVEMBER_2, "anna", "c")))
                .when(new LogDailyActivityVisitCommand(CASE, "anna", "v-1", OCTOBER_5, "content-visit"))
                .expectException(refusedBy(PlanRule.L6_VISIT_OF_A_DAILY_ACTIVITY, "visitedOn"));
    }

    @Test
    void l6_aPlaceStartingAheadLeavesVisitsToTheOneAttendedNow() {
        fixture.given(concat(lss(), new DailyActivityAttendedEvent(CASE, GROUP, "act-1", OCTOBER_5, "anna", "c"),
                        new DailyActivityAttendedEvent(CASE, GROUP, "act-2", TODAY.plusDays(10), "anna", "c")))
                .when(new LogDailyActivityVisitCommand(CASE, "anna", "v-1", TODAY, "content-visit"))
                .expectEvents(new DailyActivityVisitLoggedEvent(CASE, GROUP, "v-1", "act-1", TODAY, "anna",
                        "content-visit"));
    }

    // The signature list and the emergency information ----------------------------------------

    @Test
    void signatureList_everySignatureCanBeRead_initialsAreUnique() {
        fixture.given(lss())
                .when(new AddSignatureCommand(CASE, "anna", "bertil", "BE", TODAY))
                .expectEvents(new SignatureAddedEvent(CASE, GROUP, "bertil", "BE", TODAY, "anna"));
        fixture.given(concat(lss(), new SignatureAddedEvent(CASE, GROUP, "bertil", "BE", TODAY, "anna")))
                .when(new AddSignatureCommand(CASE, "anna", "cecilia", "BE", TODAY))
                .expectException(refusedBy(PlanRule.SIGNATURE_INITIALS_UNIQUE, "initials"));
        fixture.given(concat(lss(), new SignatureAddedEvent(CASE, GROUP, "bertil", "BE", TODAY, "anna")))
                .when(new AddSignatureCommand(CASE, "anna", "bertil", "BB", TODAY))
                .expectException(refusedBy(PlanRule.RECORDED_ONCE, "staffId"));
    }

    @Test
    void emergencyInformation_isKeptCurrentByDatedReviews() {
        fixture.given(concat(lss(), new EmergencyInformationReviewedEvent(CASE, GROUP, NOVEMBER_2, "anna", "c-1")))
                .when(new ReviewEmergencyInformationCommand(CASE, "bertil", TODAY, "c-2"))
                .expectEvents(new EmergencyInformationReviewedEvent(CASE, GROUP, TODAY, "bertil", "c-2"));
        fixture.given(concat(lss(), new EmergencyInformationReviewedEvent(CASE, GROUP, TODAY, "anna", "c-1")))
                .when(new ReviewEmergencyInformationCommand(CASE, "bertil", NOVEMBER_2, "c-2"))
                .expectException(refusedBy(CommonRule.DATE_IN_ORDER, "reviewedOn"));
    }

    // L8 --------------------------------------------------------------------------------------

    private static FundsEntryRecordedEvent deposit(String entryId, LocalDate on, long ore, long balance,
                                                   boolean countersigned) {
        return new FundsEntryRecordedEvent(CASE, GROUP, entryId, on, ore, balance, null, !countersigned, "anna",
                "content-" + entryId);
    }

    private static RecordFundsEntryCommand withdrawal(String actor, LocalDate on, long ore) {
        return new RecordFundsEntryCommand(CASE, actor, "out-1", on, ore, true, null, "content-out");
    }

    @Test
    void l8_everyEntryNeedsASecondSignatureUnlessTheInstructionsSayFrom() {
        fixture.given(concat(lss(), deposit(ENTRY, OCTOBER_5, 50000, 50000, true)))
                .when(withdrawal("anna", TODAY, 12550))
                .expectEvents(new FundsEntryRecordedEvent(CASE, GROUP, "out-1", TODAY, -12550, 37450, null, true,
                        "anna", "content-out"));
        fixtureWith(RuleProfiles.defaults(), new FundsInstructions(50000))
                .given(concat(lss(), deposit(ENTRY, OCTOBER_5, 50000, 50000, true)))
                .when(withdrawal("anna", TODAY, 12550))
                .expectEvents(new FundsEntryRecordedEvent(CASE, GROUP, "out-1", TODAY, -12550, 37450, null, false,
                        "anna", "content-out"));
    }

    @Test
    void l8_theBalanceNeverGoesBelowZero() {
        fixture.given(concat(lss(), deposit(ENTRY, OCTOBER_5, 10000, 10000, true)))
                .when(withdrawal("anna", TODAY, 10001))
                .expectException(refusedBy(PlanRule.L8_BALANCE_NOT_NEGATIVE, "amount"))
                .expectNoEvents();
    }

    @Test
    void l8_aCorrectionIsANewEntryNamingTheOneItCorrects() {
        fixture.given(concat(lss(), deposit(ENTRY, OCTOBER_5, 10000, 10000, true)))
                .when(new RecordFundsEntryCommand(CASE, "anna", "fix-1", TODAY, 1000, true, ENTRY, "c-fix"))
                .expectEvents(new FundsEntryRecordedEvent(CASE, GROUP, "fix-1", TODAY, -1000, 9000, ENTRY, true,
                        "anna", "c-fix"));
        fixture.given(lss())
                .when(new RecordFundsEntryCommand(CASE, "anna", "fix-1", TODAY, 1000, true, ENTRY, "c-fix"))
                .expectException(NotFoundException.class);
    }

    @Test
    void l8_theBalanceIsCountedByDate_noDayGoesBelowZero() {
        fixture.given(concat(lss(), deposit(ENTRY, NOVEMBER_2, 10000, 10000, true)))
                .when(withdrawal("anna", OCTOBER_5, 5000))
                .expectException(refusedBy(PlanRule.L8_BALANCE_NOT_NEGATIVE, "amount"));
        fixture.given(concat(lss(), deposit(ENTRY, OCTOBER_5, 10000, 10000, true),
                        new FundsEntryRecordedEvent(CASE, GROUP, "out-0", NOVEMBER_2, -8000, 2000, null, false, "anna",
                                "c")))
                .when(withdrawal("anna", LocalDate.of(2026, 10, 20), 5000))
                .expectException(refusedBy(PlanRule.L8_BALANCE_NOT_NEGATIVE, "amount"));
    }

    @Test
    void l8_aCorrectionGoesAgainstTheEntryAndUndoesAtMostAllOfIt() {
        Object[] deposited = concat(lss(), deposit(ENTRY, OCTOBER_5, 10000, 10000, true));
        fixture.given(deposited)
                .when(new RecordFundsEntryCommand(CASE, "anna", "fix-1", TODAY, 1000, false, ENTRY, "c-fix"))
                .expectException(refusedBy(PlanRule.L8_CORRECTION_AGAINST_THE_ENTRY, "amount"));
        fixture.given(deposited)
                .when(new RecordFundsEntryCommand(CASE, "anna", "fix-1", TODAY, 10001, true, ENTRY, "c-fix"))
                .expectException(refusedBy(PlanRule.L8_CORRECTION_AGAINST_THE_ENTRY, "amount"));
        Object[] partlyCorrected = concat(deposited, new FundsEntryRecordedEvent(CASE, GROUP, "fix-0", NOVEMBER_2,
                -6000, 4000, ENTRY, false, "anna", "c"));
        fixture.given(partlyCorrected)
                .when(new RecordFundsEntryCommand(CASE, "anna", "fix-1", TODAY, 4001, true, ENTRY, "c-fix"))
                .expectException(refusedBy(PlanRule.L8_CORRECTION_AGAINST_THE_ENTRY, "amount"));
        fixture.given(partlyCorrected)
                .when(new RecordFundsEntryCommand(CASE, "anna", "fix-1", TODAY, 4000, true, ENTRY, "c-fix"))
                .expectEvents(new FundsEntryRecordedEvent(CASE, GROUP, "fix-1", TODAY, -4000, 0, ENTRY, true, "anna",
                        "c-fix"));
    }

    @Test
    void l8_theFirstMonthCountedIsTheMonthOfTheFirstEntry() {
        fixture.given(concat(lss(), deposit(ENTRY, OCTOBER_5, 10000, 10000, true)))
                .when(new CloseFundsMonthCommand(CASE, "anna", LocalDate.of(2026, 11, 1), TODAY, 10000, false, "c"))
                .expectException(refusedBy(PlanRule.L8_MONTH_CLOSED, "month"));
        fixture.given(lss())
                .when(new CloseFundsMonthCommand(CASE, "anna", LocalDate.parse(OCTOBER), NOVEMBER_2, 0, false, "c"))
                .expectException(refusedBy(PlanRule.L8_MONTH_CLOSED, "month"));
    }

    @Test
    void l8_theSecondSignatureIsAnotherColleaguesOfTheGroup() {
        Object[] awaiting = concat(lss(), deposit(ENTRY, OCTOBER_5, 10000, 10000, false));
        fixture.given(awaiting)
                .when(new CountersignFundsEntryCommand(CASE, "cecilia", ENTRY, TODAY))
                .expectEvents(new FundsEntryCountersignedEvent(CASE, GROUP, ENTRY, TODAY, "cecilia"));
        fixture.given(awaiting)
                .when(new CountersignFundsEntryCommand(CASE, "anna", ENTRY, TODAY))
                .expectException(refusedBy(PlanRule.L8_COUNTERSIGNED_BY_A_COLLEAGUE));
        fixture.given(awaiting)
                .when(new CountersignFundsEntryCommand(CASE, "erik", ENTRY, TODAY))
                .expectException(refusedBy(PlanRule.L8_COUNTERSIGNED_BY_A_COLLEAGUE));
    }

    @Test
    void l8_aMonthIsClosedWithACountAfterItEnds() {
        Object[] october = concat(lss(), deposit(ENTRY, OCTOBER_5, 10000, 10000, true));
        fixture.given(october)
                .when(new CloseFundsMonthCommand(CASE, "anna", LocalDate.parse(OCTOBER), NOVEMBER_2, 10000, false, "c"))
                .expectEvents(new FundsMonthClosedEvent(CASE, GROUP, LocalDate.parse(OCTOBER), NOVEMBER_2, 10000,
                        10000, "anna", "c"));
        fixture.given(october)
                .when(new CloseFundsMonthCommand(CASE, "anna", LocalDate.parse(OCTOBER), LocalDate.of(2026, 10, 30),
                        10000, false, "c"))
                .expectException(refusedBy(CommonRule.DATE_IN_ORDER, "countedOn"));
    }

    @Test
    void l8_aCountThatDiffersFromTheBalanceSaysWhy() {
        Object[] october = concat(lss(), deposit(ENTRY, OCTOBER_5, 10000, 10000, true));
        fixture.given(october)
                .when(new CloseFundsMonthCommand(CASE, "anna", LocalDate.parse(OCTOBER), NOVEMBER_2, 9000, false, "c"))
                .expectException(refusedBy(PlanRule.L8_DIFFERENCE_EXPLAINED, "explanation"));
        fixture.given(october)
                .when(new CloseFundsMonthCommand(CASE, "anna", LocalDate.parse(OCTOBER), NOVEMBER_2, 9000, true, "c"))
                .expectEvents(new FundsMonthClosedEvent(CASE, GROUP, LocalDate.parse(OCTOBER), NOVEMBER_2, 10000,
                        9000, "anna", "c"));
    }

    @Test
    void l8_aMonthAwaitingASecondSignatureIsNotClosed() {
        fixture.given(concat(lss(), deposit(ENTRY, OCTOBER_5, 10000, 10000, false)))
                .when(new CloseFundsMonthCommand(CASE, "anna", LocalDate.parse(OCTOBER), NOVEMBER_2, 10000, false, "c"))
                .expectException(refusedBy(PlanRule.L8_COUNTERSIGNED_BEFORE_CLOSING));
    }

    @Test
    void l8_nothingIsEnteredInAClosedMonthAndMonthsCloseInOrder() {
        Object[] octoberClosed = concat(lss(), deposit(ENTRY, OCTOBER_5, 10000, 10000, true),
                new FundsMonthClosedEvent(CASE, GROUP, LocalDate.parse(OCTOBER), NOVEMBER_2, 10000, 10000, "anna", "c"));
        fixture.given(octoberClosed)
                .when(new RecordFundsEntryCommand(CASE, "anna", "late", LocalDate.of(2026, 10, 30), 100, false, null,
                        "c"))
                .expectException(refusedBy(PlanRule.L8_MONTH_CLOSED, "enteredOn"));
        fixture.given(octoberClosed)
                .when(new CloseFundsMonthCommand(CASE, "anna", LocalDate.parse(OCTOBER), NOVEMBER_2, 10000, false, "c"))
                .expectException(refusedBy(PlanRule.L8_MONTH_CLOSED, "month"));
    }

    @Test
    void l8_atClosureTheLedgerClosesWithItsBalanceHandedOverAfterwardsOnce() {
        Object[] withMoney = concat(lss(), deposit(ENTRY, OCTOBER_5, 10000, 10000, true));
        fixture.given(withMoney)
                .when(new NoteCaseClosedCommand(CASE, "f-closed", GROUP, NOVEMBER_2))
                .expectEvents(closed(NOVEMBER_2), new FundsLedgerClosedEvent(CASE, GROUP, NOVEMBER_2, 10000));
        fixture.given(withMoney)
                .when(new HandOverFundsCommand(CASE, "anna", TODAY, 10000, "c-to"))
                .expectException(refusedBy(PlanRule.L8_HANDOVER_OF_THE_BALANCE, "caseId"));
        Object[] ledgerClosed = concat(withMoney, closed(NOVEMBER_2),
                new FundsLedgerClosedEvent(CASE, GROUP, NOVEMBER_2, 10000));
        fixture.given(ledgerClosed)
                .when(new HandOverFundsCommand(CASE, "anna", TODAY, 9000, "c-to"))
                .expectException(refusedBy(PlanRule.L8_HANDOVER_OF_THE_BALANCE, "amount"));
        fixture.given(ledgerClosed)
                .when(new HandOverFundsCommand(CASE, "anna", TODAY, 10000, "c-to"))
                .expectEvents(new FundsHandedOverEvent(CASE, GROUP, TODAY, 10000, "anna", "c-to"));
        fixture.given(concat(ledgerClosed, new FundsHandedOverEvent(CASE, GROUP, TODAY, 10000, "anna", "c-to")))
                .when(new HandOverFundsCommand(CASE, "anna", TODAY, 10000, "c-to"))
                .expectException(refusedBy(PlanRule.RECORDED_ONCE));
    }

    @Test
    void l8_aClosedCaseTakesNoNewEntry() {
        fixture.given(concat(lss(), closed(NOVEMBER_2)))
                .when(new RecordFundsEntryCommand(CASE, "anna", "late", TODAY, 100, false, null, "c"))
                .expectException(refusedBy(CommonRule.CASE_OPEN));
    }

    // L9 --------------------------------------------------------------------------------------

    @Test
    void l9_informationAboutFeedbackIsDatedAndSigned() {
        fixture.given(lss())
                .when(new GiveFeedbackInformationCommand(CASE, "bertil", OCTOBER_5, "content-feedback"))
                .expectEvents(new FeedbackInformationGivenEvent(CASE, GROUP, OCTOBER_5, "bertil", "content-feedback"));
        fixture.given(lss())
                .when(new GiveFeedbackInformationCommand(CASE, "bertil", TODAY.plusDays(1), "c"))
                .expectException(refusedBy(CommonRule.DATE_NOT_IN_FUTURE, "informedOn"));
    }

    @Test
    void access_onlyTheCasesContactPersonsAndPlannersRecordInTheFile() {
        fixture.given(lss())
                .when(new GiveFeedbackInformationCommand(CASE, "erik", OCTOBER_5, "c"))
                .expectException(refusedBy(PlanRule.CONTACT_PERSON_OR_PLANNER));
        fixture.given(lss())
                .when(new GiveFeedbackInformationCommand(CASE, "cecilia", ASSIGNED, "c"))
                .expectException(refusedBy(PlanRule.CONTACT_PERSON_OR_PLANNER));
    }
}
