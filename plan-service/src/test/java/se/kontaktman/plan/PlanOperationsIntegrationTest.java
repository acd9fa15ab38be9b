package se.kontaktman.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import se.kontaktman.plan.support.PlanServiceTest;
import se.kontaktman.platform.testing.Http;
import se.kontaktman.platform.testing.TestIdentityProvider;
import tools.jackson.databind.JsonNode;

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
        // Metrics are read by a monitoring system: a token with the role OPERATIONS and no staff id.
        String monitoring = TestIdentityProvider.get().tokenFor(null).roles(List.of("OPERATIONS")).sign();
        Http.Response metrics = http.get("/actuator/prometheus", bearer(monitoring));
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.text()).contains("kontaktman_publisher_lag_seconds", "application=\"plan-service\"",
                "kafka_consumer_fetch_manager_records_lag");
    }

    @Test
    void theApiDocumentDescribesThePlanEndpointsAndHowToSignIn() {
        Http.Response document = http.get("/v3/api-docs");
        assertThat(document.status()).isEqualTo(200);
        assertThat(document.text()).contains("/cases/{caseId}/plan/versions", "/cases/{caseId}/follow-ups",
                "/cases/{caseId}/planning-notes", "/cases/{caseId}/contact-sheet");

        // Every operation takes a bearer token: the scheme, required globally and waived by no operation.
        JsonNode api = document.json();
        JsonNode scheme = api.at("/components/securitySchemes/bearer");
        assertThat(scheme.get("type").asString()).isEqualTo("http");
        assertThat(scheme.get("scheme").asString()).isEqualTo("bearer");
        assertThat(scheme.get("bearerFormat").asString()).isEqualTo("JWT");
        assertThat(api.get("security")).anySatisfy(requirement -> assertThat(requirement.has("bearer")).isTrue());
        for (JsonNode operationSecurity : api.get("paths").findValues("security")) {
            assertThat(operationSecurity).anySatisfy(requirement -> assertThat(requirement.has("bearer")).isTrue());
        }

        // Who makes the request comes from the token only: no operation lets the caller name them.
        List<String> parameters = new ArrayList<>();
        for (JsonNode operationParameters : api.get("paths").findValues("parameters")) {
            operationParameters.forEach(parameter -> parameters.add(parameter.get("name").asString()));
        }
        assertThat(parameters).contains("caseId").doesNotContain("actor", "Authorization");
        assertThat(document.text()).doesNotContain("X-Dev-Staff-Id");
    }
}
