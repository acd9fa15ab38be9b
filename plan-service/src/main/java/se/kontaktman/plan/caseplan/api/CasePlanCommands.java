package se.kontaktman.plan.caseplan.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.kontaktman.events.plan.ArrivalTopic;
import se.kontaktman.events.plan.FollowUpKind;
import se.kontaktman.events.plan.FollowUpOutcome;

/**
 * What staff record for a case. {@code actor} is the staff member making the request. Free text
 * never travels in a command: it is kept in the case's content store first and the command
 * carries its id ({@code contentId}) and the few facts the rules need.
 */
public final class CasePlanCommands {

    private CasePlanCommands() {
    }

    public record BookIntroductionVisit(@TargetAggregateIdentifier String caseId, String actor, String visitId,
                                        LocalDate bookedFor, String contactPersonStaffId) {
    }

    public record RecordIntroductionVisit(@TargetAggregateIdentifier String caseId, String actor, String visitId,
                                          LocalDate heldOn, String presentedBy, List<String> attendingStaffIds,
                                          boolean sheetHandedOver) {
    }

    public record RecordArrivalConversation(@TargetAggregateIdentifier String caseId, String actor,
                                            LocalDate heldOn, Set<ArrivalTopic> topicsCovered, String contentId) {
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

    public record EstablishPlan(@TargetAggregateIdentifier String caseId, String actor, PlanFacts plan) {
    }

    public record RecordTeamReview(@TargetAggregateIdentifier String caseId, String actor, int version,
                                   LocalDate reviewedOn) {
    }

    /** {@code revision} is present exactly when the outcome is {@code REVISED}. */
    public record RecordFollowUp(@TargetAggregateIdentifier String caseId, String actor, LocalDate followedUpOn,
                                 FollowUpKind kind, FollowUpOutcome outcome, PlanFacts revision) {
    }

    public record RecordPlanMeeting(@TargetAggregateIdentifier String caseId, String actor, LocalDate heldOn,
                                    FollowUpOutcome outcome, PlanFacts revision, String contentId) {
    }

    public record HandOverPlanningNote(@TargetAggregateIdentifier String caseId, String actor, String noteId,
                                       LocalDate handedOverOn, boolean timeAdjustmentRequested,
                                       boolean newInterventionsRequested, String contentId) {
    }

    public record AcknowledgePlanningNote(@TargetAggregateIdentifier String caseId, String actor, String noteId,
                                          LocalDate acknowledgedOn, String contentId) {
    }
}
