package se.kontaktman.platform.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.tags.Tag;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import se.kontaktman.platform.rules.CommonRule;
import se.kontaktman.platform.rules.RefusalStatus;
import se.kontaktman.platform.security.Access;
import se.kontaktman.platform.security.Who;

/**
 * The services' OpenAPI documents declare every refusal as RFC 9457 problem details, once for all
 * services rather than per controller: each operation gets the 4xx (and 503) answers the platform
 * can give it, with content {@code application/problem+json} and the shared {@code ProblemDetail}
 * schema, and a description saying who may call it (its {@link Access} rule). Which answers an
 * operation can meet:
 * <ul>
 * <li>every operation: 400 (a malformed request, parameter or body), 401 ({@code signed-in}),
 * 403 (its access rule, {@code role}, {@code staff-token}), 503 ({@code store-available}, with
 * Retry-After);</li>
 * <li>with a path parameter: 404; with {@code {caseId}} in the path: 410 ({@code retention-ended});</li>
 * <li>with a request body: 413 ({@code request-size-limit});</li>
 * <li>a command (not GET or HEAD): 409 (a rule on the case's state, or a concurrent change) and 422
 * (a rule not about the state: dates, a staff member's role).</li>
 * </ul>
 * The document also gets what Spectral's {@code spectral:oas} rules ask for and springdoc leaves
 * out: its tags listed at the top, and a description of every operation.
 */
public final class ApiDocument {

    static final String SCHEMA = "ProblemDetail";
    static final String PROBLEM_JSON = "application/problem+json";
    private static final String TYPE = "urn:se.kontaktman:problem:";

    private ApiDocument() {
    }

    /** The refusals of each operation, and a description saying who may call it. */
    static OperationCustomizer refusals() {
        return (operation, handlerMethod) -> {
            Access access = handlerMethod.getMethodAnnotation(Access.class);
            if (operation.getDescription() == null || operation.getDescription().isBlank()) {
                operation.setDescription(description(access, handlerMethod));
            }
            boolean command = !isRead(handlerMethod);
            List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
            boolean pathParameter = parameters.stream().anyMatch(p -> "path".equals(p.getIn()));
            boolean caseInPath = parameters.stream().anyMatch(p -> "path".equals(p.getIn()) && "caseId".equals(p.getName()));
            ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
            String accessRule = access == null ? CommonRule.ROLE.id() : access.rule();
            Map<Integer, ApiResponse> refusals = new TreeMap<>();
            refusals.put(400, refusal(RefusalStatus.INVALID_INPUT, "Invalid input: a malformed request, a parameter or "
                    + "body not of the documented shape (rules such as readable-json, uuid, NotBlank)",
                    CommonRule.READABLE_JSON.id()));
            refusals.put(401, refusal(RefusalStatus.UNAUTHENTICATED, "No valid access token from the suite's sign-in",
                    CommonRule.SIGNED_IN.id()));
            refusals.put(403, refusal(RefusalStatus.FORBIDDEN, "Refused by the access rule " + accessRule
                    + " (or role, staff-token)", accessRule));
            if (pathParameter) {
                refusals.put(404, response("Nothing with the id in the path", example(404, "not-found", "Not found",
                        "nothing with id 4a7e...", null)));
            }
            if (caseInPath) {
                refusals.put(410, refusal(RefusalStatus.GONE, "The case's records were destroyed when their "
                        + "retention time ended", CommonRule.RETENTION_ENDED.id()));
            }
            if (operation.getRequestBody() != null) {
                refusals.put(413, refusal(RefusalStatus.TOO_LARGE, "The body is over the service's limit, refused "
                        + "before it is read", RequestSizeLimit.RULE));
            }
            if (command) {
                refusals.put(409, refusal(RefusalStatus.CONFLICT, "Refused by a rule on the case's state (closed, "
                        + "already recorded, a step not yet taken), or the case was changed by another request",
                        CommonRule.CASE_OPEN.id()));
                refusals.put(422, refusal(RefusalStatus.UNPROCESSABLE, "Well-formed, but it breaks a rule not about "
                        + "the case's state: a date, a staff member's role", CommonRule.DATE_NOT_IN_FUTURE.id()));
            }
            ApiResponse unavailable = refusal(RefusalStatus.UNAVAILABLE, "The service cannot reach its database for "
                    + "now; the same request may succeed shortly", CommonRule.STORE_AVAILABLE.id());
            unavailable.addHeaderObject("Retry-After", new Header().description("Seconds to wait before trying again")
                    .schema(new IntegerSchema()));
            refusals.put(503, unavailable);
            // What a controller declares itself is kept, its content made problem details.
            refusals.forEach((status, refusal) -> {
                ApiResponse declared = responses.get(String.valueOf(status));
                if (declared == null) {
                    responses.addApiResponse(String.valueOf(status), refusal);
                } else {
                    declared.setContent(refusal.getContent());
                }
            });
            operation.setResponses(responses);
            return operation;
        };
    }

