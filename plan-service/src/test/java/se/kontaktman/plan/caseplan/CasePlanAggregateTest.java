package se.kontaktman.plan.caseplan;

import static se.kontaktman.platform.testing.RefusedBy.refusedBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.kontaktman.events.CareProfile;
import se.kontaktman.events.ContactRole;
import se.kontaktman.events.StaffRole;
import se.kontaktman.events.plan.ArrivalTopic;
import se.kontaktman.events.plan.FollowUpKind;
import se.kontaktman.events.plan.FollowUpOutcome;
import se.kontaktman.plan.PlanRule;
import se.kontaktman.plan.caseplan.api.CasePlanCommands.AcknowledgePlanningNoteCommand;
import se.kontaktman.plan.caseplan.api.CasePlanCommands.BookIntroductionVisitCommand;
import se.kontaktman.plan.caseplan.api.CasePlanCommands.EstablishPlanCommand;
import se.kontaktman.plan.caseplan.api.CasePlanCommands.HandOverPlanningNoteCommand;
import se.kontaktman.plan.caseplan.api.CasePlanCommands.NoteCaseClosedCommand;
import se.kontaktman.plan.caseplan.api.CasePlanCommands.NoteCaseOpenedCommand;
import se.kontaktman.plan.caseplan.api.CasePlanCommands.NoteContactPersonAssignedCommand;
import se.kontaktman.plan.caseplan.api.CasePlanCommands.PlanFacts;
import se.kontaktman.plan.caseplan.api.CasePlanCommands.Place;
import se.kontaktman.plan.caseplan.api.CasePlanCommands.RecordArrivalConversationCommand;
import se.kontaktman.plan.caseplan.api.CasePlanCommands.RecordFollowUpCommand;
import se.kontaktman.plan.caseplan.api.CasePlanCommands.RecordIntroductionVisitCommand;
import se.kontaktman.plan.caseplan.api.CasePlanCommands.RecordPlanCheckCommand;
import se.kontaktman.plan.caseplan.api.CasePlanCommands.RecordPlanMeetingCommand;
import se.kontaktman.plan.caseplan.api.CasePlanCommands.RecordTeamReviewCommand;
import se.kontaktman.plan.caseplan.api.CasePlanEvents.ArrivalConversationHeldEvent;
import se.kontaktman.plan.caseplan.api.CasePlanEvents.CaseOpenedNotedEvent;
import se.kontaktman.plan.caseplan.api.CasePlanEvents.CasePlanClosedEvent;
import se.kontaktman.plan.caseplan.api.CasePlanEvents.ContactPersonAssignmentNotedEvent;
import se.kontaktman.plan.caseplan.api.CasePlanEvents.FollowUpRecordedEvent;
import se.kontaktman.plan.caseplan.api.CasePlanEvents.IntroductionVisitBookedEvent;
import se.kontaktman.plan.caseplan.api.CasePlanEvents.IntroductionVisitHeldEvent;
import se.kontaktman.plan.caseplan.api.CasePlanEvents.NewInterventionsRequestedEvent;
import se.kontaktman.plan.caseplan.api.CasePlanEvents.PlanCheckedEvent;
import se.kontaktman.plan.caseplan.api.CasePlanEvents.PlanMeetingHeldEvent;
import se.kontaktman.plan.caseplan.api.CasePlanEvents.PlanReviewedByTeamEvent;
import se.kontaktman.plan.caseplan.api.CasePlanEvents.PlanVersionEstablishedEvent;
import se.kontaktman.plan.caseplan.api.CasePlanEvents.PlanningNoteAcknowledgedEvent;
import se.kontaktman.plan.caseplan.api.CasePlanEvents.PlanningNoteHandedOverEvent;
import se.kontaktman.plan.organisation.KnownArea;
import se.kontaktman.plan.organisation.KnownStaffGroup;
import se.kontaktman.plan.organisation.KnownStaffMember;
import se.kontaktman.plan.organisation.StaffDirectory;
import se.kontaktman.platform.rules.BackdatingReason;
import se.kontaktman.platform.rules.CommonRule;
import se.kontaktman.platform.rules.NotFoundException;
import se.kontaktman.platform.rules.RuleProfiles;
import se.kontaktman.platform.testing.MutableClock;
import se.kontaktman.rules.CareStep;
import se.kontaktman.rules.CheckWindow;
import se.kontaktman.rules.RuleProfile;

/** The rules of the contact person's mission, each test named after its rule (H1-H6, H9, L1-L3). */
class CasePlanAggregateTest {

