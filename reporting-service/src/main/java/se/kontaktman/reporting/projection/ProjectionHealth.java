package se.kontaktman.reporting.projection;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * Ready once a generation of the projection answers from this instance's memory: before that
 * (the first generation still being built, or not yet loaded) every overview answers 503.
 * Named so that health reports it as {@code projection}.
 */
@Component("projectionHealthIndicator")
class ProjectionHealth extends AbstractHealthIndicator {

    private final ProjectionCache cache;

    ProjectionHealth(ProjectionCache cache) {
        this.cache = cache;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        int generation = cache.answering().map(ProjectionCache.Loaded::generation).orElse(0);
        (generation > 0 ? builder.up() : builder.outOfService()).withDetail("generation", generation);
    }
}
