package se.kontaktman.gateway;

import static org.springframework.cloud.gateway.server.mvc.filter.AfterFilterFunctions.removeResponseHeader;
import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.removeRequestHeader;
import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.stripPrefix;
import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.uri;
import static org.springframework.cloud.gateway.server.mvc.filter.TokenRelayFilterFunctions.tokenRelay;
import static org.springframework.cloud.gateway.server.mvc.handler.GatewayRouterFunctions.route;
import static org.springframework.cloud.gateway.server.mvc.handler.HandlerFunctions.http;
import static org.springframework.web.servlet.function.RequestPredicates.path;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * {@code /api/<service>/...} to the service, with the signed-in staff member's access token
 * (token relay) and without the browser's cookies: for the pages' progressive enhancement and
 * for anyone who wants the JSON behind a page. The services decide what the token may do, as for any other caller.
 */
@Configuration(proxyBeanMethods = false)
class Routes {

    static final String[] SERVICES = {"assignment", "plan", "reminder", "reporting"};

    @Bean
    RouterFunction<ServerResponse> serviceRoutes(GatewayProperties properties) {
        RouterFunction<ServerResponse> routes = null;
        for (String service : SERVICES) {
            RouterFunction<ServerResponse> one = route(service + "-api")
                    .route(path("/api/" + service + "/**"), http())
                    .before(stripPrefix(2))
                    .before(uri(properties.service(service)))
                    // The session is the gateway's: its cookie, and the provider's on the same host, stay here.
                    .before(removeRequestHeader("Cookie"))
                    .after(removeResponseHeader("Set-Cookie"))
                    .filter(tokenRelay())
                    .build();
            routes = routes == null ? one : routes.and(one);
        }
        return routes;
    }
}
