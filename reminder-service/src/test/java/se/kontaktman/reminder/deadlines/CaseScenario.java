package se.kontaktman.reminder.deadlines;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.kontaktman.events.CareProfile;
import se.kontaktman.events.CaseClosureReason;
import se.kontaktman.events.ContactRole;
import se.kontaktman.events.IntegrationEvent;
import se.kontaktman.events.PublishedEvent;
import se.kontaktman.events.assignment.CaseClosed;
import se.kontaktman.events.assignment.CaseOpened;
import se.kontaktman.events.assignment.ContactPersonAssigned;
import se.kontaktman.events.plan.ArrivalConversationHeld;
import se.kontaktman.events.plan.ArrivalTopic;
import se.kontaktman.events.plan.AssistiveDeviceReturned;
import se.kontaktman.events.plan.AssistiveDevicesToBeReturned;
import se.kontaktman.events.plan.FollowUpKind;
import se.kontaktman.events.plan.FollowUpOutcome;
import se.kontaktman.events.plan.FollowUpRecorded;
import se.kontaktman.events.plan.IntroductionVisitHeld;
import se.kontaktman.events.plan.PlanChecked;
import se.kontaktman.events.plan.PlanEstablished;
import se.kontaktman.events.plan.PlanMeetingHeld;
import se.kontaktman.events.plan.RiskAssessed;
import se.kontaktman.reminder.casefile.CaseFile;
import se.kontaktman.reminder.casefile.Facts;
import se.kontaktman.rules.RuleProfile;

/**
 * A case told as the other services' events, in any order, and what reminder-service publishes
 * of it as days pass, as the service does: evaluate, publish, mark as published.
 */
final class CaseScenario {

    static final String CASE = "5f0c7a52-8d0e-4c55-9f6b-2f1c1e0b9a11";
    static final String GROUP = "solbacken";
    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    final List<PublishedEvent<IntegrationEvent>> events = new ArrayList<>();
    final Staff staff = new Staff();
    private final CareProfile careProfile;
    private RuleProfile profile;
    private int ids;
    private int assessments;
    CaseFile file = CaseFile.of(CASE);

    /** per and petra plan the group; karin manages its area. */
    static final class Staff implements StaffLookup {
        final Map<String, LocalDate> left = new HashMap<>();

        @Override
        public Optional<LocalDate> leftGroupOn(String staffId, String staffGroupId) {
            return Optional.ofNullable(left.get(staffId));
        }

        @Override
        public List<String> plannersOf(String staffGroupId) {
            return List.of("per", "petra");
        }

        @Override
        public Optional<String> areaManagerOf(String staffGroupId) {
            return Optional.of("karin");
        }
    }

    CaseScenario(CareProfile careProfile) {
        this.careProfile = careProfile;
        this.profile = RuleProfile.defaults(careProfile);
    }

    CaseScenario profile(RuleProfile chosen) {
        profile = chosen;
        return this;
    }

    CaseScenario opened(LocalDate start, LocalDate registered) {
        return fact(registered, new CaseOpened(CASE, GROUP, careProfile, start));
    }

    CaseScenario opened(LocalDate on) {
        return opened(on, on);
    }

    /** Registered in the suite at a moment, as assignment-service's event time says. */
    CaseScenario openedAt(java.time.Instant registered, LocalDate start) {
        PublishedEvent<IntegrationEvent> published = new PublishedEvent<>("fact-" + (++ids), "/test", registered,
                new CaseOpened(CASE, GROUP, careProfile, start));
        events.add(published);
        Facts.apply(file, published);
        return this;
    }

    /** @return the assignment's event id */
    String assigned(ContactRole role, String staffId, LocalDate from) {
        fact(from, new ContactPersonAssigned(CASE, GROUP, role, staffId, from, null));
        return events.get(events.size() - 1).id();
    }

    CaseScenario visit(String staffId, LocalDate on) {
        return fact(on, new IntroductionVisitHeld(CASE, GROUP, "visit-" + on, on, staffId, List.of(staffId), true));
    }

    CaseScenario plan(int version, LocalDate on) {
        return fact(on, new PlanEstablished(CASE, GROUP, version, on, "anna", 2));
    }

    CaseScenario followUp(LocalDate on, FollowUpKind kind) {
        return fact(on, new FollowUpRecorded(CASE, GROUP, on, "anna", kind, FollowUpOutcome.STILL_CURRENT, 1));
    }

    CaseScenario check(LocalDate windowStart, LocalDate windowEnd, LocalDate on) {
        return fact(on, new PlanChecked(CASE, GROUP, on, "anna", windowStart, windowEnd, 1, true, on.plusDays(7)));
    }

    CaseScenario meeting(LocalDate on) {
        return fact(on, new PlanMeetingHeld(CASE, GROUP, on, "anna", FollowUpOutcome.STILL_CURRENT, 1));
    }

    CaseScenario arrival(LocalDate on) {
        return fact(on, new ArrivalConversationHeld(CASE, GROUP, on, "anna", java.util.Set.of(ArrivalTopic.NEEDS)));
    }

    CaseScenario closed(LocalDate on) {
        return fact(on, new CaseClosed(CASE, GROUP, on, CaseClosureReason.SERVICE_ENDED));
    }

    CaseScenario risksAssessed(LocalDate on) {
        return fact(on, new RiskAssessed(CASE, GROUP, on, "anna", ++assessments));
    }

    /** The case closed with these devices not returned, as plan-service tells it. */
    CaseScenario devicesToBeReturned(LocalDate closedOn, String... deviceIds) {
        return fact(closedOn, new AssistiveDevicesToBeReturned(CASE, GROUP, closedOn, List.of(deviceIds)));
    }

    CaseScenario deviceReturned(String deviceId, LocalDate on) {
        return fact(on, new AssistiveDeviceReturned(CASE, GROUP, deviceId, on, "anna"));
    }

    private CaseScenario fact(LocalDate storedOn, IntegrationEvent event) {
        PublishedEvent<IntegrationEvent> published = new PublishedEvent<>("fact-" + (++ids), "/test",
                storedOn.atTime(9, 0).atZone(STOCKHOLM).toInstant(), event);
        events.add(published);
        Facts.apply(file, published);
        return this;
    }

    /** The case's deadlines as of a day. */
    List<Occurrence> deadlines(LocalDate today) {
        return DeadlineRules.of(file, profile, staff, today);
    }

    /** What the service publishes on a day, and marks as published. */
    List<StageChange> publishOn(LocalDate today) {
        List<StageChange> changes = Evaluation.of(file, profile, staff, today).toPublish();
        changes.forEach(change -> file.markPublished(change.rule(), change.occurrence(), change.stage()));
        return changes;
    }

    /** Everything published from {@code first} to {@code last}, one day at a time. */
    List<StageChange> publishEachDay(LocalDate first, LocalDate last) {
        List<StageChange> all = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            all.addAll(publishOn(day));
        }
        return all;
    }

    Optional<LocalDate> nextTransition(LocalDate today) {
        return Evaluation.of(file, profile, staff, today).nextTransitionOn();
    }

    /** The same facts, heard in another order: a fresh file. */
    CaseFile replayed(List<PublishedEvent<IntegrationEvent>> order) {
        CaseFile again = CaseFile.of(CASE);
        order.forEach(event -> Facts.apply(again, event));
        return again;
    }

    static Instant at(LocalDate day, int hour) {
        return day.atTime(hour, 0).atZone(STOCKHOLM).toInstant();
    }
}
