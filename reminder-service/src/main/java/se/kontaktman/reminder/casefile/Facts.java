package se.kontaktman.reminder.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import se.kontaktman.events.IntegrationEvent;
import se.kontaktman.events.PublishedEvent;
import se.kontaktman.events.assignment.CaseClosed;
import se.kontaktman.events.assignment.CaseOpened;
import se.kontaktman.events.assignment.ContactPersonAssignment;
import se.kontaktman.events.plan.ArrivalConversationHeld;
import se.kontaktman.events.plan.AssistiveDeviceReturned;
import se.kontaktman.events.plan.AssistiveDevicesToBeReturned;
import se.kontaktman.events.plan.FollowUpRecorded;
import se.kontaktman.events.plan.IntroductionVisitHeld;
import se.kontaktman.events.plan.PlanChecked;
import se.kontaktman.events.plan.PlanClosed;
import se.kontaktman.events.plan.PlanEstablished;
import se.kontaktman.events.plan.PlanMeetingHeld;
import se.kontaktman.events.plan.RiskAssessed;

/**
 * What the other services' events say about a case's deadlines. Events that say nothing about
 * them (a booking, a team review, a planning note, a device received or asked for, feedback
 * information given) are not facts here.
 */
public final class Facts {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    private Facts() {
    }

    /** The case an event is a fact of, if it is one. */
    public static Optional<String> caseOf(IntegrationEvent event) {
        if (event instanceof CaseOpened || event instanceof ContactPersonAssignment || event instanceof CaseClosed
                || event instanceof PlanClosed || event instanceof IntroductionVisitHeld
                || event instanceof ArrivalConversationHeld || event instanceof PlanEstablished
                || event instanceof FollowUpRecorded || event instanceof PlanChecked
                || event instanceof PlanMeetingHeld || event instanceof RiskAssessed
                || event instanceof AssistiveDevicesToBeReturned || event instanceof AssistiveDeviceReturned) {
            return Optional.of(event.partitionKey());
        }
        return Optional.empty();
    }

    /** Notes a fact in the case's file; a fact noted before changes nothing. */
    public static void apply(CaseFile file, PublishedEvent<? extends IntegrationEvent> published) {
        IntegrationEvent event = published.event();
        if (event instanceof CaseOpened e) {
            file.opened(e.staffGroupId(), e.careProfile(), e.startDate(), dateOf(published.time()));
        } else if (event instanceof ContactPersonAssignment e) {
            file.assigned(new CaseFile.AssignmentFact(published.id(), e.role(), e.staffId(), e.effectiveFrom(),
                    published.time()), e.staffGroupId());
        } else if (event instanceof CaseClosed e) {
            file.closed(e.closedOn());
        } else if (event instanceof PlanClosed e) {
            file.closed(e.closedOn());
        } else if (event instanceof IntroductionVisitHeld e) {
            file.visitHeld(new CaseFile.VisitFact(e.visitId(), e.heldOn(), e.presentedBy()));
        } else if (event instanceof ArrivalConversationHeld e) {
            file.arrivalConversationHeld(e.heldOn());
        } else if (event instanceof PlanEstablished e) {
            file.planEstablished(new CaseFile.VersionFact(e.version(), e.establishedOn()));
        } else if (event instanceof FollowUpRecorded e) {
            file.followedUp(new CaseFile.FollowUpFact(e.followedUpOn(), e.kind()));
        } else if (event instanceof PlanChecked e) {
            file.planChecked(new CaseFile.CheckFact(e.windowStart(), e.checkedOn()));
        } else if (event instanceof PlanMeetingHeld e) {
            file.planMeetingHeld(e.heldOn());
        } else if (event instanceof RiskAssessed e) {
            file.risksAssessed(e.assessedOn());
        } else if (event instanceof AssistiveDevicesToBeReturned e) {
            file.devicesToBeReturned(e.closedOn(), e.deviceIds());
        } else if (event instanceof AssistiveDeviceReturned e) {
            file.deviceReturned(new CaseFile.DeviceReturnFact(e.deviceId(), e.returnedOn()));
        }
    }

    /**
     * The calendar day in Europe/Stockholm on which an event was stored: daylight saving moves
     * midnight to 23:00 or 22:00 UTC, never the day.
     */
    public static LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, STOCKHOLM);
    }
}
