package se.kontaktman.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import se.kontaktman.events.CareProfile;
import se.kontaktman.events.EventCodec;
import se.kontaktman.events.EventSchemas;
import se.kontaktman.events.PublishedEvent;
import se.kontaktman.events.Topics;
import se.kontaktman.events.plan.ArrivalConversationHeld;
import se.kontaktman.events.plan.ArrivalTopic;
import se.kontaktman.plan.support.PlanServiceTest;
import se.kontaktman.platform.testing.EmbeddedServers;
import se.kontaktman.platform.testing.Http;
import se.kontaktman.platform.testing.TopicReader;

/** An LSS case as seed 001 describes it: arrival conversation, plan, team review, plan meeting. */
class LssPlanIntegrationTest extends PlanServiceTest {

    private static final String LIFE_STORY = "Växte upp på en gård utanför Torsås";

    private final EventCodec codec = new EventCodec();
    private final EventSchemas schemas = new EventSchemas();

    @Test
    void fromArrivalConversationToPlanMeeting() {
        String caseId = assignment.openCaseWithContactPersons(CareProfile.LSS, LocalDate.of(2026, 9, 1));
        awaitCase(caseId, assignment.anna);

        Http.Response arrival = http.post("/cases/" + caseId + "/arrival-conversation", Map.of("heldOn", "2026-09-02",
                "participants", List.of(Map.of("description", "kunden"), Map.of("description", "bror")),
                "needs", "Stöd i att komma iväg till daglig verksamhet", "reachingEachOther", "Brorsan ringer söndagar",
                "lifeStory", LIFE_STORY), as(assignment.anna));
        assertThat(arrival.status()).as(arrival.text()).isEqualTo(201);

        Map<String, Object> plan = new HashMap<>(homeCarePlan("Vill välja kläder själv"));
        plan.put("establishedOn", "2026-09-20");
        plan.put("place", "ELSEWHERE");
        assertThat(http.post("/cases/" + caseId + "/plan/versions", plan, as(assignment.anna)).status())
                .isEqualTo(201);
        assertThat(http.post("/cases/" + caseId + "/plan/versions/1/team-reviews", Map.of("reviewedOn", "2026-09-22"),
                as(assignment.bertil)).status()).isEqualTo(201);
        Http.Response meeting = http.post("/cases/" + caseId + "/plan-meetings", Map.of("heldOn", "2026-11-20",
                "participants", List.of(Map.of("staffId", assignment.anna), Map.of("description", "god man")),
                "outcome", "REVISED", "revision", homeCarePlan("Vill välja kläder kvällen före")),
                as(assignment.anna));
        assertThat(meeting.status()).as(meeting.text()).isEqualTo(201);
        assertThat(meeting.json().get("planVersion").asInt()).isEqualTo(2);

        Http.Response status = http.get("/cases/" + caseId, as(assignment.anna));
        assertThat(status.json().get("planVersions").get(0).get("reviewedByTeamOn").asString())
                .isEqualTo("2026-09-22");
        assertThat(status.json().get("planMeetings").get(0).get("planVersion").asInt()).isEqualTo(2);
        assertThat(http.get("/cases/" + caseId + "/arrival-conversation", as(assignment.bertil)).json()
                .get("lifeStory").asString()).isEqualTo(LIFE_STORY);

        List<String> expected = List.of("ArrivalConversationHeld", "PlanEstablished", "PlanReviewedByTeam",
                "PlanEstablished", "PlanMeetingHeld");
        try (TopicReader reader = new TopicReader(EmbeddedServers.kafka().bootstrapServers(), Topics.PLANS)) {
            List<ConsumerRecord<String, byte[]>> records =
                    reader.awaitRecords(r -> caseId.equals(r.key()), expected.size(), Duration.ofSeconds(30));
            assertThat(records).extracting(r -> codec.decode(r.value()).contract().name())
                    .containsExactlyElementsOf(expected);
            PublishedEvent<?> first = codec.decode(records.get(0).value());
            assertThat(((ArrivalConversationHeld) first.event()).topicsCovered()).containsExactlyInAnyOrder(
                    ArrivalTopic.NEEDS, ArrivalTopic.REACHING_EACH_OTHER, ArrivalTopic.LIFE_STORY);
            for (ConsumerRecord<String, byte[]> record : records) {
                assertThat(schemas.violations(record.value())).isEmpty();
                assertThat(new String(record.value(), StandardCharsets.UTF_8)).doesNotContain("Torsås", "Brorsan",
                        "god man", "kläder");
            }
        }
    }
}
