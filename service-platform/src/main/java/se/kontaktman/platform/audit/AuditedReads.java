package se.kontaktman.platform.audit;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;
import se.kontaktman.platform.rules.Ids;
import se.kontaktman.platform.security.Access;
import se.kontaktman.platform.security.PersonalData;
import se.kontaktman.platform.security.ReadRefusals;
import se.kontaktman.platform.security.SignedIn;

/**
 * Records the read of every answer that holds a client's personal data ({@link Access#reads()}),
 * just before it is written: if the record cannot be stored, the answer fails and nothing is
 * read unrecorded. The case is the one the path names, or those a list answer names in
 * {@link ReadAudit#CASES_READ}.
 */
@ControllerAdvice
public final class AuditedReads implements ResponseBodyAdvice<Object>, ReadRefusals {

    private final ReadAudit audit;

    public AuditedReads(ReadAudit audit) {
        this.audit = audit;
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        Access access = returnType.getMethodAnnotation(Access.class);
        return access != null && access.reads().length > 0;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
                                  Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
                                  ServerHttpResponse response) {
        if (!(request instanceof ServletServerHttpRequest servletRequest)
                || !(response instanceof ServletServerHttpResponse servletResponse)
                || servletResponse.getServletResponse().getStatus() >= 400) {
            return body;
        }
        HttpServletRequest http = servletRequest.getServletRequest();
        List<String> cases = casesOf(http);
        if (!cases.isEmpty()) {
            Access access = returnType.getMethodAnnotation(Access.class);
            audit.record(SignedIn.current().staffId(), cases, null, dataOf(access), endpointOf(http),
                    ReadAudit.Outcome.READ, null);
        }
        return body;
    }

    /**
     * The case is the one the path names (a valid case id, or none); a list's attempt is recorded
     * with whose cases it asked for. Nothing else from the request: a client may put anything in
     * a query.
     */
    @Override
    public void refused(SignedIn actor, Access access, HttpServletRequest request) {
        String caseId = caseOfPath(request);
        String about = null;
        for (String name : List.of("staffId", "staffGroupId")) {
            String value = request.getParameter(name);
            if (caseId == null && about == null && Ids.isValid(value)) {
                about = name + "=" + value;
            }
        }
        audit.record(actor.staffId(), Collections.singletonList(caseId), about, dataOf(access), endpointOf(request),
                ReadAudit.Outcome.REFUSED, access.rule());
    }

    private static Set<PersonalData> dataOf(Access access) {
        Set<PersonalData> data = EnumSet.noneOf(PersonalData.class);
        data.addAll(Arrays.asList(access.reads()));
        return data;
    }

    /** As the mapping names it, {@code GET /cases/{caseId}/plan}: never the values in the path. */
    private static String endpointOf(HttpServletRequest request) {
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        return request.getMethod() + " " + (pattern != null ? pattern : "?");
    }

    @SuppressWarnings("unchecked")
    private static List<String> casesOf(HttpServletRequest request) {
        Object listed = request.getAttribute(ReadAudit.CASES_READ);
        if (listed instanceof List<?> caseIds) {
            return (List<String>) caseIds;
        }
        String caseId = caseOfPath(request);
        return caseId == null ? List.of() : List.of(caseId);
    }

    @SuppressWarnings("unchecked")
    private static String caseOfPath(HttpServletRequest request) {
        Map<String, String> path = (Map<String, String>) request.getAttribute(
                HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        String caseId = path == null ? null : path.get("caseId");
        return Ids.isCaseId(caseId) ? caseId : null;
    }
}
