package se.kontaktman.plan.caseplan.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import se.kontaktman.events.CareProfile;
import se.kontaktman.events.ContactRole;
import se.kontaktman.events.plan.ArrivalTopic;
import se.kontaktman.events.plan.FollowUpKind;
import se.kontaktman.events.plan.FollowUpOutcome;
import se.kontaktman.platform.rules.BackdatingReason;

/**
 * The plan's history as stored. No free text: wishes, life stories, participants and the plan's
 * wording are in the content store, named here by {@code contentId}, so that erasing them is a
 * delete and never a rewrite of the event store.
 */
public final class CasePlanEvents {

    private CasePlanEvents() {
    }

    public record CaseOpenedNotedEvent(String caseId, String factId, String staffGroupId, CareProfile careProfile,
                                       LocalDate startDate) {
    }

    public record ContactPersonAssignmentNotedEvent(String caseId, String factId, String staffGroupId,
                                                    ContactRole role, String staffId, LocalDate effectiveFrom,
                                                    Instant publishedAt) {
    }

    /** The case closed: the plan closes and the follow-up sheet is destroyed (H9). */
    public record CasePlanClosedEvent(String caseId, String factId, String staffGroupId, LocalDate closedOn) {
    }

    public record IntroductionVisitBookedEvent(String caseId, String staffGroupId, String visitId,
                                               LocalDate bookedFor, String contactPersonStaffId, String bookedBy) {
    }

    /** {@code backdatingReason}: why {@code heldOn} lies further back than the profile allows, else null. */
    public record IntroductionVisitHeldEvent(String caseId, String staffGroupId, String visitId, LocalDate heldOn,
                                             String presentedBy, List<String> attendingStaffIds,
                                             boolean sheetHandedOver, BackdatingReason backdatingReason) {
    }

    public record ArrivalConversationHeldEvent(String caseId, String staffGroupId, LocalDate heldOn, String heldBy,
                                               Set<ArrivalTopic> topicsCovered, String contentId) {
    }

    public record PlanVersionEstablishedEvent(String caseId, String staffGroupId, int version,
                                              LocalDate establishedOn, String establishedBy, int interventionCount,
                                              String contentId) {
    }

    public record PlanReviewedByTeamEvent(String caseId, String staffGroupId, int version, LocalDate reviewedOn,
                                          String recordedBy) {
    }

    public record FollowUpRecordedEvent(String caseId, String staffGroupId, LocalDate followedUpOn, String signedBy,
                                        FollowUpKind kind, FollowUpOutcome outcome, int planVersion,
                                        String contentId) {
    }

    /** H5: {@code windowStart} and {@code windowEnd} are the dates of the check window in that year. */
    public record PlanCheckedEvent(String caseId, String staffGroupId, LocalDate checkedOn, String checkedBy,
                                   LocalDate windowStart, LocalDate windowEnd, int planVersion, boolean planCurrent,
                                   LocalDate followUpBookedFor) {
    }

    public record PlanMeetingHeldEvent(String caseId, String staffGroupId, LocalDate heldOn, String heldBy,
                                       FollowUpOutcome outcome, int planVersion, String contentId) {
    }

    public record PlanningNoteHandedOverEvent(String caseId, String staffGroupId, String noteId,
                                              LocalDate handedOverOn, String handedOverBy,
                                              boolean timeAdjustmentRequested, String contentId) {
    }

    public record PlanningNoteAcknowledgedEvent(String caseId, String staffGroupId, String noteId,
                                                LocalDate acknowledgedOn, String acknowledgedBy, String contentId) {
    }

    /** The note {@code noteId} said that new interventions are needed: the needs assessor is told (H6). */
    public record NewInterventionsRequestedEvent(String caseId, String staffGroupId, String noteId,
                                                 LocalDate requestedOn, String requestedBy) {
    }

    /** Gallring: assignment-service destroyed the case's records; the plans' text goes too. */
    public record PlanRecordsDestroyedEvent(String caseId, String factId, LocalDate destroyedOn) {
    }
}
