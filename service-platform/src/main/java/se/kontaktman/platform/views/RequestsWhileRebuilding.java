package se.kontaktman.platform.views;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;
import se.kontaktman.platform.web.Problems;

/**
 * While views are cleared and refilled in place, a staff request is answered 503
 * {@code views-rebuilding} with Retry-After: a read would see half of what is known, and a command
 * would wait for the rebuild. Operations (the actuator), the API and event documents and errors stay open.
 */
class RequestsWhileRebuilding extends OncePerRequestFilter {

    private final ViewRebuild rebuild;

    RequestsWhileRebuilding(ViewRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/actuator") || path.startsWith("/v3/api-docs") || path.equals("/asyncapi")
                || path.startsWith("/schemas/") || path.equals("/error");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!rebuild.refusesRequests()) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(503);
        response.setHeader("Retry-After", "30");
        response.setContentType("application/problem+json");
        response.getOutputStream().write(Problems.json(503, "views-rebuilding", "Views being rebuilt",
                "the views are being rebuilt from the stored events: try again shortly", "views-rebuilding")
                .getBytes(StandardCharsets.UTF_8));
    }
}
