package se.kontaktman.plan.caseplan;

import java.math.BigDecimal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The organisation's instructions for a client's private funds (L8: "enligt Omsorgsförvaltningens
 * instruktioner"), as far as the ledger enforces them: from which amount an entry needs a second
 * signature. Set {@code kontaktman.private-funds.countersignature-from} (kronor); the default, 0,
 * asks for two signatures on every entry, the safe side until an organisation says otherwise.
 */
public record FundsInstructions(long countersignatureFromOre) {

    public boolean needsCountersignature(long amountOre) {
        return amountOre >= countersignatureFromOre;
    }

    @Configuration(proxyBeanMethods = false)
    static class FromSettings {

        @Bean
        FundsInstructions fundsInstructions(
                @Value("${kontaktman.private-funds.countersignature-from:0}") BigDecimal countersignatureFrom) {
            if (countersignatureFrom.signum() < 0 || countersignatureFrom.stripTrailingZeros().scale() > 2) {
                throw new IllegalArgumentException("kontaktman.private-funds.countersignature-from "
                        + countersignatureFrom + " is not an amount in kronor");
            }
            return new FundsInstructions(countersignatureFrom.movePointRight(2).longValueExact());
        }
    }
}
