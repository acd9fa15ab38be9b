package se.kontaktman.plan.caseplan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.kontaktman.events.CareProfile;
import se.kontaktman.events.ContactRole;
import se.kontaktman.events.StaffRole;
import se.kontaktman.events.plan.ArrivalTopic;
import se.kontaktman.events.plan.FollowUpKind;
import se.kontaktman.events.plan.FollowUpOutcome;
import se.kontaktman.plan.caseplan.api.CaseFactCommands.NoteCaseClosed;
import se.kontaktman.plan.caseplan.api.CaseFactCommands.NoteCaseOpened;
import se.kontaktman.plan.caseplan.api.CaseFactCommands.NoteContactPerson;
import se.kontaktman.plan.caseplan.api.CasePlanCommands.AcknowledgePlanningNote;
import se.kontaktman.plan.caseplan.api.CasePlanCommands.BookIntroductionVisit;
import se.kontaktman.plan.caseplan.api.CasePlanCommands.EstablishPlan;
import se.kontaktman.plan.caseplan.api.CasePlanCommands.HandOverPlanningNote;
import se.kontaktman.plan.caseplan.api.CasePlanCommands.PlanFacts;
import se.kontaktman.plan.caseplan.api.CasePlanCommands.Place;
import se.kontaktman.plan.caseplan.api.CasePlanCommands.RecordArrivalConversation;
import se.kontaktman.plan.caseplan.api.CasePlanCommands.RecordFollowUp;
import se.kontaktman.plan.caseplan.api.CasePlanCommands.RecordIntroductionVisit;
import se.kontaktman.plan.caseplan.api.CasePlanCommands.RecordPlanMeeting;
import se.kontaktman.plan.caseplan.api.CasePlanCommands.RecordTeamReview;
import se.kontaktman.plan.caseplan.api.CasePlanEvents.ArrivalConversationHeldEvent;
import se.kontaktman.plan.caseplan.api.CasePlanEvents.CaseOpenedNoted;
import se.kontaktman.plan.caseplan.api.CasePlanEvents.CasePlanClosed;
import se.kontaktman.plan.caseplan.api.CasePlanEvents.ContactPersonNoted;
import se.kontaktman.plan.caseplan.api.CasePlanEvents.FollowUpRecordedEvent;
import se.kontaktman.plan.caseplan.api.CasePlanEvents.IntroductionVisitBookedEvent;
import se.kontaktman.plan.caseplan.api.CasePlanEvents.IntroductionVisitHeldEvent;
import se.kontaktman.plan.caseplan.api.CasePlanEvents.NewInterventionsRequestedEvent;
import se.kontaktman.plan.caseplan.api.CasePlanEvents.PlanMeetingHeldEvent;
import se.kontaktman.plan.caseplan.api.CasePlanEvents.PlanReviewedByTeamEvent;
import se.kontaktman.plan.caseplan.api.CasePlanEvents.PlanVersionEstablishedEvent;
import se.kontaktman.plan.caseplan.api.CasePlanEvents.PlanningNoteAcknowledgedEvent;
import se.kontaktman.plan.caseplan.api.CasePlanEvents.PlanningNoteHandedOverEvent;
import se.kontaktman.plan.organisation.KnownStaffGroup;
import se.kontaktman.plan.organisation.KnownStaffMember;
import se.kontaktman.plan.organisation.StaffDirectory;
import se.kontaktman.plan.rules.RuleProfiles;
import se.kontaktman.platform.InvalidInputException;
import se.kontaktman.platform.RefusedException;
import se.kontaktman.platform.testing.MutableClock;

/** The rules of the contact person's mission, each test named after its rule (H2, H3, H4, H6, L1-L3). */
class CasePlanAggregateTest {

