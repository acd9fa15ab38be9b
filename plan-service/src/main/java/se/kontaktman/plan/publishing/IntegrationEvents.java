package se.kontaktman.plan.publishing;

import org.springframework.stereotype.Component;
import se.kontaktman.events.IntegrationEvent;
import se.kontaktman.events.plan.ArrivalConversationHeld;
import se.kontaktman.events.plan.AssistiveDeviceRegistered;
import se.kontaktman.events.plan.AssistiveDeviceReturned;
import se.kontaktman.events.plan.AssistiveDevicesToBeReturned;
import se.kontaktman.events.plan.FeedbackInformationGiven;
import se.kontaktman.events.plan.FollowUpRecorded;
import se.kontaktman.events.plan.IntroductionVisitBooked;
import se.kontaktman.events.plan.IntroductionVisitHeld;
import se.kontaktman.events.plan.NewAssistiveDeviceRequested;
import se.kontaktman.events.plan.NewInterventionsRequested;
import se.kontaktman.events.plan.PlanChecked;
import se.kontaktman.events.plan.PlanClosed;
import se.kontaktman.events.plan.PlanEstablished;
import se.kontaktman.events.plan.PlanMeetingHeld;
import se.kontaktman.events.plan.PlanReviewedByTeam;
import se.kontaktman.events.plan.PlanningNoteAcknowledged;
import se.kontaktman.events.plan.PlanningNoteHandedOver;
import se.kontaktman.events.plan.RiskAssessed;
import se.kontaktman.plan.caseplan.api.CaseFileEvents.AssistiveDeviceRegisteredEvent;
import se.kontaktman.plan.caseplan.api.CaseFileEvents.AssistiveDeviceRequestedEvent;
import se.kontaktman.plan.caseplan.api.CaseFileEvents.AssistiveDeviceReturnedEvent;
import se.kontaktman.plan.caseplan.api.CaseFileEvents.AssistiveDevicesToBeReturnedEvent;
import se.kontaktman.plan.caseplan.api.CaseFileEvents.FeedbackInformationGivenEvent;
import se.kontaktman.plan.caseplan.api.CaseFileEvents.RisksAssessedEvent;
import se.kontaktman.plan.caseplan.api.CasePlanEvents.ArrivalConversationHeldEvent;
import se.kontaktman.plan.caseplan.api.CasePlanEvents.CasePlanClosedEvent;
import se.kontaktman.plan.caseplan.api.CasePlanEvents.FollowUpRecordedEvent;
import se.kontaktman.plan.caseplan.api.CasePlanEvents.IntroductionVisitBookedEvent;
import se.kontaktman.plan.caseplan.api.CasePlanEvents.IntroductionVisitHeldEvent;
import se.kontaktman.plan.caseplan.api.CasePlanEvents.NewInterventionsRequestedEvent;
import se.kontaktman.plan.caseplan.api.CasePlanEvents.PlanCheckedEvent;
import se.kontaktman.plan.caseplan.api.CasePlanEvents.PlanMeetingHeldEvent;
import se.kontaktman.plan.caseplan.api.CasePlanEvents.PlanReviewedByTeamEvent;
import se.kontaktman.plan.caseplan.api.CasePlanEvents.PlanVersionEstablishedEvent;
import se.kontaktman.plan.caseplan.api.CasePlanEvents.PlanningNoteAcknowledgedEvent;
import se.kontaktman.plan.caseplan.api.CasePlanEvents.PlanningNoteHandedOverEvent;
import se.kontaktman.platform.publishing.IntegrationEventMapping;

/**
 * What plan-service tells the world: that something was recorded, when and by whom. The ids of
 * free text stay behind, and so do the facts it heard from assignment-service (those are that
 * service's to publish).
 */
@Component
class IntegrationEvents implements IntegrationEventMapping {

