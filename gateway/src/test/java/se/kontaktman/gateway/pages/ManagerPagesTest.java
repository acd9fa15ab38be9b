package se.kontaktman.gateway.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The key figures' bar charts: heights as the table's numbers are. */
class ManagerPagesTest {

    @Test
    void theMonthWithMostOverdueReachesTheTopAndTheOthersScaleToIt() {
        List<ManagerPages.Bar> bars = ManagerPages.countBars(List.of("2026-10", "2026-11", "2026-12"), List.of(2, 4, 1));

        assertThat(bars).extracting(ManagerPages.Bar::height).containsExactly(50, 100, 25);
        assertThat(bars).extracting(ManagerPages.Bar::text).containsExactly("2", "4", "1");
        assertThat(bars).extracting(ManagerPages.Bar::month).containsExactly("2026-10", "2026-11", "2026-12");
    }

    @Test
    void monthsWithNothingOverdueDrawNoBarAndDoNotDivideByZero() {
        assertThat(ManagerPages.countBars(List.of("2026-11", "2026-12"), List.of(0, 0)))
                .extracting(ManagerPages.Bar::height).containsExactly(0, 0);
    }

    @Test
    void aReadInTheAuditIsNamedInWordsByWhatWasRead() {
        assertThat(Swedish.read("plan", "GET /cases/{caseId}/private-funds")).isEqualTo("Privata medel");
        assertThat(Swedish.read("plan", "GET /cases/{caseId}")).isEqualTo("Ärendets läge i planeringen");
        assertThat(Swedish.read("assignment", "GET /cases/{caseId}")).isEqualTo("Ärendet: namn, personnummer och kontaktmän");
        assertThat(Swedish.read("plan", "GET /cases/{caseId}/something-new")).as("not listed: as it is")
                .isEqualTo("GET /cases/{caseId}/something-new");
    }

    @Test
    void aRefusalOfADateGivesTheFirstDayAllowed() {
        assertThat(Swedish.refusal("date-in-order", "must not be before the case's start (2026-12-05)"))
                .endsWith("Det får inte ligga före 2026-12-05.");
    }
}
