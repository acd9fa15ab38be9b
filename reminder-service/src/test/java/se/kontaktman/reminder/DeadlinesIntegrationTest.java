package se.kontaktman.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import se.kontaktman.events.CareProfile;
import se.kontaktman.events.EventCodec;
import se.kontaktman.events.EventSchemas;
import se.kontaktman.events.StaffRole;
import se.kontaktman.events.organisation.StaffGroupDefined;
import se.kontaktman.events.organisation.StaffMemberDefined;
import se.kontaktman.events.plan.AssistiveDeviceReturned;
import se.kontaktman.events.plan.AssistiveDevicesToBeReturned;
import se.kontaktman.events.reminder.DeadlineRule;
import se.kontaktman.events.reminder.DeadlineStage;
import se.kontaktman.events.reminder.DeadlineStageReached;
import se.kontaktman.platform.testing.Http;
import se.kontaktman.reminder.days.Ticker;
import se.kontaktman.reminder.support.ReminderServiceTest;
import tools.jackson.databind.JsonNode;

/** The other services' events in over the real broker, stage events out, as days pass. */
// A group whose organisation took the April/May and October/November checks out of its home-care steps.
@TestPropertySource(properties = "kontaktman.rules.staff-groups.utan-kontroller.steps="
        + "INTRODUCTION_VISIT,IMPLEMENTATION_PLAN,FOLLOW_UP,PLANNING_NOTE")
class DeadlinesIntegrationTest extends ReminderServiceTest {

    private static final String WITHOUT_CHECKS = "utan-kontroller";

    private final EventSchemas schemas = new EventSchemas();
    private final EventCodec codec = new EventCodec();

    @Test
    void h2_anIntroductionVisitNotHeldIsRemindedThenDueThenOverdueToThePlannerThenMetLate() {
        String caseId = suite.openCaseWithContactPersons(CareProfile.HOME_CARE, TODAY);
        awaitCase(caseId);

        Ticker.Result tick = dayComes(TODAY.plusDays(8));

        assertThat(tick.daysWorked()).as("every day since the last day worked through, in order, today included")
                .containsExactlyElementsOf(TODAY.datesUntil(TODAY.plusDays(9)).toList());
        List<DeadlineStageReached> stages = stagesOf(caseId, 6);
        assertThat(stages).filteredOn(stage -> stage.rule() == DeadlineRule.H2
                        && stage.responsibleStaffIds().contains(suite.anna))
                .extracting(DeadlineStageReached::stage, DeadlineStageReached::reachedOn)
                .containsExactly(tuple(DeadlineStage.UPCOMING, TODAY.plusDays(4)),
                        tuple(DeadlineStage.DUE, TODAY.plusDays(7)), tuple(DeadlineStage.OVERDUE, TODAY.plusDays(8)));
        assertThat(stages).filteredOn(stage -> stage.stage() == DeadlineStage.OVERDUE)
                .allSatisfy(stage -> assertThat(stage.escalatedToStaffIds()).containsExactly(suite.planner));
        for (ConsumerRecord<String, byte[]> record : records(caseId, 6)) {
            assertThat(schemas.violations(record.value())).isEmpty();
        }

        Http.Response mine = http.get("/deadlines?staffId=" + suite.anna, as(suite.anna));
        assertThat(mine.status()).as(mine.text()).isEqualTo(200);
        JsonNode h2 = mine.json().get(0);
        assertThat(h2.get("rule").asString()).isEqualTo("H2");
        assertThat(h2.get("standing").asString()).isEqualTo("OVERDUE");
        assertThat(h2.get("daysOverdue").asInt()).isEqualTo(1);

        suite.visit(caseId, suite.anna, TODAY.plusDays(8));
        DeadlineStageReached met = stagesOf(caseId, 7).stream().filter(stage -> stage.stage() == DeadlineStage.MET
                && stage.rule() == DeadlineRule.H2).findFirst().orElseThrow();
        assertThat(met.daysOverdue()).isEqualTo(1);
        assertThat(met.responsibleStaffIds()).containsExactly(suite.anna);
    }

