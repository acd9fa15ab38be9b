package se.kontaktman.platform.web;

import java.util.Arrays;
import java.util.List;

import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Problem details for every refusal, and {@link Actor} parameters, documented as the header they come from. */
@Configuration(proxyBeanMethods = false)
public class WebConfiguration implements WebMvcConfigurer {

    static {
        // Not a query parameter, whatever springdoc would guess: the customizer below documents the header.
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

    @Bean
    OperationCustomizer actorHeaderInApiDocument() {
        return (operation, handler) -> {
            boolean asksForActor = Arrays.stream(handler.getMethodParameters())
                    .anyMatch(p -> p.hasParameterAnnotation(Actor.class));
            if (asksForActor) {
                operation.addParametersItem(new HeaderParameter().name(Actor.DEV_HEADER).required(true)
                        .description("The staff id of whoever makes the request (development stand-in for sign-in)")
                        .schema(new StringSchema().pattern(se.kontaktman.platform.rules.Ids.PATTERN)));
            }
            return operation;
        };
    }
}
