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

/**
 * The plan's history as stored. No free text: wishes, life stories and the plan's wording are
 * in the content store, named here by {@code contentId}, so that erasing them (H9) is a delete
 * and never a rewrite of the event store.
 */
public final class CasePlanEvents {

    private CasePlanEvents() {
    }

    public record CaseOpenedNoted(String caseId, String factId, String staffGroupId, CareProfile careProfile,
                                  LocalDate startDate) {
    }

    public record ContactPersonNoted(String caseId, String factId, String staffGroupId, ContactRole role,
                                     String staffId, LocalDate effectiveFrom, Instant publishedAt) {
    }

    /** The case closed: the plan closes and the case's working material is erased (H9). */
    public record CasePlanClosed(String caseId, String factId, String staffGroupId, LocalDate closedOn) {
    }

    public record IntroductionVisitBookedEvent(String caseId, String staffGroupId, String visitId,
                                               LocalDate bookedFor, String contactPersonStaffId, String bookedBy) {
    }

    public record IntroductionVisitHeldEvent(String caseId, String staffGroupId, String visitId, LocalDate heldOn,
                                             String presentedBy, List<String> attendingStaffIds,
                                             boolean sheetHandedOver) {
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
                                        FollowUpKind kind, FollowUpOutcome outcome, int planVersion) {
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

    public record NewInterventionsRequestedEvent(String caseId, String staffGroupId, LocalDate requestedOn,
                                                 String requestedBy) {
    }
}