    @Test
    void h8_aDeviceNotReturnedWhenTheCaseClosedIsPublishedAfterTheClosureUntilItIsReturned() {
        String caseId = suite.openCaseWithContactPersons(CareProfile.HOME_CARE, TODAY);
        LocalDate closed = TODAY.plusDays(2);
        // Twelve digits in a row at the end of its id, which the published occurrence may not carry.
        String device = "0c9b8a76-5d4e-4f3a-9b2c-198001011234";
        suite.close(caseId, closed);
        suite.publish(closed, new AssistiveDevicesToBeReturned(caseId, suite.group, closed, List.of(device)));
        awaitCase(caseId);
        LocalDate due = closed.plusMonths(1);

        dayComes(due.plusDays(1));

        // The case's other deadlines ended silently at the closure, before anyone was reminded of them.
        List<DeadlineStageReached> stages = stagesOf(caseId, 3);
        assertThat(stages).extracting(DeadlineStageReached::rule, DeadlineStageReached::stage,
                        DeadlineStageReached::reachedOn, DeadlineStageReached::dueOn)
                .containsExactly(tuple(DeadlineRule.H8, DeadlineStage.UPCOMING, due.minusDays(3), due),
                        tuple(DeadlineRule.H8, DeadlineStage.DUE, due, due),
                        tuple(DeadlineRule.H8, DeadlineStage.OVERDUE, due.plusDays(1), due));
        assertThat(stages).allSatisfy(stage -> {
            assertThat(stage.responsibleStaffIds()).as("the last ordinarie").containsExactly(suite.anna);
            assertThat(stage.occurrence()).doesNotContainPattern("[0-9]{10,}");
        });
        assertThat(stages.get(2).escalatedToStaffIds()).containsExactly(suite.planner);
        for (ConsumerRecord<String, byte[]> record : records(caseId, 3)) {
            assertThat(schemas.violations(record.value())).isEmpty();
        }
        Http.Response mine = http.get("/deadlines?staffId=" + suite.anna, as(suite.anna));
        assertThat(mine.json()).extracting(d -> d.get("rule").asString(), d -> d.get("standing").asString())
                .containsExactly(tuple("H8", "OVERDUE"));

        suite.publish(due.plusDays(1), new AssistiveDeviceReturned(caseId, suite.group, device, due.plusDays(1),
                suite.anna));
        DeadlineStageReached met = stagesOf(caseId, 4).stream().filter(stage -> stage.stage() == DeadlineStage.MET)
                .findFirst().orElseThrow();
        assertThat(met.rule()).isEqualTo(DeadlineRule.H8);
        assertThat(met.metOn()).isEqualTo(due.plusDays(1));
        assertThat(met.daysOverdue()).isEqualTo(1);
    }

    @Test
    void eachStageIsPublishedWithAnIdDerivedFromCaseRuleOccurrenceAndStage() {
        String caseId = suite.openCaseWithContactPersons(CareProfile.HOME_CARE, TODAY);
        awaitCase(caseId);

        dayComes(TODAY.plusDays(4));
        dayComes(TODAY.plusDays(4));

        List<ConsumerRecord<String, byte[]>> records = deadlines.drain(record -> caseId.equals(record.key()),
                Duration.ofSeconds(2));
        assertThat(records).extracting(record -> codec.decode(record.value()).id()).doesNotHaveDuplicates()
                .hasSize(2);
        assertThat(records).extracting(record -> {
            DeadlineStageReached stage = (DeadlineStageReached) codec.decode(record.value()).event();
            return stage.rule() + "/" + stage.stage();
        }).containsExactly("H2/UPCOMING", "H2/UPCOMING");
    }

