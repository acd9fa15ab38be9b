package se.kontaktman.plan.caseplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** L8: the organisation's instruction for a second signature, as configured in kronor. */
class FundsInstructionsTest {

    private final FundsInstructions.FromSettings settings = new FundsInstructions.FromSettings();

    @Test
    void l8_fromTheConfiguredAmountOnAnEntryNeedsASecondSignature() {
        FundsInstructions fromTwoHundred = settings.fundsInstructions(new BigDecimal("200.50"));

        assertThat(fromTwoHundred.needsCountersignature(20049)).isFalse();
        assertThat(fromTwoHundred.needsCountersignature(20050)).isTrue();
        assertThat(settings.fundsInstructions(BigDecimal.ZERO).needsCountersignature(1)).as("the default: every entry")
                .isTrue();
    }

    @Test
    void l8_anAmountThatIsNotKronorIsRefusedAtStartUp() {
        for (String wrong : new String[]{"-1", "10.005"}) {
            assertThatThrownBy(() -> settings.fundsInstructions(new BigDecimal(wrong)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("countersignature-from");
        }
    }

    @Test
    void l8_amountsAreKronorAndOreAsStaffWriteThem() {
        assertThat(Kronor.toOre("amount", new BigDecimal("125.50"))).isEqualTo(12550);
        assertThat(Kronor.format(-37450)).isEqualTo("-374,50 kr");
        assertThat(Kronor.format(123456789)).isEqualTo("1 234 567,89 kr");
        for (String wrong : new String[]{"0", "-5", "12.345", "1000000.01"}) {
            assertThatThrownBy(() -> Kronor.toOre("amount", new BigDecimal(wrong))).as(wrong)
                    .hasMessageContaining("kronor");
        }
    }
}
