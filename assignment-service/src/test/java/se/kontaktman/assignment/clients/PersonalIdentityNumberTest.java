package se.kontaktman.assignment.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.kontaktman.assignment.AssignmentRule;
import se.kontaktman.platform.rules.Refusal;
import se.kontaktman.assignment.support.TestPersonnummer;

class PersonalIdentityNumberTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void aPersonnummerWithCenturyIsAcceptedWithOrWithoutHyphen() {
        assertThat(PersonalIdentityNumber.parse("p", "19121212-1212", TODAY).digits()).isEqualTo("191212121212");
        assertThat(PersonalIdentityNumber.parse("p", "191212121212", TODAY).formatted()).isEqualTo("19121212-1212");
    }

    @Test
    void aSamordningsnummerHasTheDayPlusSixty() {
        String number = TestPersonnummer.of(LocalDate.of(1980, 5, 17), 123, true);

        assertThat(number).startsWith("19800577-");
        assertThat(PersonalIdentityNumber.parse("p", number, TODAY).digits()).isEqualTo(number.replace("-", ""));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "19121212-1213",  // wrong check digit
            "121212-1212",    // no century
            "19121312-1212",  // month 13
            "19120230-1212",  // 30 February
            "1912121212",     // ten digits
            "tolvan",
            "19121212+1212"})
    void malformedOrWrongNumbersAreRefusedWithoutEchoingThem(String input) {
        assertThatThrownBy(() -> PersonalIdentityNumber.parse("personnummer", input, TODAY))
                .isInstanceOf(Refusal.class)
                .satisfies(e -> {
                    Refusal invalid = (Refusal) e;
                    assertThat(invalid.error().field()).isEqualTo("personnummer");
                    assertThat(invalid.rule()).isEqualTo(AssignmentRule.PERSONNUMMER);
                    assertThat(invalid.getMessage()).doesNotContain(input);
                });
    }

    @Test
    void aDateOfBirthAfterTodayIsRefused() {
        String tomorrow = TestPersonnummer.of(TODAY.plusDays(1), 1, false);

        assertThatThrownBy(() -> PersonalIdentityNumber.parse("personnummer", tomorrow, TODAY))
                .isInstanceOf(Refusal.class)
                .hasMessageContaining("after today");
    }

    @Test
    void itNeverPrintsItself() {
        PersonalIdentityNumber number = PersonalIdentityNumber.parse("p", "19121212-1212", TODAY);

        assertThat(number.toString()).doesNotContain("1212");
        assertThat(new Client("c-1", number.digits(), "Tolvan Tolvansson").toString())
                .doesNotContain("1212").doesNotContain("Tolvan");
    }
}
