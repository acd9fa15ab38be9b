package se.kontaktman.platform.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The staff id of the signed-in staff member who makes the request, from the access token, on a
 * controller method's {@code String} parameter. A request without a staff member's token never
 * reaches the method (401), and one with a system's token is refused (403, {@code staff-token}).
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
public @interface Actor {
}
