package se.kontaktman.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Import;
import se.kontaktman.platform.eventsourcing.EventSourcingConfiguration;
import se.kontaktman.platform.mongo.MongoConfiguration;
import se.kontaktman.platform.publishing.PublishingConfiguration;
import se.kontaktman.platform.rules.RuleProfilesConfiguration;
import se.kontaktman.platform.time.ClockConfiguration;
import se.kontaktman.platform.web.WebConfiguration;

/**
 * What every service of the suite is built on, switched on by import on the service's
 * application class: the clock, Axon on MongoDB, the Kafka outbox, problem details and the
 * staff id of the request, and the rule profiles. A service that learns from other services'
 * topics also imports {@link se.kontaktman.platform.consuming.ConsumingConfiguration}.
 * Imported rather than auto-configured so that these beans come before Axon's and Boot's
 * auto-configuration, which back off where they are.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Import({ClockConfiguration.class, MongoConfiguration.class, EventSourcingConfiguration.class,
        PublishingConfiguration.class, WebConfiguration.class, RuleProfilesConfiguration.class})
public @interface EnableServicePlatform {
}
