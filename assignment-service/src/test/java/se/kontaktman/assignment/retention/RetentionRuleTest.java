package se.kontaktman.assignment.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import se.kontaktman.assignment.clients.PersonalIdentityNumber;
import se.kontaktman.assignment.support.TestPersonnummer;
import se.kontaktman.events.CareProfile;
import se.kontaktman.platform.protection.RetentionTime;

class RetentionRuleTest {

    private static final LocalDate TODAY = LocalDate.of(2031, 11, 23);
    private final RetentionRule rule = new RetentionRule(new RetentionTime(5), Set.of(5, 15, 25), false);

    private static PersonalIdentityNumber bornOn(int day, boolean coordination) {
        return PersonalIdentityNumber.parse("personnummer",
                TestPersonnummer.of(LocalDate.of(1940, 3, day), 123, coordination), TODAY);
    }

    @Test
    void gallring_theRecordsAreKeptFiveYearsAfterTheLastEntryAndNoLonger_SoL12_1() {
        LocalDate lastEntry = LocalDate.of(2026, 11, 23);

        assertThat(rule.endsAfter(lastEntry)).isEqualTo(LocalDate.of(2031, 11, 23));
        assertThat(rule.ended(lastEntry, LocalDate.of(2031, 11, 22))).isFalse();
        assertThat(rule.ended(lastEntry, LocalDate.of(2031, 11, 23))).isTrue();
        assertThat(rule.lastEntryEndedBy(TODAY)).isEqualTo(lastEntry);
    }

    @Test
    void gallring_aLeapDaysRetentionEndsOnTheLastDayOfFebruary() {
        assertThat(rule.endsAfter(LocalDate.of(2028, 2, 29))).isEqualTo(LocalDate.of(2033, 2, 28));
    }

    @Test
    void gallring_peopleBornOnThe5th15thAnd25thAreKeptForResearch_SoL12_2() {
        assertThat(rule.keptForResearch(bornOn(5, false))).isTrue();
        assertThat(rule.keptForResearch(bornOn(15, false))).isTrue();
        assertThat(rule.keptForResearch(bornOn(25, false))).isTrue();
        assertThat(rule.keptForResearch(bornOn(14, false))).isFalse();
        assertThat(rule.keptForResearch(bornOn(26, false))).isFalse();
    }

    @Test
    void gallring_aSamordningsnummersDayOfBirthIsItsDayLess60() {
        assertThat(rule.keptForResearch(bornOn(15, true))).as("day 75").isTrue();
        assertThat(rule.keptForResearch(bornOn(16, true))).as("day 76").isFalse();
    }

    @Test
    void gallring_theYearsAndTheDaysKeptAreTheMunicipalitysSettings() {
        RetentionRule own = new RetentionRule(new RetentionTime(10), Set.of(), true);

        assertThat(own.endsAfter(LocalDate.of(2026, 1, 1))).isEqualTo(LocalDate.of(2036, 1, 1));
        assertThat(own.keptForResearch(bornOn(15, false))).isFalse();
        assertThat(own.keptForGood(CareProfile.LSS)).as("LSS destroyed by the municipality's decision").isFalse();
    }

    @Test
    void gallring_lssRecordsAreKeptUnlessTheMunicipalityDecidesOtherwise() {
        assertThat(rule.keptForGood(CareProfile.LSS)).isTrue();
        assertThat(rule.keptForGood(CareProfile.HOME_CARE)).isFalse();
    }
}
