package se.kontaktman.assignment.organisation;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.Objects;

import org.axonframework.modelling.command.AggregateLifecycle;

/** Organisation units are defined as a whole: an event only when the state changes. */
final class Definitions {

    private Definitions() {
    }

    /** @return the unit's version afterwards */
    static long applyIfChanged(Object current, Object next) {
        if (!Objects.equals(current, next)) {
            apply(next);
        }
        return AggregateLifecycle.getVersion();
    }
}