    static final String CASE = "5f0c7a52-8d0e-4c55-9f6b-2f1c1e0b9a11";
    static final String GROUP = "solbacken";
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final LocalDate START = LocalDate.of(2026, 10, 1);
    static final LocalDate ASSIGNED = LocalDate.of(2026, 10, 2);
    /** Within the rule profile's week of back-dating. */
    private static final LocalDate VISIT = LocalDate.of(2026, 11, 18);
    private static final LocalDate PLAN = LocalDate.of(2026, 11, 20);
    static final Instant PUBLISHED = Instant.parse("2026-10-02T08:00:00Z");
    private static final String VISIT_ID = "9d1e2c3b-4a5f-4e6d-8c7b-1a2b3c4d5e6f";
    private static final String NOTE_ID = "2b7c9e10-3d4f-4a5b-9c6d-7e8f9a0b1c2d";
    private static final CheckWindow.Dated AUTUMN = new CheckWindow.Dated(LocalDate.of(2026, 10, 1),
            LocalDate.of(2026, 11, 30));

    private FixtureConfiguration<CasePlan> fixture;

    /**
     * anna, bertil, cecilia: care staff of the group; dora: care staff of the group who has left;
     * erik: care staff of another group; per: the group's planner; paula: another group's planner.
     */
    static final class Staff implements StaffDirectory {
        private final Map<String, KnownStaffMember> members = Map.of(
                "anna", member("anna", StaffRole.CARE_STAFF, GROUP, true),
                "bertil", member("bertil", StaffRole.CARE_STAFF, GROUP, true),
                "cecilia", member("cecilia", StaffRole.CARE_STAFF, GROUP, true),
                "dora", member("dora", StaffRole.CARE_STAFF, GROUP, false),
                "erik", member("erik", StaffRole.CARE_STAFF, "ekbacken", true),
                "per", member("per", StaffRole.PLANNER, GROUP, true),
                "paula", member("paula", StaffRole.PLANNER, "ekbacken", true));

        private static KnownStaffMember member(String id, StaffRole role, String group, boolean active) {
            return new KnownStaffMember(id, id, Set.of(role), group, active, PUBLISHED);
        }

        @Override
        public Optional<KnownStaffMember> staffMember(String staffId) {
            return Optional.ofNullable(members.get(staffId));
        }

        @Override
        public Optional<KnownStaffGroup> staffGroup(String staffGroupId) {
            return Optional.empty();
        }

        @Override
        public Optional<KnownArea> area(String areaId) {
            return Optional.empty();
        }
    }

    @BeforeEach
    void setUp() {
        fixture = fixtureWith(RuleProfiles.defaults());
    }

    static FixtureConfiguration<CasePlan> fixtureWith(RuleProfiles profiles) {
        return fixtureWith(profiles, new FundsInstructions(0));
    }

    static FixtureConfiguration<CasePlan> fixtureWith(RuleProfiles profiles, FundsInstructions instructions) {
        FixtureConfiguration<CasePlan> configured = new AggregateTestFixture<>(CasePlan.class);
        configured.registerInjectableResource(new Staff());
        configured.registerInjectableResource(profiles);
        configured.registerInjectableResource(new MutableClock(TODAY));
        configured.registerInjectableResource(instructions);
        return configured;
    }

    // Given-events, named for what they say.

    static CaseOpenedNotedEvent opened(CareProfile profile) {
        return new CaseOpenedNotedEvent(CASE, "fact-opened", GROUP, profile, START);
    }

    static ContactPersonAssignmentNotedEvent assigned(ContactRole role, String staffId, LocalDate from,
                                                              String factId) {
        return new ContactPersonAssignmentNotedEvent(CASE, factId, GROUP, role, staffId, from, PUBLISHED);
    }

    static Object[] withContactPersons(CareProfile profile) {
        return new Object[]{opened(profile), assigned(ContactRole.PRIMARY, "anna", ASSIGNED, "f-1"),
                assigned(ContactRole.SUBSTITUTE, "bertil", ASSIGNED, "f-2")};
    }

    static Object[] homeCareWithContactPersons() {
        return withContactPersons(CareProfile.HOME_CARE);
    }

    private static IntroductionVisitBookedEvent booked(String visitId, LocalDate on, String contactPerson) {
        return new IntroductionVisitBookedEvent(CASE, GROUP, visitId, on, contactPerson, "per");
    }

    private static Object[] introduced() {
        return concat(homeCareWithContactPersons(), booked(VISIT_ID, VISIT, "anna"),
                new IntroductionVisitHeldEvent(CASE, GROUP, VISIT_ID, VISIT, "anna", List.of("anna"), true, null));
    }

    private static Object[] withPlan() {
        return concat(introduced(), version(1, PLAN, "content-1"));
    }

    private static Object[] lssWithPlan() {
        return concat(withContactPersons(CareProfile.LSS), arrivalConversation(), version(1, PLAN, "content-1"));
    }

