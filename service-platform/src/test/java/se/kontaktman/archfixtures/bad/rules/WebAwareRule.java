package se.kontaktman.archfixtures.bad.rules;

import org.springframework.http.HttpStatus;

/** Exists to be caught by ArchitectureRulesTest: a rule, such as aggregates refuse with, that knows about HTTP. */
public class WebAwareRule {

    HttpStatus refusal = HttpStatus.BAD_REQUEST;
}