    private static final String CASE = "5f0c7a52-8d0e-4c55-9f6b-2f1c1e0b9a11";
    private static final String GROUP = "solbacken";
    private static final LocalDate START = LocalDate.of(2026, 3, 2);
    private static final LocalDate APPOINTED = LocalDate.of(2026, 3, 3);
    private static final LocalDate VISIT = LocalDate.of(2026, 3, 9);
    private static final LocalDate PLAN = LocalDate.of(2026, 3, 25);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Instant PUBLISHED = Instant.parse("2026-03-03T08:00:00Z");
    private static final String VISIT_ID = "9d1e2c3b-4a5f-4e6d-8c7b-1a2b3c4d5e6f";
    private static final String NOTE_ID = "2b7c9e10-3d4f-4a5b-9c6d-7e8f9a0b1c2d";

    private FixtureConfiguration<CasePlan> fixture;

    /** anna, bertil, cecilia: care staff of the group; per: its planner; paula: another group's planner. */
    private static final class Staff implements StaffDirectory {
        private final Map<String, KnownStaffMember> members = Map.of(
                "anna", member("anna", StaffRole.CARE_STAFF, GROUP),
                "bertil", member("bertil", StaffRole.CARE_STAFF, GROUP),
                "cecilia", member("cecilia", StaffRole.CARE_STAFF, GROUP),
                "per", member("per", StaffRole.PLANNER, GROUP),
                "paula", member("paula", StaffRole.PLANNER, "ekbacken"));

        private static KnownStaffMember member(String id, StaffRole role, String group) {
            return new KnownStaffMember(id, id, Set.of(role), group, true, PUBLISHED);
        }

        @Override
        public Optional<KnownStaffMember> staffMember(String staffId) {
            return Optional.ofNullable(members.get(staffId));
        }

