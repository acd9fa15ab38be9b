package se.kontaktman.archfixtures.good.rules;

import java.time.LocalDate;

/** Exists to pass ArchitectureRulesTest: a rule that knows only the JDK. */
public class PlainRule {

    boolean holds(LocalDate closedOn) {
        return closedOn == null;
    }
}
