package se.kontaktman.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import se.kontaktman.events.AsyncApiDocuments;
import se.kontaktman.platform.web.EventDocuments;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What every service answers before its own rules are asked: a request without a valid access
 * token from the configured provider is refused with 401 problem details naming the rule
 * {@code signed-in}, whatever is wrong with the token, and nothing of the data is in the answer;
 * the health probes, the API document and the event document (AsyncAPI) stay open; the actuator's metrics need the role
 * OPERATIONS; real refusals are answered as the API document declares them. A service's test extends this with one of
 * its own reads and some requests of its API it refuses.
 */
public abstract class SignInContractTest extends ServiceIntegrationTest {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** On the classpath under /schemas (a fixture of this test-jar), but no schema of the event catalogue. */
    private static final String UNPUBLISHED_SCHEMA = "Unpublished.v1.schema.json";

    @Value("${spring.application.name}")
    private String service;

    /** A path the service answers with 200 to the staff member. */
    protected abstract String protectedPath();

    /** A staff member who may read {@link #protectedPath()}. */
    protected abstract String reader();

    /**
     * A request the service refuses, as a client sends it: the method, the path with its query, a
     * JSON body (null for none) and headers such as a token; and the status it must be answered with.
     */
    protected record Refused(int status, String method, String path, String body, String... headers) {

        public Refused { // public: made by the services' tests, in other packages
        }
    }

