package se.kontaktman.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import se.kontaktman.events.AsyncApiDocuments;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * What every service answers before its own rules are asked: a request without a valid access
 * token from the configured provider is refused with 401 problem details naming the rule
 * {@code signed-in}, whatever is wrong with the token, and nothing of the data is in the answer;
 * the health probes, the API document and the event document (AsyncAPI) stay open; the actuator's metrics need the role
 * OPERATIONS. A service's test extends this with one of its own reads.
 */
public abstract class SignInContractTest extends ServiceIntegrationTest {

    @Value("${spring.application.name}")
    private String service;

    /** A path the service answers with 200 to the staff member. */
    protected abstract String protectedPath();

    /** A staff member who may read {@link #protectedPath()}. */
    protected abstract String reader();

    @Test
    void aValidTokenIsAnswered() {
        Http.Response answer = http.get(protectedPath(), as(reader()));
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
    }

    @Test
    void noTokenIsRefusedWith401ProblemDetailsNamingTheRule() {
        Http.Response refused = http.get(protectedPath());
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().get("rule").asString()).isEqualTo("signed-in");
    }

    @Test
    void anExpiredTokenATokenSignedByAnotherKeyForAnotherAudienceOrFromAnotherIssuerIsRefused() {
        TestIdentityProvider provider = TestIdentityProvider.get();
        List<String> refused = List.of(
                provider.tokenFor(reader()).expiresAt(Instant.now().minusSeconds(120)).sign(),
                provider.tokenFor(reader()).signedByAnUnknownKey().sign(),
                provider.tokenFor(reader()).audience("another-system").sign(),
                provider.tokenFor(reader()).issuer("http://127.0.0.1:1/elsewhere").sign(),
                "not-a-token");
        for (String token : refused) {
            Http.Response answer = http.get(protectedPath(), bearer(token));
            assertThat(answer.status()).as(token).isEqualTo(401);
            assertThat(answer.json().get("rule").asString()).isEqualTo("signed-in");
            assertThat(answer.json().toString()).doesNotContain(reader());
        }
    }

    @Test
    void aSystemsTokenWithoutAStaffIdIsNotAStaffMembersRequest() {
        Http.Response answer = http.get(protectedPath(),
                bearer(TestIdentityProvider.get().tokenFor(null).roles(List.of("OPERATIONS")).sign()));
        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.json().get("rule").asString()).isEqualTo("staff-token");
    }

    @Test
    void healthAndTheApiDocumentAreOpenAndTheDocumentSaysHowToSignIn() {
        // Open: answered without a token (up, or down while a service is still getting ready).
        assertThat(http.get("/actuator/health").status()).isIn(200, 503);
        assertThat(http.get("/actuator/health/liveness").status()).isEqualTo(200);
        Http.Response document = http.get("/v3/api-docs");
        assertThat(document.status()).isEqualTo(200);
        assertThat(document.json().at("/components/securitySchemes/bearer/scheme").asString()).isEqualTo("bearer");
    }

    @Test
    void theEventDocumentOfAPublishingServiceAndTheSchemasItRefersToAreOpenAsKept() {
        Optional<byte[]> kept = AsyncApiDocuments.kept(service);
        Http.Response document = http.get("/asyncapi");
        if (kept.isEmpty()) {
            assertThat(document.status()).as("%s publishes nothing", service).isEqualTo(404);
            return;
        }
        assertThat(document.status()).isEqualTo(200);
        assertThat(document.header("Content-Type")).startsWith("application/json");
        assertThat(document.text()).isEqualTo(new String(kept.get(), StandardCharsets.UTF_8));
        // Its references, relative to /asyncapi, resolve to the schemas on this service (RFC 3986
        // drops the ".." above the root: ../schemas/X from /asyncapi is /schemas/X).
        String data = document.json().get("components").get("messages").valueStream()
                .map(message -> message.at("/payload/allOf/1/properties/data/$ref").asString(""))
                .filter(ref -> !ref.isEmpty()).findFirst().orElseThrow();
        Http.Response schema = http.get(data.replaceFirst("^\\.\\./", "/"));
        assertThat(schema.status()).as(data).isEqualTo(200);
        assertThat(schema.json().get("$schema").asString()).contains("2020-12");
        assertThat(http.get("/schemas/..%2Fasyncapi%2Fplan-service.asyncapi.json").status()).isIn(400, 404);
    }

    @Test
    void metricsNeedTheOperationsRole() {
        assertThat(http.get("/actuator/prometheus").status()).isEqualTo(401);
        assertThat(http.get("/actuator/prometheus", as(reader())).status()).isEqualTo(403);
        String monitoring = TestIdentityProvider.get().tokenFor(null).roles(List.of("OPERATIONS")).sign();
        assertThat(http.get("/actuator/prometheus", bearer(monitoring)).status()).isEqualTo(200);
    }

    /**
     * The service's OpenAPI document, as it serves it, written to {@code target/openapi/<service>.json}
     * for CI's Spectral lint (.ci/run); and, so that the build fails without npm too, every operation
     * declares the refusals any request can meet (401, 403, 503) and each of its 4xx answers as
     * {@code application/problem+json} with the shared {@code ProblemDetail} schema.
     */
    @Test
    void theApiDocumentDeclaresProblemDetailsForEveryRefusal() throws IOException {
        Http.Response answer = http.get("/v3/api-docs");
        assertThat(answer.status()).isEqualTo(200);
        JsonNode document = answer.json();
        Path file = Path.of("target", "openapi", service + ".json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build()
                .writeValueAsString(document));

        assertThat(document.at("/components/schemas/ProblemDetail/properties").propertyNames())
                .contains("type", "title", "status", "detail", "instance", "rule", "errors");
        List<String> missing = new ArrayList<>();
        int operations = 0;
        for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                operations++;
                String name = operation.getKey().toUpperCase() + " " + path.getKey();
                JsonNode responses = operation.getValue().get("responses");
                for (String always : List.of("400", "401", "403", "503")) {
                    if (!responses.has(always)) {
                        missing.add(name + " " + always);
                    }
                }
                for (Map.Entry<String, JsonNode> response : responses.properties()) {
                    int status = Integer.parseInt(response.getKey());
                    JsonNode content = response.getValue().get("content");
                    if ((status >= 400 && status < 500 || status == 503) && (content == null
                            || !content.has("application/problem+json") || content.size() != 1
                            || !problemDetail(content.path("application/problem+json")))) {
                        missing.add(name + " " + status + " as application/problem+json");
                    }
                }
            }
        }
        assertThat(operations).isPositive();
        assertThat(missing).as("refusals not declared as problem details").isEmpty();
    }

    private static boolean problemDetail(JsonNode mediaType) {
        JsonNode ref = mediaType.path("schema").path("$ref");
        return ref.isString() && ref.asString().equals("#/components/schemas/ProblemDetail");
    }
}
