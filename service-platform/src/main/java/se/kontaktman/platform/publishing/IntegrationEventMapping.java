package se.kontaktman.platform.publishing;

import se.kontaktman.events.IntegrationEvent;

/**
 * A service's domain events as the rest of the world may see them: the one place where each
 * service decides what leaves it, and where personal data is left behind.
 */
@FunctionalInterface
public interface IntegrationEventMapping {

    /** @return the integration event, or null for a domain event that is not published */
    IntegrationEvent toIntegrationEvent(Object domainEvent);
}
