package se.kontaktman.platform.web;

import java.util.List;

import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Problem details for every refusal, and {@link Actor} parameters from the access token. */
@Configuration(proxyBeanMethods = false)
public class WebConfiguration implements WebMvcConfigurer {

    private static final String BEARER = "bearer";

    static {
        // Not a query parameter, whatever springdoc would guess: it comes from the token.
        SpringDocUtils.getConfig().addAnnotationsToIgnore(Actor.class);
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new ActorArgumentResolver());
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
}