    private static ArrivalConversationHeldEvent arrivalConversation() {
        return new ArrivalConversationHeldEvent(CASE, GROUP, VISIT, "anna", Set.of(ArrivalTopic.NEEDS),
                "content-arrival");
    }

    private static PlanVersionEstablishedEvent version(int number, LocalDate on, String contentId) {
        return new PlanVersionEstablishedEvent(CASE, GROUP, number, on, "anna", 2, contentId);
    }

    private static PlanFacts plan(LocalDate on, Place place, String contentId) {
        return new PlanFacts(on, place, 2, contentId);
    }

    private static RecordIntroductionVisitCommand held(String actor, LocalDate on) {
        return new RecordIntroductionVisitCommand(CASE, actor, VISIT_ID, on, List.of(), true, null);
    }

    private static RecordFollowUpCommand followUp(String actor, LocalDate on, FollowUpOutcome outcome,
                                                  PlanFacts revision) {
        return new RecordFollowUpCommand(CASE, actor, on, FollowUpKind.SCHEDULED, outcome, "content-follow-up",
                revision);
    }

    static Object[] concat(Object[] first, Object... more) {
        Object[] all = new Object[first.length + more.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }

    // Facts from assignment-service: idempotent and order-independent.

    @Test
    void facts_aCaseBecomesKnownFromItsOpening() {
        fixture.givenNoPriorActivity()
                .when(new NoteCaseOpenedCommand(CASE, "fact-opened", GROUP, CareProfile.HOME_CARE, START))
                .expectEvents(opened(CareProfile.HOME_CARE));
    }

    @Test
    void facts_aFactHeardTwiceIsNotedOnce() {
        fixture.given(opened(CareProfile.HOME_CARE))
                .when(new NoteCaseOpenedCommand(CASE, "fact-opened", GROUP, CareProfile.HOME_CARE, START))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void facts_anAssignmentIsNotedWithWhenItWasPublished() {
        fixture.given(opened(CareProfile.HOME_CARE))
                .when(new NoteContactPersonAssignedCommand(CASE, "f-1", GROUP, ContactRole.PRIMARY, "anna", ASSIGNED,
                        PUBLISHED))
                .expectEvents(assigned(ContactRole.PRIMARY, "anna", ASSIGNED, "f-1"));
    }

    @Test
    void facts_anAssignmentHeardTwiceIsNotedOnce() {
        fixture.given(opened(CareProfile.HOME_CARE), assigned(ContactRole.PRIMARY, "anna", ASSIGNED, "f-1"))
                .when(new NoteContactPersonAssignedCommand(CASE, "f-1", GROUP, ContactRole.PRIMARY, "anna", ASSIGNED,
                        PUBLISHED))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void facts_anAssignmentHeardBeforeTheOpeningIsKept() {
        fixture.given(assigned(ContactRole.PRIMARY, "anna", ASSIGNED, "f-1"), opened(CareProfile.HOME_CARE))
                .when(new BookIntroductionVisitCommand(CASE, "per", VISIT_ID, VISIT, "anna"))
                .expectEvents(booked(VISIT_ID, VISIT, "anna"));
    }

    @Test
    void facts_anOlderAssignmentHeardLateDoesNotReplaceTheNewerOne() {
        fixture.given(opened(CareProfile.HOME_CARE), assigned(ContactRole.PRIMARY, "bertil", VISIT, "f-new"),
                        assigned(ContactRole.PRIMARY, "anna", ASSIGNED, "f-old"))
                .when(new BookIntroductionVisitCommand(CASE, "per", VISIT_ID, VISIT, "anna"))
                .expectException(refusedBy(PlanRule.H2_PRESENTED_BY_A_CURRENT_CONTACT_PERSON));
    }

    @Test
    void facts_aContactPersonNotYetHeardOfInTheOrganisationStillRecords() {
        fixture.given(opened(CareProfile.HOME_CARE), assigned(ContactRole.PRIMARY, "newcomer", ASSIGNED, "f-1"))
                .when(new BookIntroductionVisitCommand(CASE, "newcomer", VISIT_ID, VISIT, "newcomer"))
                .expectEvents(new IntroductionVisitBookedEvent(CASE, GROUP, VISIT_ID, VISIT, "newcomer", "newcomer"));
    }

    // Who may record, and when.

    @Test
    void access_onlyTheCurrentContactPersonsAndThePlannersRecord() {
        fixture.given(homeCareWithContactPersons())
                .when(new BookIntroductionVisitCommand(CASE, "cecilia", VISIT_ID, VISIT, "anna"))
                .expectException(refusedBy(PlanRule.CONTACT_PERSON_OR_PLANNER));
    }

    @Test
    void access_aPlannerOfAnotherStaffGroupDoesNotRecord() {
        fixture.given(homeCareWithContactPersons())
                .when(new BookIntroductionVisitCommand(CASE, "paula", VISIT_ID, VISIT, "anna"))
                .expectException(refusedBy(PlanRule.CONTACT_PERSON_OR_PLANNER));
    }

    @Test
    void access_aClosedCaseRefusesEveryCommand() {
        fixture.given(concat(withPlan(), new CasePlanClosedEvent(CASE, "f-closed", GROUP, TODAY)))
                .when(followUp("anna", TODAY, FollowUpOutcome.STILL_CURRENT, null))
                .expectException(refusedBy(CommonRule.CASE_OPEN))
                .expectNoEvents();
    }

    @Test
    void access_aCaseNotYetOpenedIsNotFound() {
        fixture.given(assigned(ContactRole.PRIMARY, "anna", ASSIGNED, "f-1"))
                .when(new BookIntroductionVisitCommand(CASE, "anna", VISIT_ID, VISIT, "anna"))
                .expectException(NotFoundException.class);
    }

    // H1: a contact person who has left the group's care staff no longer counts.

    @Test
    void h1_aContactPersonMadeInactiveNoLongerRecords() {
        fixture.given(opened(CareProfile.HOME_CARE), assigned(ContactRole.PRIMARY, "dora", ASSIGNED, "f-1"))
                .when(new HandOverPlanningNoteCommand(CASE, "dora", NOTE_ID, TODAY, false, false, "content-note"))
                .expectException(refusedBy(PlanRule.CONTACT_PERSON_OR_PLANNER))
                .expectNoEvents();
    }

    @Test
    void h1_aContactPersonMovedToAnotherGroupNoLongerRecords() {
        fixture.given(opened(CareProfile.HOME_CARE), assigned(ContactRole.SUBSTITUTE, "erik", ASSIGNED, "f-1"))
                .when(new HandOverPlanningNoteCommand(CASE, "erik", NOTE_ID, TODAY, false, false, "content-note"))
                .expectException(refusedBy(PlanRule.CONTACT_PERSON_OR_PLANNER));
    }

    // H2: the introduction visit.

    @Test
    void h2_thePlannerBooksTheIntroductionVisitWithAContactPerson() {
        fixture.given(homeCareWithContactPersons())
                .when(new BookIntroductionVisitCommand(CASE, "per", VISIT_ID, VISIT, "anna"))
                .expectEvents(booked(VISIT_ID, VISIT, "anna"));
    }

    @Test
    void h2_theContactPersonTheVisitWasBookedForPresentsThemselfInTheClientsHome() {
        fixture.given(concat(homeCareWithContactPersons(), booked(VISIT_ID, VISIT, "anna")))
                .when(new RecordIntroductionVisitCommand(CASE, "per", VISIT_ID, VISIT, List.of("bertil"), true, null))
                .expectResultMessagePayload("anna")
                .expectEvents(new IntroductionVisitHeldEvent(CASE, GROUP, VISIT_ID, VISIT, "anna",
                        List.of("anna", "bertil"), true, null));
    }

    @Test
    void h2_theErsattarePresentsThemselfToo() {
        fixture.given(concat(homeCareWithContactPersons(), booked(VISIT_ID, VISIT, "bertil")))
                .when(held("bertil", VISIT))
                .expectEvents(new IntroductionVisitHeldEvent(CASE, GROUP, VISIT_ID, VISIT, "bertil",
                        List.of("bertil"), true, null));
    }

    @Test
    void h2_onlyACurrentContactPersonIsBookedToPresentThemself() {
        fixture.given(homeCareWithContactPersons())
                .when(new BookIntroductionVisitCommand(CASE, "per", VISIT_ID, VISIT, "cecilia"))
                .expectException(refusedBy(PlanRule.H2_PRESENTED_BY_A_CURRENT_CONTACT_PERSON));
    }

    @Test
    void h2_aVisitBookedForAContactPersonSinceReplacedIsNotHeldByThem() {
        fixture.given(concat(homeCareWithContactPersons(), booked(VISIT_ID, VISIT, "anna"),
                        assigned(ContactRole.PRIMARY, "cecilia", VISIT, "f-3")))
                .when(held("per", VISIT))
                .expectException(refusedBy(PlanRule.H2_PRESENTED_BY_A_CURRENT_CONTACT_PERSON))
                .expectNoEvents();
    }

    @Test
    void h2_aVisitIsNotHeldBeforeThePresenterWasAssigned() {
        fixture.given(concat(homeCareWithContactPersons(), booked(VISIT_ID, VISIT, "anna")))
                .when(held("anna", START))
                .expectException(refusedBy(CommonRule.DATE_IN_ORDER));
    }

    @Test
    void h2_aVisitIsNotRecordedAsHeldBeforeItHappens() {
        fixture.given(concat(homeCareWithContactPersons(), booked(VISIT_ID, TODAY.plusDays(2), "anna")))
                .when(held("anna", TODAY.plusDays(2)))
                .expectException(refusedBy(CommonRule.DATE_NOT_IN_FUTURE));
    }

    /** H3's three weeks count from the visit: one dated further back would be overdue on arrival. */
    @Test
    void h2_aVisitHeldMoreThanTheProfilesLimitAgoNeedsAReason() {
        fixture.given(concat(homeCareWithContactPersons(), booked(VISIT_ID, ASSIGNED, "anna")))
                .when(held("anna", TODAY.minusDays(8)))
                .expectException(refusedBy(CommonRule.BACKDATING_LIMIT))
                .expectNoEvents();
    }

    @Test
    void h2_aVisitHeldLongAgoIsRecordedWithItsReason() {
        LocalDate longAgo = LocalDate.of(2026, 10, 10);
        fixture.given(concat(homeCareWithContactPersons(), booked(VISIT_ID, longAgo, "anna")))
                .when(new RecordIntroductionVisitCommand(CASE, "anna", VISIT_ID, longAgo, List.of(), true,
                        BackdatingReason.LATE_REGISTRATION))
                .expectEvents(new IntroductionVisitHeldEvent(CASE, GROUP, VISIT_ID, longAgo, "anna", List.of("anna"),
                        true, BackdatingReason.LATE_REGISTRATION));
    }

    @Test
    void h2_aVisitIsRecordedAsHeldOnce() {
        fixture.given(introduced())
                .when(held("anna", VISIT))
                .expectException(refusedBy(PlanRule.RECORDED_ONCE));
    }

    @Test
    void h2_aNewOrdinarieIsBookedToPresentThemselfAgain() {
        LocalDate replaced = VISIT.plusDays(1);
        fixture.given(concat(introduced(), assigned(ContactRole.PRIMARY, "cecilia", replaced, "f-3")))
                .when(new BookIntroductionVisitCommand(CASE, "per", "visit-2", replaced.plusDays(2), "cecilia"))
                .expectEvents(booked("visit-2", replaced.plusDays(2), "cecilia"));
    }

    // H3: the genomförandeplan.

    @Test
    void h3_thePlanIsWrittenWithTheClientAfterTheIntroductionVisit() {
        fixture.given(introduced())
                .when(new EstablishPlanCommand(CASE, "anna", plan(PLAN, Place.CLIENT_HOME, "content-1")))
                .expectResultMessagePayload(1)
                .expectEvents(version(1, PLAN, "content-1"));
    }

    @Test
    void h3_noPlanBeforeAnyIntroductionVisit() {
        fixture.given(homeCareWithContactPersons())
                .when(new EstablishPlanCommand(CASE, "anna", plan(PLAN, Place.CLIENT_HOME, "content-1")))
                .expectException(refusedBy(PlanRule.H3_PLAN_AFTER_INTRODUCTION_VISIT));
    }

    @Test
    void h3_aPlanDatedBeforeItsIntroductionVisitIsOutOfOrder() {
        fixture.given(introduced())
                .when(new EstablishPlanCommand(CASE, "anna", plan(VISIT.minusDays(1), Place.CLIENT_HOME, "content-1")))
                .expectException(refusedBy(CommonRule.DATE_IN_ORDER))
                .expectNoEvents();
    }

    @Test
    void h3_aHomeCarePlanIsWrittenInTheClientsHome() {
        fixture.given(introduced())
                .when(new EstablishPlanCommand(CASE, "anna", plan(PLAN, Place.ELSEWHERE, "content-1")))
                .expectException(refusedBy(PlanRule.H3_PLAN_IN_CLIENT_HOME));
    }

    @Test
    void h3_aRevisionNeedNotBeWrittenInTheClientsHome() {
        fixture.given(withPlan())
                .when(new EstablishPlanCommand(CASE, "bertil", plan(TODAY, Place.ELSEWHERE, "content-2")))
                .expectResultMessagePayload(2)
                .expectEvents(new PlanVersionEstablishedEvent(CASE, GROUP, 2, TODAY, "bertil", 2, "content-2"));
    }

    @Test
    void h3_aRevisionAtAFollowUpNeedNotBeInTheClientsHome() {
        fixture.given(withPlan())
                .when(followUp("anna", TODAY, FollowUpOutcome.REVISED, plan(TODAY, Place.ELSEWHERE, "content-2")))
                .expectResultMessagePayload(2);
    }

    /** The home rule is the care profile's own setting, not a consequence of it having introduction visits. */
    @Test
    void h3_anLssCaseWithIntroductionVisitsWritesItsPlanWhereItSuits() {
        RuleProfile lssWithVisits = RuleProfile.defaults(CareProfile.LSS).withSteps(EnumSet.of(
                CareStep.INTRODUCTION_VISIT, CareStep.IMPLEMENTATION_PLAN, CareStep.FOLLOW_UP));
        fixtureWith(new RuleProfiles(Map.of(CareProfile.LSS, lssWithVisits)))
                .given(concat(withContactPersons(CareProfile.LSS), booked(VISIT_ID, VISIT, "anna"),
                        new IntroductionVisitHeldEvent(CASE, GROUP, VISIT_ID, VISIT, "anna", List.of("anna"), true,
                                null)))
                .when(new EstablishPlanCommand(CASE, "anna", plan(PLAN, Place.ELSEWHERE, "content-1")))
                .expectResultMessagePayload(1);
    }

    @Test
    void h3_aHomeCareCaseWithoutIntroductionVisitsStillWritesItsPlanInTheClientsHome() {
        RuleProfile homeCareWithoutVisits = RuleProfile.defaults(CareProfile.HOME_CARE).withSteps(EnumSet.of(
                CareStep.IMPLEMENTATION_PLAN, CareStep.FOLLOW_UP));
        fixtureWith(new RuleProfiles(Map.of(CareProfile.HOME_CARE, homeCareWithoutVisits)))
                .given(homeCareWithContactPersons())
                .when(new EstablishPlanCommand(CASE, "anna", plan(PLAN, Place.ELSEWHERE, "content-1")))
                .expectException(refusedBy(PlanRule.H3_PLAN_IN_CLIENT_HOME));
    }

    @Test
    void h3_aRevisionIsNotDatedBeforeTheVersionItReplaces() {
        fixture.given(withPlan())
                .when(new EstablishPlanCommand(CASE, "anna", plan(PLAN.minusDays(1), Place.CLIENT_HOME, "content-2")))
                .expectException(refusedBy(CommonRule.DATE_IN_ORDER));
    }

    @Test
    void h3_aPlanIsNotDatedAfterToday() {
        fixture.given(introduced())
                .when(new EstablishPlanCommand(CASE, "anna", plan(TODAY.plusDays(1), Place.CLIENT_HOME, "content-1")))
                .expectException(refusedBy(CommonRule.DATE_NOT_IN_FUTURE));
    }

    // H4: follow-ups.

    /** Who took part and how the client did are in the follow-up's text, named by its content id. */
    @Test
    void h4_theScheduledFollowUpIsMadeWithTheClientDatedAndSignedAndFindsThePlanCurrent() {
        fixture.given(withPlan())
                .when(followUp("anna", TODAY, FollowUpOutcome.STILL_CURRENT, null))
                .expectResultMessagePayload(1)
                .expectEvents(new FollowUpRecordedEvent(CASE, GROUP, TODAY, "anna", FollowUpKind.SCHEDULED,
                        FollowUpOutcome.STILL_CURRENT, 1, "content-follow-up"));
    }

    @Test
    void h4_aFollowUpDueToExtensiveChangeRevisesThePlanInAnyMonth() {
        fixture.given(withPlan())
                .when(new RecordFollowUpCommand(CASE, "bertil", TODAY, FollowUpKind.EXTENSIVE_CHANGE,
                        FollowUpOutcome.REVISED, "content-follow-up", plan(TODAY, Place.CLIENT_HOME, "content-2")))
                .expectResultMessagePayload(2)
                .expectEvents(new PlanVersionEstablishedEvent(CASE, GROUP, 2, TODAY, "bertil", 2, "content-2"),
                        new FollowUpRecordedEvent(CASE, GROUP, TODAY, "bertil", FollowUpKind.EXTENSIVE_CHANGE,
                                FollowUpOutcome.REVISED, 2, "content-follow-up"));
    }

    @Test
    void h4_thereIsNoFollowUpWithoutAPlan() {
        fixture.given(introduced())
                .when(followUp("anna", PLAN, FollowUpOutcome.STILL_CURRENT, null))
                .expectException(refusedBy(PlanRule.H4_FOLLOW_UP_AFTER_PLAN));
    }

    @Test
    void h4_aFollowUpDatedBeforeThePlanIsOutOfOrder() {
        fixture.given(withPlan())
                .when(followUp("anna", PLAN.minusDays(1), FollowUpOutcome.STILL_CURRENT, null))
                .expectException(refusedBy(CommonRule.DATE_IN_ORDER));
    }

    @Test
    void h4_aRevisedOutcomeComesWithTheNewVersion() {
        fixture.given(withPlan())
                .when(followUp("anna", TODAY, FollowUpOutcome.REVISED, null))
                .expectException(refusedBy(PlanRule.REVISION_MATCHES_OUTCOME))
                .expectNoEvents();
    }

    @Test
    void h4_aFollowUpIsNotDatedAfterToday() {
        fixture.given(withPlan())
                .when(followUp("anna", TODAY.plusDays(1), FollowUpOutcome.STILL_CURRENT, null))
                .expectException(refusedBy(CommonRule.DATE_NOT_IN_FUTURE));
    }

    // H5: the April/May and October/November check.

    @Test
    void h5_inACheckWindowThePlanIsCheckedAndAFollowUpBooked() {
        fixture.given(withPlan())
                .when(new RecordPlanCheckCommand(CASE, "anna", TODAY, true, TODAY.plusDays(14)))
                .expectResultMessagePayload(AUTUMN)
                .expectEvents(new PlanCheckedEvent(CASE, GROUP, TODAY, "anna", AUTUMN.start(), AUTUMN.end(), 1, true,
                        TODAY.plusDays(14)));
    }

    @Test
    void h5_aCheckOutsideTheCheckWindowsIsRefused() {
        LocalDate june = LocalDate.of(2026, 6, 15);
        fixture.given(concat(introduced(), version(1, june.minusDays(14), "content-1")))
                .when(new RecordPlanCheckCommand(CASE, "anna", june, true, june.plusDays(7)))
                .expectException(refusedBy(PlanRule.H5_CHECK_IN_A_CHECK_WINDOW));
    }

    @Test
    void h5_thePlanIsCheckedOncePerWindow() {
        fixture.given(concat(withPlan(), new PlanCheckedEvent(CASE, GROUP, PLAN, "anna", AUTUMN.start(),
                        AUTUMN.end(), 1, true, TODAY)))
                .when(new RecordPlanCheckCommand(CASE, "bertil", TODAY, true, TODAY.plusDays(7)))
                .expectException(refusedBy(PlanRule.H5_ONE_CHECK_PER_WINDOW));
    }

    @Test
    void h5_aCheckIsOfAPlan() {
        fixture.given(introduced())
                .when(new RecordPlanCheckCommand(CASE, "anna", TODAY, true, TODAY.plusDays(7)))
                .expectException(refusedBy(PlanRule.H5_CHECK_OF_A_PLAN));
    }

    @Test
    void h5_theBookedFollowUpIsNotBeforeTheCheck() {
        fixture.given(withPlan())
                .when(new RecordPlanCheckCommand(CASE, "anna", TODAY, false, TODAY.minusDays(1)))
                .expectException(refusedBy(CommonRule.DATE_IN_ORDER));
    }

    @Test
    void h5_lssHasNoSeasonalCheck() {
        fixture.given(lssWithPlan())
                .when(new RecordPlanCheckCommand(CASE, "anna", TODAY, true, TODAY.plusDays(7)))
                .expectException(refusedBy(PlanRule.STEP_IN_CARE_PROFILE));
    }

    // H6: "Viktigt att tänka på vid planering".

    @Test
    void h6_aPlanningNoteGoesToThePlannerAndANeedForNewInterventionsToTheNeedsAssessor() {
        fixture.given(withPlan())
                .when(new HandOverPlanningNoteCommand(CASE, "anna", NOTE_ID, PLAN, true, true, "content-note"))
                .expectEvents(new PlanningNoteHandedOverEvent(CASE, GROUP, NOTE_ID, PLAN, "anna", true, "content-note"),
                        new NewInterventionsRequestedEvent(CASE, GROUP, NOTE_ID, PLAN, "anna"));
    }

    @Test
    void h6_thePlannerAcknowledgesTheNoteWithNotes() {
        fixture.given(concat(withPlan(),
                        new PlanningNoteHandedOverEvent(CASE, GROUP, NOTE_ID, PLAN, "anna", true, "content-note")))
                .when(new AcknowledgePlanningNoteCommand(CASE, "per", NOTE_ID, PLAN.plusDays(1), "content-ack"))
                .expectEvents(new PlanningNoteAcknowledgedEvent(CASE, GROUP, NOTE_ID, PLAN.plusDays(1), "per",
                        "content-ack"));
    }

    @Test
    void h6_onlyAPlannerAcknowledgesANote() {
        fixture.given(concat(withPlan(),
                        new PlanningNoteHandedOverEvent(CASE, GROUP, NOTE_ID, PLAN, "anna", true, "content-note")))
                .when(new AcknowledgePlanningNoteCommand(CASE, "bertil", NOTE_ID, PLAN.plusDays(1), "content-ack"))
                .expectException(refusedBy(PlanRule.H6_PLANNER_ACKNOWLEDGES));
    }

    @Test
    void h6_aNoteIsAcknowledgedOnce() {
        fixture.given(concat(withPlan(),
                        new PlanningNoteHandedOverEvent(CASE, GROUP, NOTE_ID, PLAN, "anna", true, "content-note"),
                        new PlanningNoteAcknowledgedEvent(CASE, GROUP, NOTE_ID, PLAN, "per", "content-ack")))
                .when(new AcknowledgePlanningNoteCommand(CASE, "per", NOTE_ID, PLAN.plusDays(1), "content-ack-2"))
                .expectException(refusedBy(PlanRule.RECORDED_ONCE));
    }

    // H9: closure.

    /** The plan closes; the follow-up sheet goes with the event (its projection), the plan stays. */
    @Test
    void h9_whenTheCaseClosesThePlanClosesOnce() {
        fixture.given(withPlan())
                .when(new NoteCaseClosedCommand(CASE, "f-closed", GROUP, TODAY))
                .expectEvents(new CasePlanClosedEvent(CASE, "f-closed", GROUP, TODAY));
    }

    @Test
    void h9_aClosureHeardAgainChangesNothing() {
        fixture.given(concat(homeCareWithContactPersons(), new CasePlanClosedEvent(CASE, "f-closed", GROUP, PLAN)))
                .when(new NoteCaseClosedCommand(CASE, "f-closed-again", GROUP, PLAN))
                .expectNoEvents();
    }

    // L1-L3: LSS.

    @Test
    void l1_theArrivalConversationIsHeldAtTheStartOfAnLssCase() {
        Set<ArrivalTopic> topics = Set.of(ArrivalTopic.NEEDS, ArrivalTopic.LIFE_STORY);
        fixture.given(withContactPersons(CareProfile.LSS))
                .when(new RecordArrivalConversationCommand(CASE, "anna", VISIT, topics, "content-arrival"))
                .expectEvents(new ArrivalConversationHeldEvent(CASE, GROUP, VISIT, "anna", topics, "content-arrival"));
    }

    @Test
    void l1_theArrivalConversationIsHeldOnce() {
        fixture.given(concat(withContactPersons(CareProfile.LSS), arrivalConversation()))
                .when(new RecordArrivalConversationCommand(CASE, "anna", PLAN, Set.of(ArrivalTopic.NEEDS), "c-2"))
                .expectException(refusedBy(PlanRule.L1_ARRIVAL_CONVERSATION_ONCE));
    }

    @Test
    void l1_anLssPlanIsWorkedOutAfterTheArrivalConversation() {
        fixture.given(withContactPersons(CareProfile.LSS))
                .when(new EstablishPlanCommand(CASE, "anna", plan(PLAN, Place.ELSEWHERE, "content-1")))
                .expectException(refusedBy(PlanRule.L1_PLAN_AFTER_ARRIVAL_CONVERSATION));
    }

    @Test
    void l1_homeCareHasNoArrivalConversation() {
        fixture.given(homeCareWithContactPersons())
                .when(new RecordArrivalConversationCommand(CASE, "anna", VISIT, Set.of(ArrivalTopic.NEEDS), "c"))
                .expectException(refusedBy(PlanRule.STEP_IN_CARE_PROFILE));
    }

    @Test
    void l2_thePlanIsReviewedInTheWorkTeam() {
        fixture.given(lssWithPlan())
                .when(new RecordTeamReviewCommand(CASE, "anna", 1, PLAN.plusDays(2)))
                .expectEvents(new PlanReviewedByTeamEvent(CASE, GROUP, 1, PLAN.plusDays(2), "anna"));
    }

    @Test
    void l2_onlyAnEstablishedVersionIsReviewed() {
        fixture.given(lssWithPlan())
                .when(new RecordTeamReviewCommand(CASE, "anna", 2, PLAN.plusDays(2)))
                .expectException(refusedBy(PlanRule.L2_REVIEW_OF_AN_ESTABLISHED_VERSION));
    }

    @Test
    void l3_aPlanMeetingFollowsUpThePlan() {
        fixture.given(lssWithPlan())
                .when(new RecordPlanMeetingCommand(CASE, "anna", TODAY, FollowUpOutcome.STILL_CURRENT, null,
                        "content-meeting"))
                .expectEvents(new PlanMeetingHeldEvent(CASE, GROUP, TODAY, "anna", FollowUpOutcome.STILL_CURRENT, 1,
                        "content-meeting"));
    }

    @Test
    void l3_thereIsNoPlanMeetingBeforeThereIsAPlan() {
        fixture.given(concat(withContactPersons(CareProfile.LSS), arrivalConversation()))
                .when(new RecordPlanMeetingCommand(CASE, "anna", PLAN, FollowUpOutcome.STILL_CURRENT, null, "c"))
                .expectException(refusedBy(PlanRule.L3_PLAN_MEETING_AFTER_PLAN));
    }

    @Test
    void l3_homeCareHasNoPlanMeetings() {
        fixture.given(withPlan())
                .when(new RecordPlanMeetingCommand(CASE, "anna", TODAY, FollowUpOutcome.STILL_CURRENT, null, "c"))
                .expectException(refusedBy(PlanRule.STEP_IN_CARE_PROFILE));
    }
}
