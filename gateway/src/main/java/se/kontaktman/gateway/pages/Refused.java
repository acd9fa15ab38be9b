package se.kontaktman.gateway.pages;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;
import se.kontaktman.gateway.ServiceClients.Answer;
import tools.jackson.databind.JsonNode;

/** A page a service would not give (403, 404, 410): shown to the person as a Swedish page, with the rule. */
@ResponseStatus(HttpStatus.FORBIDDEN)
class Refused extends RuntimeException {

    private final int status;
    private final String rule;

    Refused(Answer answer) {
        this(answer, answer.body() == null ? "" : answer.body().path("detail").asString(""));
    }

    /** With the page's own Swedish explanation, where the service gave none. */
    Refused(Answer answer, String explanation) {
        super(explanation);
        this.status = answer.status();
        this.rule = answer.body() == null ? "" : answer.body().path("rule").asString("");
    }

    int status() {
        return status;
    }

    String rule() {
        return rule;
    }

    /** The answer's body, or this page's refusal when the service refused. */
    static JsonNode body(Answer answer) {
        if (!answer.ok()) {
            throw new Refused(answer);
        }
        return answer.body();
    }

    /**
     * A refused form's errors, to show it again; a refusal that names none the form could show
     * (403, 404, 410 without problem details) is this page's refusal instead.
     */
    static Map<String, String> byField(Answer answer) {
        if (answer.body() == null) {
            throw new Refused(answer);
        }
        return byField(answer.body());
    }

    /** Field name (as the form names it) to the Swedish text of what is wrong with it. */
    static Map<String, String> byField(JsonNode problem) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (problem == null) {
            return errors;
        }
        for (JsonNode error : problem.path("errors")) {
            String field = error.path("field").asString("");
            // Who asked is not a field of the form: a refusal of the person is the request's as a whole.
            errors.putIfAbsent(field.equals("actor") ? "" : field,
                    Swedish.refusal(error.path("rule").asString(""), error.path("message").asString("")));
        }
        if (errors.isEmpty()) {
            errors.put("", Swedish.refusal(problem.path("rule").asString(""), problem.path("detail").asString("")));
        }
        return errors;
    }
}
