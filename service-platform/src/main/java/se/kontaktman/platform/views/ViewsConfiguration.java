package se.kontaktman.platform.views;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The {@code views} actuator endpoint, for the service's {@link ViewRebuild}: the platform's
 * (assignment, plan: {@code kontaktman.views.collections}) or the service's own (reminder,
 * reporting). Exposed over the web in kontaktman-service-defaults.yml.
 */
@Configuration(proxyBeanMethods = false)
public class ViewsConfiguration {

    @Bean
    ViewsEndpoint viewsEndpoint(ObjectProvider<ViewRebuild> rebuild) {
        return new ViewsEndpoint(rebuild(rebuild));
    }

    @Bean
    FilterRegistrationBean<RequestsWhileRebuilding> requestsWhileRebuilding(ObjectProvider<ViewRebuild> rebuild) {
        FilterRegistrationBean<RequestsWhileRebuilding> registration =
                new FilterRegistrationBean<>(new RequestsWhileRebuilding(rebuild(rebuild)));
        // After the request-size limit, before security: nothing of the request is needed to refuse it.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /** Looked up when used: the service's own is a component of its own, found after this configuration. */
    private static ViewRebuild rebuild(ObjectProvider<ViewRebuild> provided) {
        return new ViewRebuild() {
            @Override
            public RebuildProgress start() {
                return provided.getIfAvailable(NothingToRebuild::new).start();
            }

            @Override
            public RebuildProgress progress() {
                return provided.getIfAvailable(NothingToRebuild::new).progress();
            }

            @Override
            public boolean refusesRequests() {
                return provided.getIfAvailable(NothingToRebuild::new).refusesRequests();
            }
        };
    }

    /** A service with no views. */
    private static final class NothingToRebuild implements ViewRebuild {

        @Override
        public RebuildProgress start() {
            return progress();
        }

        @Override
        public RebuildProgress progress() {
            return RebuildProgress.none("this service has no views to rebuild");
        }
    }
}
