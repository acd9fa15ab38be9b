package se.kontaktman.platform.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import se.kontaktman.platform.rules.Refusal;

/**
 * Checks every request to the suite's own controllers against the method's {@link Access}, before
 * the body is read. The framework's own handlers (errors, the API document, the actuator) are
 * left to the security filter's rules.
 */
public final class AccessInterceptor implements HandlerInterceptor {

    private static final String OWN = "se.kontaktman.";

    private final AccessRules rules;
    private final ReadRefusals refusals;

    /** @param refusals told of refused attempts to read personal data; null in a service keeping none */
    public AccessInterceptor(AccessRules rules, ReadRefusals refusals) {
        this.rules = rules;
        this.refusals = refusals;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method) || !isOwn(method)) {
            return true;
        }
        Access access = method.getMethodAnnotation(Access.class);
        if (access == null) {
            throw new IllegalStateException("no access rule on " + method); // refused at start; see unruled()
        }
        @SuppressWarnings("unchecked")
        Map<String, String> path = (Map<String, String>) request.getAttribute(
                HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        AccessRules.Scope scope = new AccessRules.Scope(named("caseId", path, request),
                named("staffGroupId", path, request), named("areaId", path, request),
                named("staffId", path, request));
        SignedIn actor = SignedIn.current();
        try {
            rules.require(actor, access.rule(), scope, access.value());
        } catch (Refusal refused) {
            if (refusals != null && access.reads().length > 0) {
                refusals.refused(actor, access, request);
            }
            throw refused;
        }
        rules.requireRecordsKept(scope);
        return true;
    }

    /** The suite's controller methods that say nothing of who may call them. */
    public static List<String> unruled(RequestMappingHandlerMapping mapping) {
        List<String> unruled = new ArrayList<>();
        mapping.getHandlerMethods().forEach((info, method) -> {
            if (isOwn(method) && method.getMethodAnnotation(Access.class) == null) {
                unruled.add(info + " " + method);
            }
        });
        return unruled;
    }

    private static boolean isOwn(HandlerMethod method) {
        return method.getBeanType().getName().startsWith(OWN);
    }

    private static String named(String name, Map<String, String> path, HttpServletRequest request) {
        String fromPath = path == null ? null : path.get(name);
        return fromPath != null ? fromPath : request.getParameter(name);
    }
}
