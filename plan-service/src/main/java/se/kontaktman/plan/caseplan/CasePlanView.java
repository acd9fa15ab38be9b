package se.kontaktman.plan.caseplan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import se.kontaktman.events.CareProfile;
import se.kontaktman.events.plan.ArrivalTopic;
import se.kontaktman.events.plan.FollowUpKind;
import se.kontaktman.events.plan.FollowUpOutcome;

/**
 * Where a case's plan work stands, for staff: no free text, only dates, staff ids and the ids of
 * the texts in the content store. {@code version} is the sequence number of the last event
 * applied, so a replayed event changes nothing.
 */
@Document("case_plans")
public class CasePlanView {

    public enum Status { OPEN, CLOSED }

    @Id
    public String caseId;
    public String staffGroupId;
    public CareProfile careProfile;
    public LocalDate startDate;
    public Status status = Status.OPEN;
    public LocalDate closedOn;
    public Holder primary;
    public Holder substitute;
    public List<Visit> introductionVisits = new ArrayList<>();
    public ArrivalConversation arrivalConversation;
    public List<Version> planVersions = new ArrayList<>();
    public List<FollowUp> followUps = new ArrayList<>();
    public List<Meeting> planMeetings = new ArrayList<>();
    /** Working material (H9): emptied when the case closes. */
    public List<Note> planningNotes = new ArrayList<>();
    public long version = -1;

    public record Holder(String staffId, LocalDate from, Instant publishedAt) {
    }

    public record Visit(String visitId, LocalDate bookedFor, String contactPersonStaffId, String bookedBy,
                        LocalDate heldOn, String presentedBy, List<String> attendingStaffIds,
                        boolean sheetHandedOver) {
    }

    public record ArrivalConversation(LocalDate heldOn, String heldBy, Set<ArrivalTopic> topicsCovered,
                                      String contentId) {
    }

    public record Version(int version, LocalDate establishedOn, String establishedBy, int interventionCount,
                          String contentId, LocalDate reviewedByTeamOn) {
    }

    public record FollowUp(LocalDate followedUpOn, String signedBy, FollowUpKind kind, FollowUpOutcome outcome,
                           int planVersion) {
    }

    public record Meeting(LocalDate heldOn, String heldBy, FollowUpOutcome outcome, int planVersion,
                          String contentId) {
    }

    public record Note(String noteId, LocalDate handedOverOn, String handedOverBy, boolean timeAdjustmentRequested,
                       boolean newInterventionsRequested, String contentId, LocalDate acknowledgedOn,
                       String acknowledgedBy, String acknowledgementContentId) {
    }

    /**
     * H2: the current ordinarie has not yet presented themself in the client's home since being
     * appointed; a new ordinarie presents themself again.
     */
    public boolean isIntroductionDue() {
        if (status != Status.OPEN || primary == null || careProfile != CareProfile.HOME_CARE) {
            return false;
        }
        return introductionVisits.stream().noneMatch(v -> v.heldOn() != null
                && v.presentedBy().equals(primary.staffId()) && !v.heldOn().isBefore(primary.from()));
    }

    public Optional<Version> currentPlan() {
        return planVersions.isEmpty() ? Optional.empty() : Optional.of(planVersions.get(planVersions.size() - 1));
    }

    public Optional<Version> planVersion(int number) {
        return planVersions.stream().filter(v -> v.version() == number).findFirst();
    }

    public Optional<Note> planningNote(String noteId) {
        return planningNotes.stream().filter(n -> n.noteId().equals(noteId)).findFirst();
    }

    boolean isContactPerson(String staffId) {
        return (primary != null && primary.staffId().equals(staffId))
                || (substitute != null && substitute.staffId().equals(staffId));
    }
}
