package se.kontaktman.platform.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;

import org.junit.jupiter.api.Test;
import se.kontaktman.platform.testing.MutableClock;

/** Dates on a record of what happened, and how far back one a deadline counts from may lie. */
class DateRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private final MutableClock clock = new MutableClock(TODAY);

    @Test
    void aRecordIsNotDatedAfterToday() {
        assertThatCode(() -> DateRules.notAfterToday("heldOn", TODAY, clock)).doesNotThrowAnyException();
        assertThatThrownBy(() -> DateRules.notAfterToday("heldOn", TODAY.plusDays(1), clock))
                .isInstanceOfSatisfying(Refusal.class,
                        refusal -> assertThat(refusal.rule()).isEqualTo(CommonRule.DATE_NOT_IN_FUTURE));
    }

    @Test
    void aDateWithinTheBackdatingLimitNeedsNoReason() {
        assertThatCode(() -> DateRules.notBackdatedBeyond("heldOn", TODAY.minusDays(7), Period.ofDays(7), null,
                clock)).doesNotThrowAnyException();
    }

    @Test
    void aDateFurtherBackIsRefusedWithoutAReasonSoThatNoDeadlineIsOverdueOnArrival() {
        assertThatThrownBy(() -> DateRules.notBackdatedBeyond("heldOn", TODAY.minusDays(8), Period.ofDays(7), null,
                clock))
                .isInstanceOfSatisfying(Refusal.class, refusal -> {
                    assertThat(refusal.rule()).isEqualTo(CommonRule.BACKDATING_LIMIT);
                    assertThat(refusal.error().field()).isEqualTo("heldOn");
                });
    }

    @Test
    void aDateFurtherBackIsAcceptedWithAReason() {
        assertThatCode(() -> DateRules.notBackdatedBeyond("heldOn", TODAY.minusYears(1), Period.ofDays(7),
                BackdatingReason.MIGRATION, clock)).doesNotThrowAnyException();
    }

    @Test
    void aDateIsNotBeforeWhatItFollows() {
        assertThatThrownBy(() -> DateRules.notBefore("followedUpOn", TODAY.minusDays(1), TODAY, "the plan"))
                .isInstanceOfSatisfying(Refusal.class, refusal -> {
                    assertThat(refusal.rule()).isEqualTo(CommonRule.DATE_IN_ORDER);
                    assertThat(refusal.error().message()).contains("the plan (2026-11-23)");
                });
    }
}
