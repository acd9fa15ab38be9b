package se.kontaktman.platform.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Who may call a controller method: any of {@link #value()}, checked before the request's body is
 * read, so that a refused request learns nothing from validation. Every controller method has one
 * (a service does not start otherwise): an endpoint cannot be added without saying who may use it.
 * A refusal is 403 problem details naming {@link #rule()}.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Access {

    /** The rule's name as a refusal shows it, such as {@code reads-the-case}. */
    String rule();

    Who[] value();

    /** The client's personal data the answer holds: each read, and each refused attempt, is audited. */
    PersonalData[] reads() default {};
}