    /**
     * Requests of the service's own API that it refuses, at least: 401 (no token) and 403 (a token
     * whose role may not) on a protected operation, 400 (a body that breaks a rule; a parameter where
     * the service takes no body) and 404 (an id in the path that nothing has). Called in the test, so
     * it may first make what the requests need.
     */
    protected abstract List<Refused> refusedRequests();

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
        Http.Response document = http.get(EventDocuments.DOCUMENT);
        if (kept.isEmpty()) {
            assertThat(document.status()).as("%s publishes nothing", service).isEqualTo(404);
            assertThat(document.header("Content-Type")).startsWith(PROBLEM_JSON);
            return;
        }
        assertThat(document.status()).isEqualTo(200);
        assertThat(document.header("Content-Type")).startsWith("application/json");
        assertThat(document.text()).isEqualTo(new String(kept.get(), StandardCharsets.UTF_8));
        // HEAD too, as link checkers ask: the same headers, no body.
        Http.Response head = http.request("HEAD", EventDocuments.DOCUMENT, null);
        assertThat(head.status()).isEqualTo(200);
        assertThat(head.header("Content-Type")).startsWith("application/json");
        assertThat(head.text()).isEmpty();
        // Every reference out of the document resolves on this service: relative to /asyncapi,
        // RFC 3986 drops the ".." above the root, so ../schemas/X is /schemas/X.
        Set<String> references = document.json().findValues("$ref").stream().map(JsonNode::asString)
                .filter(ref -> !ref.startsWith("#")).collect(Collectors.toCollection(TreeSet::new));
        assertThat(references).contains("../schemas/cloudevent-envelope.schema.json")
                .allSatisfy(ref -> assertThat(ref).startsWith(".." + EventDocuments.SCHEMAS));
        for (String ref : references) {
            Http.Response schema = http.get(ref.substring("..".length()));
            assertThat(schema.status()).as(ref).isEqualTo(200);
            assertThat(schema.header("Content-Type")).as(ref).startsWith("application/schema+json");
            assertThat(schema.json().get("$schema").asString()).as(ref).contains("2020-12");
            assertThat(http.request("HEAD", ref.substring("..".length()), null).status()).as("HEAD " + ref)
                    .isEqualTo(200);
        }
    }

    /**
     * Only the schemas of the event catalogue are served. Each name here passes the firewall and
     * reaches the endpoint: one the catalogue lacks, a version that does not exist, a schema that is
     * on the classpath but not published; each is 404 problem details whose detail quotes nothing of
     * the name (the {@code instance} is the path, as in every refusal).
     * A name with an encoded slash never gets there: the firewall refuses it with 400.
     */
    @Test
    void noFileButThePublishedSchemasIsServedUnderSchemas() {
        assertThat(SignInContractTest.class.getResource(EventDocuments.SCHEMAS + UNPUBLISHED_SCHEMA))
                .as("the fixture on the classpath").isNotNull();
        for (String file : List.of("Unknown.v1.schema.json", "ContactPersonAssigned.v9.schema.json",
                UNPUBLISHED_SCHEMA, "ContactPersonAssigned.schema.json", "cloudevent-envelope.json")) {
            Http.Response answer = http.get(EventDocuments.SCHEMAS + file);
            assertThat(answer.status()).as(file).isEqualTo(404);
            assertThat(answer.header("Content-Type")).as(file).startsWith(PROBLEM_JSON);
            assertThat(answer.json().get("type").asString()).as(file).isEqualTo("urn:se.kontaktman:problem:not-found");
            assertThat(answer.json().get("status").asInt()).as(file).isEqualTo(404);
            assertThat(answer.json().get("detail").asString()).as(file)
                    .doesNotContain(file.substring(0, file.indexOf('.')));
        }
        assertThat(http.get(EventDocuments.SCHEMAS + "..%2Fasyncapi%2Fplan-service.asyncapi.json").status())
                .isEqualTo(400);
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

    /**
     * Not what the document says of itself but what the service answers: each of its
     * {@link #refusedRequests()} is made, and must reach an operation of {@code /v3/api-docs} that
     * declares the status it is answered with, as {@code application/problem+json} only; the answer
     * must come as that, with a body the declared schema takes (OpenAPI 3.1: JSON Schema 2020-12).
     */
    @Test
    void eachRealRefusalIsAnsweredAsItsOperationInTheApiDocumentDeclares() {
        JsonNode document = http.get("/v3/api-docs").json();
        assertThat(document.get("openapi").asString()).startsWith("3.1");
        // The check can fail: a body without the required fields, or with one of the wrong type.
        JsonNode problemDetail = JSON.readTree("{\"$ref\": \"#/components/schemas/ProblemDetail\"}");
        assertThat(violations(document, problemDetail, JSON.readTree("{}"))).isNotEmpty();
        assertThat(violations(document, problemDetail,
                JSON.readTree("{\"type\": \"urn:x\", \"title\": \"x\", \"status\": \"404\"}"))).isNotEmpty();

        List<Refused> refusals = refusedRequests();
        assertThat(refusals).extracting(Refused::status).contains(400, 401, 403, 404);
        List<String> mismatches = new ArrayList<>();
        for (Refused refused : refusals) {
            String name = refused.method() + " " + refused.path() + " (" + refused.status() + ")";
            Http.Response answer = http.request(refused.method(), refused.path(), refused.body(), refused.headers());
            if (answer.status() != refused.status()) {
                mismatches.add(name + ": answered " + answer.status() + " " + answer.text());
                continue;
            }
            Optional<JsonNode> operation = operationOf(document, refused.method(), refused.path());
            if (operation.isEmpty()) {
                mismatches.add(name + ": no such operation in the document");
                continue;
            }
            JsonNode declared = operation.get().path("responses").path(String.valueOf(answer.status()));
            JsonNode content = declared.path("content");
            if (!content.has(PROBLEM_JSON) || content.size() != 1) {
                mismatches.add(name + (declared.isMissingNode() ? ": the status is not declared"
                        : ": declared as " + content.propertyNames() + ", not only " + PROBLEM_JSON));
                continue;
            }
            String contentType = answer.header("Content-Type");
            if (contentType == null || !contentType.startsWith(PROBLEM_JSON)) {
                mismatches.add(name + ": answered as " + contentType);
                continue;
            }
            JsonNode schema = content.get(PROBLEM_JSON).path("schema");
            JsonNode ref = schema.path("$ref");
            if (!schema.isObject() || ref.isString() && document.at(ref.asString().substring(1)).isMissingNode()) {
                mismatches.add(name + ": no schema of the document declared: " + schema);
                continue;
            }
            JsonNode body = answer.json();
            List<String> violations = violations(document, schema, body);
            if (!violations.isEmpty()) {
                mismatches.add(name + ": " + violations + " in " + answer.text());
            }
            if (body.path("status").asInt() != answer.status()) {
                mismatches.add(name + ": the body's status is " + body.path("status"));
            }
        }
        assertThat(mismatches).as("refusals not answered as the API document declares").isEmpty();
    }

    /**
     * What Spring refuses before an endpoint runs, signed in: a method the path does not take (405,
     * with {@code Allow}) and a body of a media type the endpoint does not take (415). Not operations
     * of the document, but problem details like every refusal, with a {@code type}; the 415 names
     * what the endpoint takes instead of quoting the request's header.
     */
    @Test
    void aMethodOrMediaTypeTheEndpointDoesNotTakeIsRefusedAsProblemDetails() {
        List<Refused> refusals = refusedRequests();
        Refused signedIn = refusals.stream().filter(r -> r.status() == 400).findFirst().orElseThrow();
        Http.Response wrongMethod = http.request("PATCH", signedIn.path(), null, signedIn.headers());
        assertThat(wrongMethod.status()).as(wrongMethod.text()).isEqualTo(405);
        assertThat(wrongMethod.header("Content-Type")).startsWith(PROBLEM_JSON);
        assertThat(wrongMethod.header("Allow")).contains(signedIn.method());
        assertThat(wrongMethod.json().get("type").asString()).isEqualTo("urn:se.kontaktman:problem:method-not-allowed");

        Optional<Refused> withBody = refusals.stream().filter(r -> r.status() == 400 && r.body() != null).findFirst();
        if (withBody.isEmpty()) {
            return; // a service that takes no body (reminder-service)
        }
        String[] headers = Arrays.copyOf(withBody.get().headers(), withBody.get().headers().length + 2);
        headers[headers.length - 2] = "Content-Type";
        headers[headers.length - 1] = "text/plain;note=19121212-1212";
        Http.Response wrongType = http.request(withBody.get().method(), withBody.get().path(), null, headers);
        assertThat(wrongType.status()).as(wrongType.text()).isEqualTo(415);
        assertThat(wrongType.header("Content-Type")).startsWith(PROBLEM_JSON);
        assertThat(wrongType.json().get("type").asString()).isEqualTo("urn:se.kontaktman:problem:unsupported-media-type");
        assertThat(wrongType.json().get("detail").asString()).contains("application/json").doesNotContain("1212");
    }

    /** The operation a request reaches: a literal path segment before a variable, as Spring matches. */
    private static Optional<JsonNode> operationOf(JsonNode document, String method, String path) {
        String bare = path.split("\\?", 2)[0];
        String verb = method.toLowerCase(Locale.ROOT);
        return document.get("paths").properties().stream()
                .filter(entry -> entry.getValue().has(verb) && template(entry.getKey()).matcher(bare).matches())
                .min(Comparator.comparingLong(entry -> entry.getKey().chars().filter(c -> c == '{').count()))
                .map(entry -> entry.getValue().get(verb));
    }

    private static Pattern template(String path) {
        return Pattern.compile(Arrays.stream(path.split("\\{[^/}]+}", -1)).map(Pattern::quote)
                .collect(Collectors.joining("[^/]+")));
    }

    /** The schema checked with the document's components beside it, so that its {@code $ref}s resolve. */
    private static List<String> violations(JsonNode document, JsonNode schema, JsonNode body) {
        ObjectNode root = JSON.createObjectNode();
        root.setAll((ObjectNode) schema);
        root.set("components", document.get("components"));
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(root).validate(body)
                .stream().map(error -> {
                    String at = error.getInstanceLocation().toString();
                    return (at.isEmpty() ? "the body" : at) + ": " + error.getMessage();
                }).toList();
    }

    private static boolean problemDetail(JsonNode mediaType) {
        JsonNode ref = mediaType.path("schema").path("$ref");
        return ref.isString() && ref.asString().equals("#/components/schemas/ProblemDetail");
    }
}
