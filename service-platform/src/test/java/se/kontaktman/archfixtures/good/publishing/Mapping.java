package se.kontaktman.archfixtures.good.publishing;

import java.time.LocalDate;

import se.kontaktman.archfixtures.good.feature.PlainAggregate;
import se.kontaktman.events.plan.PlanClosed;

/** Exists to pass ArchitectureRulesTest: a published record built in publishing. */
public class Mapping {

    PlainAggregate source;

    PlanClosed publish() {
        return new PlanClosed("5f0c7a52-8d0e-4c55-9f6b-2f1c1e0b9a11", "solbacken", LocalDate.of(2026, 11, 23));
    }
}
