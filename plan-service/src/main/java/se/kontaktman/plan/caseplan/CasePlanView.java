package se.kontaktman.plan.caseplan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import se.kontaktman.events.CareProfile;
import se.kontaktman.events.ContactRole;
import se.kontaktman.events.plan.ArrivalTopic;
import se.kontaktman.events.plan.FollowUpKind;
import se.kontaktman.events.plan.FollowUpOutcome;
import se.kontaktman.platform.rules.BackdatingReason;
import se.kontaktman.rules.CareStep;
import se.kontaktman.rules.RuleProfile;

/**
 * Where a case's plan work stands, for staff, and the index of its formal documentation: no free
 * text, only dates, staff ids and the ids of the texts in the content store. {@code version} is
 * the sequence number of the last event applied, so a replayed event changes nothing. Facts may
 * arrive before the opening: until then {@code careProfile} is null and the case is not known.
 */
@Document(CasePlanView.COLLECTION)
public record CasePlanView(@Id String caseId, String staffGroupId, CareProfile careProfile, LocalDate startDate,
                           LocalDate closedOn, Assignment primary, Assignment substitute,
                           List<Visit> introductionVisits, ArrivalConversation arrivalConversation,
                           List<Version> planVersions, List<FollowUp> followUps, List<Meeting> planMeetings,
                           List<Note> planningNotes, long version) {

    public static final String COLLECTION = "case_plans";

    public enum Status { OPEN, CLOSED }

    public record Visit(String visitId, LocalDate bookedFor, String contactPersonStaffId, String bookedBy,
                        LocalDate heldOn, String presentedBy, List<String> attendingStaffIds,
                        boolean sheetHandedOver, BackdatingReason backdatingReason) {
    }

    public record ArrivalConversation(LocalDate heldOn, String heldBy, Set<ArrivalTopic> topicsCovered,
                                      String contentId) {
    }

    public record Version(int version, LocalDate establishedOn, String establishedBy, int interventionCount,
                          String contentId, LocalDate reviewedByTeamOn) {
    }

    public record FollowUp(LocalDate followedUpOn, String signedBy, FollowUpKind kind, FollowUpOutcome outcome,
                           int planVersion, String contentId) {
    }

    public record Meeting(LocalDate heldOn, String heldBy, FollowUpOutcome outcome, int planVersion,
                          String contentId) {
    }

    public record Note(String noteId, LocalDate handedOverOn, String handedOverBy, boolean timeAdjustmentRequested,
                       boolean newInterventionsRequested, String contentId, LocalDate acknowledgedOn,
                       String acknowledgedBy, String acknowledgementContentId) {
    }

    public CasePlanView {
        introductionVisits = listOrEmpty(introductionVisits);
        planVersions = listOrEmpty(planVersions);
        followUps = listOrEmpty(followUps);
        planMeetings = listOrEmpty(planMeetings);
        planningNotes = listOrEmpty(planningNotes);
    }

    /** Heard opened: until then the facts heard are kept but the case is not shown. */
    public boolean isKnown() {
        return careProfile != null;
    }

    public Status status() {
        return closedOn == null ? Status.OPEN : Status.CLOSED;
    }

    public Optional<Assignment> assignment(ContactRole role) {
        return Optional.ofNullable(role == ContactRole.PRIMARY ? primary : substitute);
    }

    /**
     * H2: when the role's current contact person presented themself in the client's home since
     * being assigned, if they have; a new contact person, ordinarie or ersättare, presents
     * themself again.
     */
    public Optional<LocalDate> introducedOn(ContactRole role) {
        return assignment(role).flatMap(assigned -> introductionVisits.stream()
                .filter(v -> v.heldOn() != null && assigned.staffId().equals(v.presentedBy())
                        && !v.heldOn().isBefore(assigned.from()))
                .map(Visit::heldOn).min(LocalDate::compareTo));
    }

    /**
     * H2: by when the role's contact person is to present themself (the rule profile's limit after
     * their assignment), while they have not and the case is open; empty otherwise, and where the
     * care profile has no introduction visit.
     */
    public Optional<LocalDate> introductionDueBy(ContactRole role, RuleProfile profile) {
        if (status() == Status.CLOSED || !profile.applies(CareStep.INTRODUCTION_VISIT)
                || introducedOn(role).isPresent()) {
            return Optional.empty();
        }
        return assignment(role).map(assigned -> assigned.from().plus(profile.introductionVisitWithin()));
    }

    public Optional<Version> currentPlan() {
        return planVersions.isEmpty() ? Optional.empty() : Optional.of(planVersions.get(planVersions.size() - 1));
    }

    public Optional<Version> planVersion(int number) {
        return planVersions.stream().filter(v -> v.version() == number).findFirst();
    }

    boolean isContactPerson(String staffId) {
        return (primary != null && primary.staffId().equals(staffId))
                || (substitute != null && substitute.staffId().equals(staffId));
    }

    private static <T> List<T> listOrEmpty(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
