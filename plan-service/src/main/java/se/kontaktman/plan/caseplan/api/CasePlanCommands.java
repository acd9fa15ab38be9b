package se.kontaktman.plan.caseplan.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.kontaktman.events.CareProfile;
import se.kontaktman.events.ContactRole;
import se.kontaktman.events.plan.ArrivalTopic;
import se.kontaktman.events.plan.FollowUpKind;
import se.kontaktman.events.plan.FollowUpOutcome;
import se.kontaktman.platform.rules.BackdatingReason;

/**
 * What can be asked of a case's plan. The first three are facts heard from assignment-service,
 * each with the id of the integration event it came from ({@code factId}): a fact seen before
 * changes nothing, and any of them may be the first the plan hears. The rest is what staff
 * record; {@code actor} is the staff member making the request. Free text never travels in a
 * command: it is kept in the case's content store first and the command carries its id
 * ({@code contentId}) and the few facts the rules need.
 */
public final class CasePlanCommands {

    private CasePlanCommands() {
    }

    public record NoteCaseOpenedCommand(@TargetAggregateIdentifier String caseId, String factId,
                                        String staffGroupId, CareProfile careProfile, LocalDate startDate) {
    }

    /** {@code publishedAt} orders two assignments with the same effective date. */
    public record NoteContactPersonAssignedCommand(@TargetAggregateIdentifier String caseId, String factId,
                                                   String staffGroupId, ContactRole role, String staffId,
                                                   LocalDate effectiveFrom, Instant publishedAt) {
    }

    /** Gallring, as assignment-service published it ({@code CaseRecordsDestroyed}). */
    public record NoteRecordsDestroyedCommand(@TargetAggregateIdentifier String caseId, String factId,
                                              LocalDate destroyedOn) {
    }

    public record NoteCaseClosedCommand(@TargetAggregateIdentifier String caseId, String factId,
                                        String staffGroupId, LocalDate closedOn) {
    }

    public record BookIntroductionVisitCommand(@TargetAggregateIdentifier String caseId, String actor,
                                               String visitId, LocalDate bookedFor, String contactPersonStaffId) {
    }

    /** Presented by the contact person the visit was booked for. */
    public record RecordIntroductionVisitCommand(@TargetAggregateIdentifier String caseId, String actor,
                                                 String visitId, LocalDate heldOn, List<String> attendingStaffIds,
                                                 boolean sheetHandedOver, BackdatingReason backdatingReason) {
    }

    public record RecordArrivalConversationCommand(@TargetAggregateIdentifier String caseId, String actor,
                                                   LocalDate heldOn, Set<ArrivalTopic> topicsCovered,
                                                   String contentId) {
    }

    /** A plan version as the rules see it; its text is in the content store under {@code contentId}. */
    public record PlanFacts(LocalDate establishedOn, Place place, int interventionCount, String contentId) {
    }

    public enum Place {
        /** In the client's home, where seed 000 says a home-care plan is written (H3). */
        CLIENT_HOME,
        /** Anywhere else: a day activity, an office, on the phone. */
        ELSEWHERE
    }

    public record EstablishPlanCommand(@TargetAggregateIdentifier String caseId, String actor, PlanFacts plan) {
    }

    public record RecordTeamReviewCommand(@TargetAggregateIdentifier String caseId, String actor, int version,
                                          LocalDate reviewedOn) {
    }

    /**
     * Who took part and how the client did are in the content store ({@code contentId});
     * {@code revision} is present exactly when the outcome is {@code REVISED}.
     */
    public record RecordFollowUpCommand(@TargetAggregateIdentifier String caseId, String actor,
                                        LocalDate followedUpOn, FollowUpKind kind, FollowUpOutcome outcome,
                                        String contentId, PlanFacts revision) {
    }

    /** H5: the plan checked in an April/May or October/November window, and a follow-up booked. */
    public record RecordPlanCheckCommand(@TargetAggregateIdentifier String caseId, String actor, LocalDate checkedOn,
                                         boolean planCurrent, LocalDate followUpBookedFor) {
    }

    public record RecordPlanMeetingCommand(@TargetAggregateIdentifier String caseId, String actor, LocalDate heldOn,
                                           FollowUpOutcome outcome, PlanFacts revision, String contentId) {
    }

    public record HandOverPlanningNoteCommand(@TargetAggregateIdentifier String caseId, String actor, String noteId,
                                              LocalDate handedOverOn, boolean timeAdjustmentRequested,
                                              boolean newInterventionsRequested, String contentId) {
    }

    public record AcknowledgePlanningNoteCommand(@TargetAggregateIdentifier String caseId, String actor,
                                                 String noteId, LocalDate acknowledgedOn, String contentId) {
    }
}