    @Override
    public IntegrationEvent toIntegrationEvent(Object domainEvent) {
        if (domainEvent instanceof IntroductionVisitBookedEvent e) {
            return new IntroductionVisitBooked(e.caseId(), e.staffGroupId(), e.visitId(), e.bookedFor(),
                    e.contactPersonStaffId(), e.bookedBy());
        }
        if (domainEvent instanceof IntroductionVisitHeldEvent e) {
            return new IntroductionVisitHeld(e.caseId(), e.staffGroupId(), e.visitId(), e.heldOn(), e.presentedBy(),
                    e.attendingStaffIds(), e.sheetHandedOver());
        }
        if (domainEvent instanceof ArrivalConversationHeldEvent e) {
            return new ArrivalConversationHeld(e.caseId(), e.staffGroupId(), e.heldOn(), e.heldBy(),
                    e.topicsCovered());
        }
        if (domainEvent instanceof PlanVersionEstablishedEvent e) {
            return new PlanEstablished(e.caseId(), e.staffGroupId(), e.version(), e.establishedOn(), e.establishedBy(),
                    e.interventionCount());
        }
        if (domainEvent instanceof PlanReviewedByTeamEvent e) {
            return new PlanReviewedByTeam(e.caseId(), e.staffGroupId(), e.version(), e.reviewedOn(), e.recordedBy());
        }
        if (domainEvent instanceof FollowUpRecordedEvent e) {
            return new FollowUpRecorded(e.caseId(), e.staffGroupId(), e.followedUpOn(), e.signedBy(), e.kind(),
                    e.outcome(), e.planVersion());
        }
        if (domainEvent instanceof PlanCheckedEvent e) {
            return new PlanChecked(e.caseId(), e.staffGroupId(), e.checkedOn(), e.checkedBy(), e.windowStart(),
                    e.windowEnd(), e.planVersion(), e.planCurrent(), e.followUpBookedFor());
        }
        if (domainEvent instanceof PlanMeetingHeldEvent e) {
            return new PlanMeetingHeld(e.caseId(), e.staffGroupId(), e.heldOn(), e.heldBy(), e.outcome(),
                    e.planVersion());
        }
        if (domainEvent instanceof PlanningNoteHandedOverEvent e) {
            return new PlanningNoteHandedOver(e.caseId(), e.staffGroupId(), e.noteId(), e.handedOverOn(),
                    e.handedOverBy(), e.timeAdjustmentRequested());
        }
        if (domainEvent instanceof PlanningNoteAcknowledgedEvent e) {
            return new PlanningNoteAcknowledged(e.caseId(), e.staffGroupId(), e.noteId(), e.acknowledgedOn(),
                    e.acknowledgedBy());
        }
        if (domainEvent instanceof NewInterventionsRequestedEvent e) {
            return new NewInterventionsRequested(e.caseId(), e.staffGroupId(), e.requestedOn(), e.requestedBy());
        }
        if (domainEvent instanceof CasePlanClosedEvent e) {
            return new PlanClosed(e.caseId(), e.staffGroupId(), e.closedOn());
        }
        return fromTheFile(domainEvent);
    }

    /**
     * The contact person's file tells only what other systems act on: that risks were assessed (H7),
     * devices received, returned or to be returned (H8), a new device asked of the occupational
     * therapist (L7), feedback information given (L9). Levels, kinds, names, money stay here.
     */
    private static IntegrationEvent fromTheFile(Object domainEvent) {
        if (domainEvent instanceof RisksAssessedEvent e) {
            return new RiskAssessed(e.caseId(), e.staffGroupId(), e.assessedOn(), e.assessedBy(), e.assessment());
        }
        if (domainEvent instanceof AssistiveDeviceRegisteredEvent e) {
            return new AssistiveDeviceRegistered(e.caseId(), e.staffGroupId(), e.deviceId(), e.receivedOn(),
                    e.registeredBy());
        }
        if (domainEvent instanceof AssistiveDeviceReturnedEvent e) {
            return new AssistiveDeviceReturned(e.caseId(), e.staffGroupId(), e.deviceId(), e.returnedOn(),
                    e.recordedBy());
        }
        if (domainEvent instanceof AssistiveDevicesToBeReturnedEvent e) {
            return new AssistiveDevicesToBeReturned(e.caseId(), e.staffGroupId(), e.closedOn(), e.deviceIds());
        }
        if (domainEvent instanceof AssistiveDeviceRequestedEvent e) {
            return new NewAssistiveDeviceRequested(e.caseId(), e.staffGroupId(), e.requestId(), e.requestedOn(),
                    e.requestedBy());
        }
        if (domainEvent instanceof FeedbackInformationGivenEvent e) {
            return new FeedbackInformationGiven(e.caseId(), e.staffGroupId(), e.informedOn(), e.informedBy());
        }
        return null;
    }
}
