package se.kontaktman.archfixtures.good.feature;

import java.time.LocalDate;

import org.axonframework.spring.stereotype.Aggregate;
import se.kontaktman.platform.rules.CommonRule;
import se.kontaktman.platform.rules.Refusal;

/** Exists to pass ArchitectureRulesTest: an aggregate using only the JDK and the platform's rules. */
@Aggregate
public class PlainAggregate {

    LocalDate closedOn;

    void requireOpen() {
        if (closedOn != null) {
            throw new Refusal(CommonRule.CASE_OPEN, "caseId", "the case is closed");
        }
    }
}
