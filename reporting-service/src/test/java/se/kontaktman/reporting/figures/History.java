package se.kontaktman.reporting.figures;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import se.kontaktman.events.CareProfile;
import se.kontaktman.events.IntegrationEvent;
import se.kontaktman.events.PublishedEvent;
import se.kontaktman.platform.time.ClockConfiguration;
import se.kontaktman.reporting.projection.CaseHistory;
import se.kontaktman.reporting.projection.Fact;
import se.kontaktman.reporting.projection.Facts;

/** A case's history built from events as the projection builds it, each known at noon of a chosen day. */
final class History {

    static final String GROUP = "solbacken";
    final String caseId = UUID.randomUUID().toString();
    private final List<Fact> facts = new ArrayList<>();

    History known(LocalDate knownOn, IntegrationEvent event) {
        Instant at = knownOn.atTime(12, 0).atZone(ClockConfiguration.STOCKHOLM).toInstant();
        facts.add(Facts.of(new PublishedEvent<>(UUID.randomUUID().toString(), "/kontaktman/test", at, event))
                .orElseThrow().fact());
        return this;
    }

    CaseHistory history() {
        return CaseHistory.of(caseId, facts);
    }

    static CareProfile homeCare() {
        return CareProfile.HOME_CARE;
    }
}
