package se.kontaktman.archfixtures.bad.beta;

import org.axonframework.spring.stereotype.Aggregate;
import org.springframework.http.HttpStatus;

/** Exists to be caught by ArchitectureRulesTest: an aggregate that knows about HTTP. */
@Aggregate
public class WebAwareAggregate {

    HttpStatus refusal = HttpStatus.CONFLICT;
}