    /** The {@code ProblemDetail} schema, and the tags the operations use, listed at the top. */
    static OpenApiCustomizer problemDetailSchemaAndTags() {
        return api -> {
            if (api.getComponents() == null) {
                api.setComponents(new Components());
            }
            api.getComponents().addSchemas(SCHEMA, problemDetailSchema());
            Set<String> used = api.getPaths() == null ? Set.of() : api.getPaths().values().stream()
                    .flatMap(path -> path.readOperations().stream())
                    .filter(operation -> operation.getTags() != null)
                    .flatMap(operation -> operation.getTags().stream())
                    .collect(Collectors.toCollection(java.util.TreeSet::new));
            Set<String> listed = api.getTags() == null ? Set.of()
                    : api.getTags().stream().map(Tag::getName).collect(Collectors.toSet());
            used.stream().filter(tag -> !listed.contains(tag)).forEach(tag -> api.addTagsItem(new Tag().name(tag)
                    .description("The operations of " + tag.replace('-', ' '))));
        };
    }

    static Schema<?> problemDetailSchema() {
        Schema<?> error = new ObjectSchema()
                .description("One reason the request was refused")
                .addProperty("field", new StringSchema().description("Where: a body field (interventions[0].how), "
                        + "a parameter, or body"))
                .addProperty("rule", new StringSchema().description("The rule's name, as in the service's catalogue"))
                .addProperty("message", new StringSchema().description("A sentence for people; never quotes the "
                        + "refused value"));
        return new ObjectSchema()
                .description("RFC 9457 problem details: every refusal of every service")
                .addProperty("type", new StringSchema().format("uri").description("urn:se.kontaktman:problem:<kind>, "
                        + "such as rule-violation or forbidden"))
                .addProperty("title", new StringSchema().description("The kind of refusal, for people"))
                .addProperty("status", new IntegerSchema().description("The HTTP status"))
                .addProperty("detail", new StringSchema().description("What was refused, for people"))
                .addProperty("instance", new StringSchema().format("uri-reference")
                        .description("The request's path"))
                .addProperty("rule", new StringSchema().description("The rule that refused the request, where one did"))
                .addProperty("errors", new ArraySchema().items(error).description("Each field refused, and why"))
                .required(List.of("type", "title", "status"));
    }

    private static boolean isRead(HandlerMethod handlerMethod) {
        RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(handlerMethod.getMethod(), RequestMapping.class);
        if (mapping == null || mapping.method().length == 0) {
            return false;
        }
        return Arrays.stream(mapping.method()).allMatch(m -> m == RequestMethod.GET || m == RequestMethod.HEAD);
    }

    private static String description(Access access, HandlerMethod handlerMethod) {
        String what = Arrays.stream(handlerMethod.getMethod().getName().split("(?=\\p{Upper})"))
                .map(String::toLowerCase).collect(Collectors.joining(" "));
        String name = Character.toUpperCase(what.charAt(0)) + what.substring(1) + ".";
        if (access == null) {
            return name;
        }
        String who = Arrays.stream(access.value()).map(Who::description).collect(Collectors.joining(", "));
        return name + " Who may: " + who + " (access rule " + access.rule() + "; anyone else is refused with 403)."
                + (access.reads().length > 0 ? " Every read is audited." : "");
    }

    private static ApiResponse refusal(RefusalStatus status, String description, String rule) {
        return response(description, example(status.httpStatus(), status.problemType(), status.title(),
                null, rule));
    }

    private static ApiResponse response(String description, Map<String, Object> example) {
        return new ApiResponse().description(description).content(new Content().addMediaType(PROBLEM_JSON,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + SCHEMA)).example(example)));
    }

    private static Map<String, Object> example(int status, String type, String title, String detail, String rule) {
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", TYPE + type);
        example.put("title", title);
        example.put("status", status);
        if (detail != null) {
            example.put("detail", detail);
        }
        if (rule != null) {
            example.put("rule", rule);
        }
        return example;
    }
}
