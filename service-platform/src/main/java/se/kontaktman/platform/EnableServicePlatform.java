package se.kontaktman.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Import;

/**
 * What every service of the suite is built on, switched on by import on the service's
 * application class: the clock, Axon on MongoDB, the Kafka outbox, Kafka's health, problem
 * details and the staff id of the request, and the rule profiles. A service that learns from
 * other services' topics also imports {@link se.kontaktman.platform.consuming.ConsumingConfiguration}.
 * Imported rather than auto-configured so that these beans come before Axon's and Boot's
 * auto-configuration, which back off where they are.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Import(ServicePlatformImports.class)
public @interface EnableServicePlatform {

    /**
     * Whether the service publishes its stored domain events through the outbox (then it provides
     * an {@link se.kontaktman.platform.publishing.IntegrationEventMapping}). False for a service
     * that publishes otherwise, such as reminder-service, whose events are derived, not stored.
     */
    boolean outbox() default true;
}
