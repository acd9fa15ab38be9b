package se.kontaktman.platform.security;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import se.kontaktman.platform.rules.CommonRule;
import se.kontaktman.platform.rules.FieldError;
import se.kontaktman.platform.rules.Rule;
import tools.jackson.databind.json.JsonMapper;

/**
 * 401 and 403 from the security filters as the same problem details as every other refusal, with
 * the {@code WWW-Authenticate} header RFC 6750 asks for. Neither the token nor anything from it
 * goes into the answer or the log: only which rule refused.
 */
final class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();
    private final BearerTokenAccessDeniedHandler bearerDenied = new BearerTokenAccessDeniedHandler();

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        bearer.commence(request, response, e); // sets the status and WWW-Authenticate
        // Not the path: whatever a client put in it (a personnummer, say) would end up in the log.
        log.debug("Unauthenticated request refused: {}", e.getClass().getSimpleName());
        write(response, CommonRule.SIGNED_IN, "Authorization",
                "a valid access token from the suite's sign-in is required (Authorization: Bearer ...)");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        bearerDenied.handle(request, response, e);
        if (SignedIn.isStaffMember(SecurityContextHolder.getContext().getAuthentication())) {
            write(response, CommonRule.ROLE, "Authorization", "the signed-in staff member's roles do not allow this");
        } else {
            write(response, CommonRule.STAFF_TOKEN, "Authorization", "only a staff member's own token is answered here");
        }
    }

    private static void write(HttpServletResponse response, Rule rule, String field, String message)
            throws IOException {
        // The fields of the problem details every other refusal has (ProblemDetailsAdvice).
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "urn:se.kontaktman:problem:" + rule.status().problemType());
        problem.put("title", rule.status().title());
        problem.put("status", rule.status().httpStatus());
        problem.put("detail", field + ": " + message);
        problem.put("rule", rule.id());
        problem.put("errors", List.of(new FieldError(field, rule.id(), message)));
        response.setStatus(rule.status().httpStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        JSON.writeValue(response.getOutputStream(), problem);
    }
}
