package se.kontaktman.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.kontaktman.plan.support.PlanServiceTest;
import se.kontaktman.platform.testing.Http;

/** What operations and API clients see: health, metrics and the API document. */
class PlanOperationsIntegrationTest extends PlanServiceTest {

    @Test
    void healthIncludesMongoAndKafkaAndReadinessOnlyMongo() {
        Http.Response health = http.get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("components").has("mongo")).isTrue();
        assertThat(health.json().get("components").has("kafka")).isTrue();
        assertThat(http.get("/actuator/health/readiness").json().get("status").asString()).isEqualTo("UP");
        assertThat(http.get("/actuator/health/liveness").json().get("status").asString()).isEqualTo("UP");
    }

    @Test
    void prometheusShowsThePublishersAndTheConsumersLagForThisService() {
        String metrics = http.get("/actuator/prometheus").text();
        assertThat(metrics).contains("kontaktman_publisher_lag_seconds", "application=\"plan-service\"",
                "kafka_consumer_fetch_manager_records_lag");
    }

    @Test
    void theApiDocumentDescribesThePlanEndpoints() {
        String document = http.get("/v3/api-docs").text();
        assertThat(document).contains("/cases/{caseId}/plan/versions", "/cases/{caseId}/follow-ups",
                "/cases/{caseId}/planning-notes", "/cases/{caseId}/contact-sheet", "X-Dev-Staff-Id");
    }
}
