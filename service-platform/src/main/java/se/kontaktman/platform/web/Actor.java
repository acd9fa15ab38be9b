package se.kontaktman.platform.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The staff id of whoever makes the request, on a controller method's {@code String} parameter.
 * Until staff sign in through the gateway, it comes from the development header
 * {@value #DEV_HEADER}: its name says that it is not authentication, and it must not be
 * reachable from outside the gateway. A request without it is refused with 401.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
public @interface Actor {

    String DEV_HEADER = "X-Dev-Staff-Id";
}
