package se.kontaktman.plan.contactsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Period;

import org.junit.jupiter.api.Test;
import se.kontaktman.events.CareProfile;
import se.kontaktman.rules.RuleProfile;

/** The "Jag är din kontaktman" sheet promises what the case's rule profile says, in the seed's words. */
class ContactSheetTest {

    private static final RuleProfile SEED = RuleProfile.defaults(CareProfile.HOME_CARE);

    @Test
    void theSeedsProfileGivesTheSeedsPromises() {
        assertThat(ContactSheetController.promises(SEED)).containsExactly(
                "Ett första hembesök där jag presenterar mig för dig och informerar om vilket uppdrag som jag har "
                        + "som kontaktman.",
                "Att tillsammans med dig skriva din genomförandeplan inom tre veckor efter mitt första hembesök hos "
                        + "dig. I din genomförandeplan skriver vi tillsammans upp hur du önskar att få dina beviljade "
                        + "insatser utförda. Det är viktigt för oss att dina önskemål blir synliggjorda.",
                "Att tillsammans med dig följa upp din genomförandeplan minst var sjätte månad.",
                "Att informera övriga i arbetsgruppen hur vi ska hjälpa dig enligt genomförandeplanen.");
    }

    @Test
    void h3_anOrganisationWritingThePlanWithinTwoWeeksPromisesTwoWeeks() {
        RuleProfile fortnight = SEED.toBuilder().planWithinAfterIntroduction(Period.ofDays(14)).build();

        assertThat(ContactSheetController.promises(fortnight).get(1)).contains("inom två veckor efter mitt första");
    }

    @Test
    void h4_anOrganisationFollowingUpEveryThreeMonthsPromisesThat() {
        RuleProfile quarterly = SEED.toBuilder().followUpWithin(Period.ofMonths(3)).build();

        assertThat(ContactSheetController.promises(quarterly).get(2)).endsWith("minst var tredje månad.");
    }

    @Test
    void periodsAreWrittenAsAClientReadsThem() {
        assertThat(SwedishPeriods.within(Period.ofWeeks(1))).isEqualTo("inom en vecka");
        assertThat(SwedishPeriods.within(Period.ofDays(10))).isEqualTo("inom tio dagar");
        assertThat(SwedishPeriods.within(Period.ofDays(30))).isEqualTo("inom 30 dagar");
        assertThat(SwedishPeriods.within(Period.ofMonths(1))).isEqualTo("inom en månad");
        assertThat(SwedishPeriods.within(Period.ofYears(1))).isEqualTo("inom ett år");
        assertThat(SwedishPeriods.atLeastEvery(Period.ofMonths(1))).isEqualTo("minst varje månad");
        assertThat(SwedishPeriods.atLeastEvery(Period.ofMonths(2))).isEqualTo("minst varannan månad");
        assertThat(SwedishPeriods.atLeastEvery(Period.ofMonths(12))).isEqualTo("minst varje år");
        assertThat(SwedishPeriods.atLeastEvery(Period.ofYears(2))).isEqualTo("minst vartannat år");
        assertThat(SwedishPeriods.atLeastEvery(Period.ofWeeks(2))).isEqualTo("minst varannan vecka");
        assertThat(SwedishPeriods.atLeastEvery(Period.ofMonths(18))).isEqualTo("minst var 18:e månad");
    }
}
