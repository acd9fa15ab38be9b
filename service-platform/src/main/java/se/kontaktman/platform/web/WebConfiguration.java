package se.kontaktman.platform.web;

import org.apache.catalina.core.StandardHost;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

import java.util.List;

import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import se.kontaktman.platform.security.AccessInterceptor;
import se.kontaktman.platform.security.AccessRules;
import se.kontaktman.platform.security.ReadRefusals;

/** Problem details for every refusal, {@link Actor} parameters from the access token, and every endpoint's access rule. */
@Configuration(proxyBeanMethods = false)
public class WebConfiguration implements WebMvcConfigurer {

    private static final String BEARER = "bearer";

    static {
        // Not a query parameter, whatever springdoc would guess: it comes from the token.
        SpringDocUtils.getConfig().addAnnotationsToIgnore(Actor.class);
    }

    private final ObjectProvider<AccessRules> accessRules;
    private final ObjectProvider<ReadRefusals> refusals;

    WebConfiguration(ObjectProvider<AccessRules> accessRules, ObjectProvider<ReadRefusals> refusals) {
        this.accessRules = accessRules;
        this.refusals = refusals;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new ActorArgumentResolver());
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new AccessInterceptor(accessRules.getObject(), refusals.getIfAvailable()));
    }

    /** A service does not start with an endpoint that says nothing of who may call it. */
    @Bean
    ApplicationListener<ContextRefreshedEvent> everyEndpointHasAnAccessRule() {
        return event -> event.getApplicationContext().getBeansOfType(RequestMappingHandlerMapping.class).values()
                .forEach(mapping -> {
                    List<String> unruled = AccessInterceptor.unruled(mapping);
                    if (!unruled.isEmpty()) {
                        throw new IllegalStateException("Endpoints without @Access: " + unruled);
                    }
                });
    }

    /** No request body over the limit is read ({@link RequestSizeLimit}); 1 MB unless configured. */
    @Bean
    FilterRegistrationBean<RequestSizeLimit> requestSizeLimit(
            @Value("${kontaktman.web.max-request-body:1MB}") DataSize limit) {
        FilterRegistrationBean<RequestSizeLimit> registration = new FilterRegistrationBean<>(new RequestSizeLimit(limit));
        // Before security and everything else: nothing reads a body over the limit.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** The web server's own refusals as problem details too ({@link ProblemReportValve}), not its HTML page. */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemDetailsFromTheWebServer() {
        return factory -> factory.addContextCustomizers(context -> ((StandardHost) context.getParent())
                .setErrorReportValveClass(ProblemReportValve.class.getName()));
    }

    /** Registered with the JSON mapper of every request body (Spring Boot takes every JacksonModule bean). */
    @Bean
    tools.jackson.databind.JacksonModule textWithoutControlCharacters() {
        return TextWithoutControlCharacters.module();
    }

    @Bean
    ProblemDetailsAdvice problemDetailsAdvice() {
        return new ProblemDetailsAdvice();
    }

    /** The API document says how to sign in: every operation takes a bearer token. */
    @Bean
    OpenApiCustomizer bearerTokenInApiDocument() {
        return api -> {
            api.schemaRequirement(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                    .bearerFormat("JWT").description("An access token from the suite's OpenID provider"));
            api.addSecurityItem(new SecurityRequirement().addList(BEARER));
        };
    }

    /** Every operation's refusals as problem details, and who may call it ({@link ApiDocument}). */
    @Bean
    OperationCustomizer refusalsInApiDocument() {
        return ApiDocument.refusals();
    }

    @Bean
    OpenApiCustomizer problemDetailsAndTagsInApiDocument() {
        return ApiDocument.problemDetailSchemaAndTags();
    }
}
