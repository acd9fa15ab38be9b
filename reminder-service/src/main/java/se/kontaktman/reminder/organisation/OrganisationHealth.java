package se.kontaktman.reminder.organisation;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * Ready once the organisation has been read: before that, no deadline is counted or published.
 * Named so that health reports it as {@code organisation} (the suffix is dropped).
 */
@Component("organisationHealthIndicator")
class OrganisationHealth extends AbstractHealthIndicator {

    private final Organisation organisation;

    OrganisationHealth(Organisation organisation) {
        this.organisation = organisation;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        (organisation.isCaughtUp() ? builder.up() : builder.outOfService()).withDetail("read", organisation.isCaughtUp());
    }
}