    @Test
    void lookAheadAnswersWhatFallsDueBetweenTwoDaysAsOfTheDayAsked() {
        String caseId = suite.openCaseWithContactPersons(CareProfile.HOME_CARE, TODAY);
        awaitCase(caseId);
        String annas = "/deadlines?staffId=" + suite.anna;

        Http.Response thisWeek = http.get(annas + "&dueFrom=" + TODAY + "&dueTo=" + TODAY.plusDays(7), as(suite.anna));
        assertThat(thisWeek.json()).extracting(d -> d.get("rule").asString(), d -> d.get("dueOn").asString(),
                d -> d.get("standing").asString()).containsExactly(tuple("H2", TODAY.plusDays(7).toString(), "PENDING"));
        assertThat(http.get(annas + "&dueFrom=" + TODAY.plusDays(8), as(suite.anna)).json()).isEmpty();

        Http.Response nextWeek = http.get(annas + "&asOf=" + TODAY.plusDays(9), as(suite.anna));
        assertThat(nextWeek.json().get(0).get("standing").asString()).isEqualTo("OVERDUE");
        assertThat(nextWeek.json().get(0).get("daysOverdue").asInt()).isEqualTo(2);

        Http.Response backwards = http.get(annas + "&dueFrom=" + TODAY.plusDays(7) + "&dueTo=" + TODAY, as(suite.anna));
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.json().get("rule").asString()).isEqualTo("due-range-in-order");
    }

    @Test
    void h5_theGroupsPlannerSeesWhichCasesAreStillUncheckedInTheCurrentWindow() {
        LocalDate august = LocalDate.of(2026, 8, 3);
        String unchecked = staffedWithAPlan(august);
        String checked = staffedWithAPlan(august);
        suite.checkPlan(checked, LocalDate.of(2026, 11, 2), LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 30),
                LocalDate.of(2026, 12, 1));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode window = http.get("/staff-groups/" + suite.group + "/plan-checks", as(suite.planner)).json();
            assertThat(window.get("windowStart").asString()).isEqualTo("2026-10-01");
            assertThat(window.get("windowEnd").asString()).isEqualTo("2026-11-30");
            assertThat(window.get("checked").asInt()).isEqualTo(1);
            assertThat(window.get("unchecked")).extracting(d -> d.get("caseId").asString(), d -> d.get("dueOn").asString())
                    .containsExactly(tuple(unchecked, "2026-11-30"));
        });
        assertThat(http.get("/staff-groups/" + suite.group + "/plan-checks", as(suite.anna)).status()).isEqualTo(403);
    }

    @Test
    void h5_aGroupWhoseProfileHasNoChecksIsToldSoNotAnswered() {
        suite.publish(TODAY.minusYears(1), new StaffGroupDefined(WITHOUT_CHECKS, suite.area, "Utan kontroller", "010-1"));
        String planner = "pia-" + suite.suffix;
        suite.publish(TODAY.minusYears(1), new StaffMemberDefined(planner, "Pia", Set.of(StaffRole.PLANNER),
                WITHOUT_CHECKS, true));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Http.Response refused = http.get("/staff-groups/" + WITHOUT_CHECKS + "/plan-checks", as(planner));
            assertThat(refused.status()).as(refused.text()).isEqualTo(422);
            assertThat(refused.json().get("rule").asString()).isEqualTo("H5-check-windows-in-profile");
        });
    }

    private String staffedWithAPlan(LocalDate opened) {
        String caseId = suite.openCaseWithContactPersons(CareProfile.HOME_CARE, opened);
        suite.visit(caseId, suite.anna, opened.plusDays(2));
        suite.visit(caseId, suite.bertil, opened.plusDays(2));
        suite.plan(caseId, 1, opened.plusDays(10));
        return caseId;
    }

    @Test
    void onlyTheStaffMemberAndThoseWhoPlanForThemSeeTheirDeadlines() {
        String caseId = suite.openCaseWithContactPersons(CareProfile.HOME_CARE, TODAY);
        awaitCase(caseId);

        assertThat(http.get("/deadlines?staffId=" + suite.anna, as(suite.planner)).status()).isEqualTo(200);
        assertThat(http.get("/deadlines?staffId=" + suite.anna, as(suite.manager)).status()).isEqualTo(200);
        Http.Response colleague = http.get("/deadlines?staffId=" + suite.anna, as(suite.cecilia));
        assertThat(colleague.status()).isEqualTo(403);
        assertThat(colleague.json().get("rule").asString()).isEqualTo("own-or-planned-deadlines");
        assertThat(http.get("/cases/" + caseId + "/deadlines", as(suite.bertil)).status()).isEqualTo(200);
        assertThat(http.get("/cases/" + caseId + "/deadlines", as(suite.cecilia)).status()).isEqualTo(403);
        assertThat(http.get("/deadlines?staffGroupId=" + suite.group, as(suite.anna)).status()).isEqualTo(403);
        // Naming no one, the request is no one's to answer (the access rule comes first); naming
        // both, the planner passes the rule and is refused for asking two things at once.
        assertThat(http.get("/deadlines", as(suite.planner)).json().get("rule").asString())
                .isEqualTo("own-or-planned-deadlines");
        assertThat(http.get("/deadlines?staffId=" + suite.anna + "&staffGroupId=" + suite.group, as(suite.planner))
                .json().get("rule").asString()).isEqualTo("staffId-or-staffGroupId");
        assertThat(http.get("/cases/" + java.util.UUID.randomUUID() + "/deadlines", as(suite.planner)).status())
                .as("a case not heard opened").isEqualTo(404);
        assertThat(http.get("/v3/api-docs", as(suite.planner)).text())
                .contains("/deadlines", "/cases/{caseId}/deadlines", "/staff-groups/{staffGroupId}/plan-checks");
    }
}
