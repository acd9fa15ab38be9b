package se.kontaktman.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import se.kontaktman.platform.security.SignedIn;
import se.kontaktman.platform.testing.Http;
import se.kontaktman.platform.testing.ServiceIntegrationTest;
import se.kontaktman.platform.testing.TestIdentityProvider;
import se.kontaktman.assignment.support.OrganisationFixture;
import se.kontaktman.assignment.support.TestPersonnummer;
import tools.jackson.databind.JsonNode;

/** What operations teams and API users get besides the domain: health, metrics, the API document. */
class OperationsIntegrationTest extends ServiceIntegrationTest {

    @Test
    void livenessAndReadinessIncludeMongoAndHealthIncludesKafka() {
        JsonNode health = http.get("/actuator/health").json();
        assertThat(health.get("status").asString()).isEqualTo("UP");
        assertThat(health.get("components").get("mongo").get("status").asString()).isEqualTo("UP");
        assertThat(health.get("components").get("kafka").get("status").asString()).isEqualTo("UP");
        assertThat(http.get("/actuator/health/liveness").status()).isEqualTo(200);
        JsonNode readiness = http.get("/actuator/health/readiness").json();
        assertThat(readiness.get("components").has("mongo")).isTrue();
        assertThat(readiness.get("components").has("kafka")).isFalse();
    }

    @Test
    void prometheusShowsAxonsAndThePublishersMetrics() {
        OrganisationFixture org = new OrganisationFixture().defineOver(http);
        http.post("/cases", Map.of("personnummer", TestPersonnummer.random(), "name", "Tyra", "staffGroupId",
                org.groupId, "careProfile", "LSS", "startDate", "2026-11-02"), as(org.plannerId));

        // Metrics are read by a monitoring system: a client's token with the role OPERATIONS, no staff id.
        String monitoring = TestIdentityProvider.get().tokenFor(null).roles(List.of(SignedIn.OPERATIONS)).sign();
        Http.Response prometheus = http.get("/actuator/prometheus", bearer(monitoring));
        assertThat(prometheus.status()).as(prometheus.text()).isEqualTo(200);
        String metrics = prometheus.text();

        assertThat(metrics).contains("kontaktman_publisher_lag_seconds")
                .contains("kontaktman_publisher_sent_total")
                .contains("eventProcessor_latency")
                .contains("processorName=\"kafka-publisher\"")
                .contains("commandBus_");
    }

    @Test
    void theOpenApiDocumentDescribesTheApi() {
        JsonNode api = http.get("/v3/api-docs").json();

        assertThat(api.get("openapi").asString()).startsWith("3.");
        assertThat(api.get("paths").propertyNames()).contains("/cases", "/cases/{caseId}",
                "/cases/{caseId}/contact-persons", "/cases/{caseId}/contact-persons/{role}",
                "/cases/{caseId}/closure", "/cases/search", "/areas/{areaId}", "/staff-groups/{staffGroupId}",
                "/staff/{staffId}");
    }
}
