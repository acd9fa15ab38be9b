package se.kontaktman.platform.publishing;

import java.util.List;

import se.kontaktman.events.IntegrationEvent;

/**
 * A service's domain events as the rest of the world may see them: the one place where each
 * service decides what leaves it, and where personal data is left behind.
 */
@FunctionalInterface
public interface IntegrationEventMapping {

    /** @return the integration event, or null for a domain event that is not published */
    IntegrationEvent toIntegrationEvent(Object domainEvent);

    /**
     * Every version of the integration event to publish, oldest first: more than one while an
     * older version is in its deprecation period (e.g. {@code ContactPersonAssigned} v1 and v2).
     * The publisher sends them in this order on the same key, each marked as superseded by the next
     * (see {@code PublishedEvent.supersededBy}). Empty for a domain event that is not published.
     */
    default List<IntegrationEvent> toIntegrationEvents(Object domainEvent) {
        IntegrationEvent event = toIntegrationEvent(domainEvent);
        return event == null ? List.of() : List.of(event);
    }
}
