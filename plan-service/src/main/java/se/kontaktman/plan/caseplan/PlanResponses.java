package se.kontaktman.plan.caseplan;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import se.kontaktman.events.CareProfile;
import se.kontaktman.events.plan.ArrivalTopic;
import se.kontaktman.plan.caseplan.CasePlanView.FollowUp;
import se.kontaktman.plan.caseplan.CasePlanView.Meeting;
import se.kontaktman.plan.caseplan.CasePlanView.Note;
import se.kontaktman.plan.caseplan.CasePlanView.Version;
import se.kontaktman.plan.caseplan.CasePlanView.Visit;
import se.kontaktman.plan.caseplan.PlanTexts.Acknowledgement;
import se.kontaktman.plan.caseplan.PlanTexts.FollowUpText;
import se.kontaktman.plan.caseplan.PlanTexts.PlanText;
import se.kontaktman.plan.caseplan.PlanTexts.PlanningNote;

/** What the plan API answers. */
public final class PlanResponses {

    private PlanResponses() {
    }

    /**
     * Where the case stands: dates and staff, no free text; {@code riskAreas}, the areas its rule
     * profile has a risk assessment go through (H7), so that a form can ask for exactly those.
     */
    public record CaseStatus(String caseId, String staffGroupId, CareProfile careProfile, LocalDate startDate,
                             CasePlanView.Status status, LocalDate closedOn, ContactPersonStatus primary,
                             ContactPersonStatus substitute, List<Visit> introductionVisits,
                             ArrivalConversationSummary arrivalConversation, List<Version> planVersions,
                             List<FollowUp> followUps, List<Meeting> planMeetings, List<Note> planningNotes,
                             List<String> riskAreas) {
    }

    /**
     * A contact person and their introduction (H2): {@code introductionDue} until they have
     * presented themself since being assigned, by {@code introductionDueBy}.
     */
    public record ContactPersonStatus(String staffId, LocalDate from, LocalDate introducedOn, boolean introductionDue,
                                      LocalDate introductionDueBy) {
    }

    public record ArrivalConversationSummary(LocalDate heldOn, String heldBy, Set<ArrivalTopic> topicsCovered) {
    }

    public record BookedVisit(String visitId) {
    }

    public record HeldVisit(String visitId, LocalDate heldOn, String presentedBy) {
    }

    public record RecordedArrivalConversation(LocalDate heldOn, Set<ArrivalTopic> topicsCovered) {
    }

    public record NewVersion(int version) {
    }

    public record VersionWithText(Version version, PlanText text) {
    }

    public record RecordedTeamReview(int version, LocalDate reviewedOn) {
    }

    public record RecordedFollowUp(int planVersion, LocalDate followedUpOn, String signedBy) {
    }

    public record FollowUpWithText(FollowUp followUp, FollowUpText text) {
    }

    public record RecordedPlanCheck(LocalDate checkedOn, LocalDate windowStart, LocalDate windowEnd,
                                    LocalDate followUpBookedFor) {
    }

    public record RecordedPlanMeeting(int planVersion, LocalDate heldOn) {
    }

    public record NewNote(String noteId) {
    }

    public record NoteWithText(Note note, PlanningNote text, Acknowledgement acknowledgement) {
    }

    public record RecordedAcknowledgement(String noteId, LocalDate acknowledgedOn) {
    }
}