        @Override
        public Optional<KnownStaffGroup> staffGroup(String staffGroupId) {
            return Optional.empty();
        }
    }

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CasePlan.class);
        fixture.registerInjectableResource(new Staff());
        fixture.registerInjectableResource(RuleProfiles.defaults());
        fixture.registerInjectableResource(new MutableClock(TODAY));
    }

    // Given-events, named for what they say.

    private static CaseOpenedNoted opened(CareProfile profile) {
        return new CaseOpenedNoted(CASE, "fact-opened", GROUP, profile, START);
    }

    private static ContactPersonNoted appointed(ContactRole role, String staffId, LocalDate from, String factId) {
        return new ContactPersonNoted(CASE, factId, GROUP, role, staffId, from, PUBLISHED);
    }

    private static Object[] homeCareWithContactPersons() {
        return new Object[]{opened(CareProfile.HOME_CARE), appointed(ContactRole.PRIMARY, "anna", APPOINTED, "f-1"),
                appointed(ContactRole.SUBSTITUTE, "bertil", APPOINTED, "f-2")};
    }

    private static Object[] lssWithContactPersons() {
        return new Object[]{opened(CareProfile.LSS), appointed(ContactRole.PRIMARY, "anna", APPOINTED, "f-1"),
                appointed(ContactRole.SUBSTITUTE, "bertil", APPOINTED, "f-2")};
    }

    private static Object[] introduced() {
        return concat(homeCareWithContactPersons(),
                new IntroductionVisitBookedEvent(CASE, GROUP, VISIT_ID, VISIT, "anna", "per"),
                new IntroductionVisitHeldEvent(CASE, GROUP, VISIT_ID, VISIT, "anna", List.of("anna"), true));
    }

    private static Object[] withPlan() {
        return concat(introduced(), version(1, PLAN, "content-1"));
    }

    private static PlanVersionEstablishedEvent version(int number, LocalDate on, String contentId) {
        return new PlanVersionEstablishedEvent(CASE, GROUP, number, on, "anna", 2, contentId);
    }

    private static PlanFacts plan(LocalDate on, Place place, String contentId) {
        return new PlanFacts(on, place, 2, contentId);
    }

    private static Object[] concat(Object[] first, Object... more) {
        Object[] all = new Object[first.length + more.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }

    /** The command was refused by the named rule, whatever the kind of refusal. */
    private static Matcher<Throwable> refusedBy(String rule) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Throwable refusal) {
                return refusal instanceof RefusedException r && r.error().rule().equals(rule)
                        || refusal instanceof InvalidInputException i
                        && i.errors().stream().anyMatch(e -> e.rule().equals(rule));
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("refused by rule ").appendValue(rule);
            }
        };
    }

    // Facts from assignment-service: idempotent and order-independent.

    @Test
    void facts_aCaseBecomesKnownFromItsOpening() {
        fixture.givenNoPriorActivity()
                .when(new NoteCaseOpened(CASE, "fact-opened", GROUP, CareProfile.HOME_CARE, START))
                .expectEvents(opened(CareProfile.HOME_CARE));
    }

    @Test
    void facts_aFactHeardTwiceIsNotedOnce() {
        fixture.given(opened(CareProfile.HOME_CARE))
                .when(new NoteCaseOpened(CASE, "fact-opened", GROUP, CareProfile.HOME_CARE, START))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void facts_anAppointmentIsNotedWithWhenItWasPublished() {
        fixture.given(opened(CareProfile.HOME_CARE))
                .when(new NoteContactPerson(CASE, "f-1", GROUP, ContactRole.PRIMARY, "anna", APPOINTED, PUBLISHED))
                .expectEvents(appointed(ContactRole.PRIMARY, "anna", APPOINTED, "f-1"));
    }

    @Test
    void facts_anAppointmentHeardTwiceIsNotedOnce() {
        fixture.given(opened(CareProfile.HOME_CARE), appointed(ContactRole.PRIMARY, "anna", APPOINTED, "f-1"))
                .when(new NoteContactPerson(CASE, "f-1", GROUP, ContactRole.PRIMARY, "anna", APPOINTED, PUBLISHED))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void facts_anAppointmentHeardBeforeTheOpeningIsKept() {
        fixture.given(appointed(ContactRole.PRIMARY, "anna", APPOINTED, "f-1"), opened(CareProfile.HOME_CARE))
                .when(new BookIntroductionVisit(CASE, "per", VISIT_ID, VISIT, "anna"))
                .expectEvents(new IntroductionVisitBookedEvent(CASE, GROUP, VISIT_ID, VISIT, "anna", "per"));
    }

    @Test
    void facts_anOlderAppointmentHeardLateDoesNotReplaceTheNewerOne() {
        fixture.given(opened(CareProfile.HOME_CARE), appointed(ContactRole.PRIMARY, "bertil", VISIT, "f-new"),
                        appointed(ContactRole.PRIMARY, "anna", APPOINTED, "f-old"))
                .when(new BookIntroductionVisit(CASE, "per", VISIT_ID, VISIT, "anna"))
                .expectException(refusedBy(PlanRules.H2_PRESENTED_BY_CONTACT_PERSON));
    }

    @Test
    void facts_aCaseClosesOnce() {
        fixture.given(concat(homeCareWithContactPersons(), new CasePlanClosed(CASE, "f-closed", GROUP, PLAN)))
                .when(new NoteCaseClosed(CASE, "f-closed-again", GROUP, PLAN))
                .expectNoEvents();
    }

    // Who may record, and when.

    @Test
    void access_onlyTheCurrentContactPersonsAndThePlannersRecord() {
        fixture.given(homeCareWithContactPersons())
                .when(new BookIntroductionVisit(CASE, "cecilia", VISIT_ID, VISIT, "anna"))
                .expectException(refusedBy(RecordingRights.CONTACT_PERSON_OR_PLANNER));
    }

    @Test
    void access_aPlannerOfAnotherStaffGroupDoesNotRecord() {
        fixture.given(homeCareWithContactPersons())
                .when(new BookIntroductionVisit(CASE, "paula", VISIT_ID, VISIT, "anna"))
                .expectException(refusedBy(RecordingRights.CONTACT_PERSON_OR_PLANNER));
    }

    @Test
    void access_aClosedCaseRefusesEveryCommand() {
        fixture.given(concat(withPlan(), new CasePlanClosed(CASE, "f-closed", GROUP, TODAY)))
                .when(new RecordFollowUp(CASE, "anna", TODAY, FollowUpKind.SCHEDULED, FollowUpOutcome.STILL_CURRENT,
                        null))
                .expectException(refusedBy(CasePlan.CASE_OPEN))
                .expectNoEvents();
    }

    @Test
    void access_aCaseNotYetOpenedIsNotFound() {
        fixture.given(appointed(ContactRole.PRIMARY, "anna", APPOINTED, "f-1"))
                .when(new BookIntroductionVisit(CASE, "anna", VISIT_ID, VISIT, "anna"))
                .expectException(se.kontaktman.platform.NotFoundException.class);
    }

    // H2: the introduction visit.

    @Test
    void h2_thePlannerBooksTheIntroductionVisitWithAContactPerson() {
        fixture.given(homeCareWithContactPersons())
                .when(new BookIntroductionVisit(CASE, "per", VISIT_ID, VISIT, "anna"))
                .expectEvents(new IntroductionVisitBookedEvent(CASE, GROUP, VISIT_ID, VISIT, "anna", "per"));
    }

    @Test
    void h2_theContactPersonPresentsThemselfInTheClientsHome() {
        fixture.given(concat(homeCareWithContactPersons(),
                        new IntroductionVisitBookedEvent(CASE, GROUP, VISIT_ID, VISIT, "anna", "per")))
                .when(new RecordIntroductionVisit(CASE, "anna", VISIT_ID, VISIT, "anna", List.of("bertil"), true))
                .expectEvents(new IntroductionVisitHeldEvent(CASE, GROUP, VISIT_ID, VISIT, "anna",
                        List.of("anna", "bertil"), true));
    }

    @Test
    void h2_onlyAContactPersonPresentsThemselfAsContactPerson() {
        fixture.given(concat(homeCareWithContactPersons(),
                        new IntroductionVisitBookedEvent(CASE, GROUP, VISIT_ID, VISIT, "anna", "per")))
                .when(new RecordIntroductionVisit(CASE, "anna", VISIT_ID, VISIT, "cecilia", List.of(), true))
                .expectException(refusedBy(PlanRules.H2_PRESENTED_BY_CONTACT_PERSON));
    }

    @Test
    void h2_aVisitIsNotHeldBeforeThePresenterWasAppointed() {
        fixture.given(concat(homeCareWithContactPersons(),
                        new IntroductionVisitBookedEvent(CASE, GROUP, VISIT_ID, VISIT, "anna", "per")))
                .when(new RecordIntroductionVisit(CASE, "anna", VISIT_ID, START, "anna", List.of(), true))
                .expectException(refusedBy(se.kontaktman.platform.DateRules.IN_ORDER));
    }

    @Test
    void h2_aVisitIsNotRecordedAsHeldBeforeItHappens() {
        fixture.given(concat(homeCareWithContactPersons(),
                        new IntroductionVisitBookedEvent(CASE, GROUP, VISIT_ID, TODAY.plusDays(2), "anna", "per")))
                .when(new RecordIntroductionVisit(CASE, "anna", VISIT_ID, TODAY.plusDays(2), "anna", List.of(), true))
                .expectException(refusedBy(se.kontaktman.platform.DateRules.NOT_IN_FUTURE));
    }

    @Test
    void h2_aVisitIsRecordedAsHeldOnce() {
        fixture.given(introduced())
                .when(new RecordIntroductionVisit(CASE, "anna", VISIT_ID, VISIT, "anna", List.of(), true))
                .expectException(refusedBy(CasePlan.RECORDED_ONCE));
    }

    @Test
    void h2_aNewOrdinarieIsBookedToPresentThemselfAgain() {
        LocalDate replaced = LocalDate.of(2026, 10, 1);
        fixture.given(concat(introduced(), appointed(ContactRole.PRIMARY, "cecilia", replaced, "f-3")))
                .when(new BookIntroductionVisit(CASE, "per", "visit-2", replaced.plusDays(2), "cecilia"))
                .expectEvents(new IntroductionVisitBookedEvent(CASE, GROUP, "visit-2", replaced.plusDays(2), "cecilia",
                        "per"));
    }

    // H3: the genomförandeplan.

    @Test
    void h3_thePlanIsWrittenWithTheClientAfterTheIntroductionVisit() {
        fixture.given(introduced())
                .when(new EstablishPlan(CASE, "anna", plan(PLAN, Place.CLIENT_HOME, "content-1")))
                .expectResultMessagePayload(1)
                .expectEvents(version(1, PLAN, "content-1"));
    }

    @Test
    void h3_noPlanBeforeAnyIntroductionVisit() {
        fixture.given(homeCareWithContactPersons())
                .when(new EstablishPlan(CASE, "anna", plan(PLAN, Place.CLIENT_HOME, "content-1")))
                .expectException(refusedBy(PlanRules.H3_AFTER_INTRODUCTION));
    }

    @Test
    void h3_aPlanDatedBeforeItsIntroductionVisitIsRefused() {
        fixture.given(introduced())
                .when(new EstablishPlan(CASE, "anna", plan(VISIT.minusDays(1), Place.CLIENT_HOME, "content-1")))
                .expectException(refusedBy(PlanRules.H3_AFTER_INTRODUCTION))
                .expectNoEvents();
    }

    @Test
    void h3_aHomeCarePlanIsWrittenInTheClientsHome() {
        fixture.given(introduced())
                .when(new EstablishPlan(CASE, "anna", plan(PLAN, Place.ELSEWHERE, "content-1")))
                .expectException(refusedBy(PlanRules.H3_IN_CLIENT_HOME));
    }

    @Test
    void h3_aRevisionMakesANewVersionAndKeepsTheOld() {
        LocalDate revised = LocalDate.of(2026, 6, 1);
        fixture.given(withPlan())
                .when(new EstablishPlan(CASE, "bertil", plan(revised, Place.CLIENT_HOME, "content-2")))
                .expectResultMessagePayload(2)
                .expectEvents(new PlanVersionEstablishedEvent(CASE, GROUP, 2, revised, "bertil", 2, "content-2"));
    }

    @Test
    void h3_aRevisionIsNotDatedBeforeTheVersionItReplaces() {
        fixture.given(withPlan())
                .when(new EstablishPlan(CASE, "anna", plan(PLAN.minusDays(1), Place.CLIENT_HOME, "content-2")))
                .expectException(refusedBy(se.kontaktman.platform.DateRules.IN_ORDER));
    }

    @Test
    void h3_aPlanIsNotDatedAfterToday() {
        fixture.given(introduced())
                .when(new EstablishPlan(CASE, "anna", plan(TODAY.plusDays(1), Place.CLIENT_HOME, "content-1")))
                .expectException(refusedBy(se.kontaktman.platform.DateRules.NOT_IN_FUTURE));
    }

    // H4, H5: follow-ups.

    @Test
    void h4_theScheduledFollowUpIsDatedAndSignedAndFindsThePlanCurrent() {
        LocalDate followUp = LocalDate.of(2026, 9, 20);
        fixture.given(withPlan())
                .when(new RecordFollowUp(CASE, "anna", followUp, FollowUpKind.SCHEDULED, FollowUpOutcome.STILL_CURRENT,
                        null))
                .expectResultMessagePayload(1)
                .expectEvents(new FollowUpRecordedEvent(CASE, GROUP, followUp, "anna", FollowUpKind.SCHEDULED,
                        FollowUpOutcome.STILL_CURRENT, 1));
    }

    @Test
    void h4_aFollowUpDueToExtensiveChangeRevisesThePlanInAnyMonth() {
        LocalDate followUp = LocalDate.of(2026, 7, 14);
        fixture.given(withPlan())
                .when(new RecordFollowUp(CASE, "bertil", followUp, FollowUpKind.EXTENSIVE_CHANGE,
                        FollowUpOutcome.REVISED, plan(followUp, Place.CLIENT_HOME, "content-2")))
                .expectResultMessagePayload(2)
                .expectEvents(new PlanVersionEstablishedEvent(CASE, GROUP, 2, followUp, "bertil", 2, "content-2"),
                        new FollowUpRecordedEvent(CASE, GROUP, followUp, "bertil", FollowUpKind.EXTENSIVE_CHANGE,
                                FollowUpOutcome.REVISED, 2));
    }

    @Test
    void h4_thereIsNoFollowUpWithoutAPlan() {
        fixture.given(introduced())
                .when(new RecordFollowUp(CASE, "anna", PLAN, FollowUpKind.SCHEDULED, FollowUpOutcome.STILL_CURRENT,
                        null))
                .expectException(refusedBy(PlanRules.H4_AFTER_PLAN));
    }

    @Test
    void h4_aFollowUpDatedBeforeThePlanIsRefused() {
        fixture.given(withPlan())
                .when(new RecordFollowUp(CASE, "anna", PLAN.minusDays(1), FollowUpKind.SCHEDULED,
                        FollowUpOutcome.STILL_CURRENT, null))
                .expectException(refusedBy(PlanRules.H4_AFTER_PLAN));
    }

    @Test
    void h4_aRevisedOutcomeComesWithTheNewVersion() {
        fixture.given(withPlan())
                .when(new RecordFollowUp(CASE, "anna", TODAY, FollowUpKind.SCHEDULED, FollowUpOutcome.REVISED, null))
                .expectException(refusedBy(PlanRules.REVISION_MATCHES_OUTCOME))
                .expectNoEvents();
    }

    @Test
    void h4_aFollowUpIsNotDatedAfterToday() {
        fixture.given(withPlan())
                .when(new RecordFollowUp(CASE, "anna", TODAY.plusDays(1), FollowUpKind.SCHEDULED,
                        FollowUpOutcome.STILL_CURRENT, null))
                .expectException(refusedBy(se.kontaktman.platform.DateRules.NOT_IN_FUTURE));
    }

    // H6: "Viktigt att tänka på vid planering".

    @Test
    void h6_aPlanningNoteGoesToThePlannerAndANeedForNewInterventionsToTheNeedsAssessor() {
        fixture.given(withPlan())
                .when(new HandOverPlanningNote(CASE, "anna", NOTE_ID, PLAN, true, true, "content-note"))
                .expectEvents(new PlanningNoteHandedOverEvent(CASE, GROUP, NOTE_ID, PLAN, "anna", true, "content-note"),
                        new NewInterventionsRequestedEvent(CASE, GROUP, PLAN, "anna"));
    }

    @Test
    void h6_thePlannerAcknowledgesTheNoteWithNotes() {
        fixture.given(concat(withPlan(),
                        new PlanningNoteHandedOverEvent(CASE, GROUP, NOTE_ID, PLAN, "anna", true, "content-note")))
                .when(new AcknowledgePlanningNote(CASE, "per", NOTE_ID, PLAN.plusDays(1), "content-ack"))
                .expectEvents(new PlanningNoteAcknowledgedEvent(CASE, GROUP, NOTE_ID, PLAN.plusDays(1), "per",
                        "content-ack"));
    }

    @Test
    void h6_onlyAPlannerAcknowledgesANote() {
        fixture.given(concat(withPlan(),
                        new PlanningNoteHandedOverEvent(CASE, GROUP, NOTE_ID, PLAN, "anna", true, "content-note")))
                .when(new AcknowledgePlanningNote(CASE, "bertil", NOTE_ID, PLAN.plusDays(1), "content-ack"))
                .expectException(refusedBy(RecordingRights.PLANNER_ACKNOWLEDGES));
    }

    @Test
    void h6_aNoteIsAcknowledgedOnce() {
        fixture.given(concat(withPlan(),
                        new PlanningNoteHandedOverEvent(CASE, GROUP, NOTE_ID, PLAN, "anna", true, "content-note"),
                        new PlanningNoteAcknowledgedEvent(CASE, GROUP, NOTE_ID, PLAN, "per", "content-ack")))
                .when(new AcknowledgePlanningNote(CASE, "per", NOTE_ID, PLAN.plusDays(1), "content-ack-2"))
                .expectException(refusedBy(CasePlan.RECORDED_ONCE));
    }

    // L1-L3: LSS.

    @Test
    void l1_theArrivalConversationIsHeldAtTheStartOfAnLssCase() {
        Set<ArrivalTopic> topics = Set.of(ArrivalTopic.NEEDS, ArrivalTopic.LIFE_STORY);
        fixture.given(lssWithContactPersons())
                .when(new RecordArrivalConversation(CASE, "anna", VISIT, topics, "content-arrival"))
                .expectEvents(new ArrivalConversationHeldEvent(CASE, GROUP, VISIT, "anna", topics, "content-arrival"));
    }

    @Test
    void l1_theArrivalConversationIsHeldOnce() {
        fixture.given(concat(lssWithContactPersons(), new ArrivalConversationHeldEvent(CASE, GROUP, VISIT, "anna",
                        Set.of(ArrivalTopic.NEEDS), "content-arrival")))
                .when(new RecordArrivalConversation(CASE, "anna", PLAN, Set.of(ArrivalTopic.NEEDS), "content-2"))
                .expectException(refusedBy(PlanRules.L1_HELD_ONCE));
    }

    @Test
    void l1_anLssPlanIsWorkedOutAfterTheArrivalConversation() {
        fixture.given(lssWithContactPersons())
                .when(new EstablishPlan(CASE, "anna", plan(PLAN, Place.ELSEWHERE, "content-1")))
                .expectException(refusedBy(PlanRules.L1_AFTER_ARRIVAL_CONVERSATION));
    }

    @Test
    void l1_homeCareHasNoArrivalConversation() {
        fixture.given(homeCareWithContactPersons())
                .when(new RecordArrivalConversation(CASE, "anna", VISIT, Set.of(ArrivalTopic.NEEDS), "content"))
                .expectException(refusedBy(CasePlan.STEP_IN_CARE_PROFILE));
    }

    @Test
    void l2_thePlanIsReviewedInTheWorkTeam() {
        fixture.given(concat(lssWithContactPersons(), new ArrivalConversationHeldEvent(CASE, GROUP, VISIT, "anna",
                        Set.of(ArrivalTopic.NEEDS), "content-arrival"), version(1, PLAN, "content-1")))
                .when(new RecordTeamReview(CASE, "anna", 1, PLAN.plusDays(2)))
                .expectEvents(new PlanReviewedByTeamEvent(CASE, GROUP, 1, PLAN.plusDays(2), "anna"));
    }

    @Test
    void l2_onlyAnEstablishedVersionIsReviewed() {
        fixture.given(concat(lssWithContactPersons(), new ArrivalConversationHeldEvent(CASE, GROUP, VISIT, "anna",
                        Set.of(ArrivalTopic.NEEDS), "content-arrival"), version(1, PLAN, "content-1")))
                .when(new RecordTeamReview(CASE, "anna", 2, PLAN.plusDays(2)))
                .expectException(refusedBy(PlanRules.L2_REVIEW_OF_A_VERSION));
    }

    @Test
    void l3_aPlanMeetingFollowsUpThePlan() {
        LocalDate meeting = LocalDate.of(2026, 11, 2);
        fixture.given(concat(lssWithContactPersons(), new ArrivalConversationHeldEvent(CASE, GROUP, VISIT, "anna",
                        Set.of(ArrivalTopic.NEEDS), "content-arrival"), version(1, PLAN, "content-1")))
                .when(new RecordPlanMeeting(CASE, "anna", meeting, FollowUpOutcome.STILL_CURRENT, null,
                        "content-meeting"))
                .expectEvents(new PlanMeetingHeldEvent(CASE, GROUP, meeting, "anna", FollowUpOutcome.STILL_CURRENT, 1,
                        "content-meeting"));
    }

    @Test
    void l3_thereIsNoPlanMeetingBeforeThereIsAPlan() {
        fixture.given(concat(lssWithContactPersons(), new ArrivalConversationHeldEvent(CASE, GROUP, VISIT, "anna",
                        Set.of(ArrivalTopic.NEEDS), "content-arrival")))
                .when(new RecordPlanMeeting(CASE, "anna", PLAN, FollowUpOutcome.STILL_CURRENT, null, "content"))
                .expectException(refusedBy(PlanRules.L3_AFTER_PLAN));
    }

    @Test
    void l3_homeCareHasNoPlanMeetings() {
        fixture.given(withPlan())
                .when(new RecordPlanMeeting(CASE, "anna", TODAY, FollowUpOutcome.STILL_CURRENT, null, "content"))
                .expectException(refusedBy(CasePlan.STEP_IN_CARE_PROFILE));
    }
}
