package se.kontaktman.archfixtures.bad.beta;

import java.time.LocalDate;

import se.kontaktman.archfixtures.bad.alpha.Alpha;
import se.kontaktman.events.plan.PlanClosed;

/** Exists to be caught by ArchitectureRulesTest: the other half of a cycle, and a published record built here. */
public class Beta {

    Alpha alpha;

    PlanClosed publish() {
        return new PlanClosed("5f0c7a52-8d0e-4c55-9f6b-2f1c1e0b9a11", "solbacken", LocalDate.of(2026, 11, 23));
    }
}
