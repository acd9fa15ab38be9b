package se.kontaktman.platform.web;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import se.kontaktman.platform.rules.CommonRule;
import se.kontaktman.platform.rules.Ids;
import se.kontaktman.platform.rules.Refusal;

/** Resolves {@link Actor} parameters: 401 without a staff id, 400 for one of the wrong shape. */
class ActorArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.hasParameterAnnotation(Actor.class) && parameter.getParameterType() == String.class;
    }

    @Override
    public String resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
                                  NativeWebRequest request, WebDataBinderFactory binderFactory) {
        String staffId = request.getHeader(Actor.DEV_HEADER);
        if (staffId == null || staffId.isBlank()) {
            throw new Refusal(CommonRule.STAFF_IDENTITY_REQUIRED, Actor.DEV_HEADER,
                    "the request must say which staff member makes it (header " + Actor.DEV_HEADER + ")");
        }
        return Ids.require(Actor.DEV_HEADER, staffId);
    }
}
