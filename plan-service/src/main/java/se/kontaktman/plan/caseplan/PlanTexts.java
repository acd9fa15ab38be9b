package se.kontaktman.plan.caseplan;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import se.kontaktman.events.plan.ArrivalTopic;
import se.kontaktman.events.plan.FollowUpKind;
import se.kontaktman.events.plan.FollowUpOutcome;
import se.kontaktman.plan.caseplan.api.CasePlanCommands.Place;
import se.kontaktman.platform.rules.BackdatingReason;
import se.kontaktman.platform.rules.OrganisationId;

/**
 * What staff write, as the HTTP API takes it. The free text in these records is personal data:
 * it goes to the content store only. Sizes are generous limits against mistakes, not style.
 */
public final class PlanTexts {

    private static final int TEXT = 4000;

    private PlanTexts() {
    }

    /** Someone who took part: a staff member by id, or anyone else described ("dotter", "god man"). */
    public record Participant(@OrganisationId String staffId, @Size(max = 200) String description) {

        @JsonIgnore
        @AssertTrue(message = "must name a staffId or describe the participant")
        public boolean isNamed() {
            return staffId != null || (description != null && !description.isBlank());
        }
    }

    /** One granted intervention and how it is carried out, as the client wishes (H3). */
    public record Intervention(
            @NotBlank(message = "must say what the granted intervention is") @Size(max = 500) String what,
            @NotBlank(message = "must say how the intervention is carried out, as the client wishes (H3)")
            @Size(max = TEXT) String how,
            @NotBlank(message = "must say when the intervention is carried out") @Size(max = 500) String when,
            @NotBlank(message = "must say who is responsible") @Size(max = 500) String responsible,
            @NotBlank(message = "must state the intervention's goal") @Size(max = TEXT) String goal) {
    }

    /**
     * A version of the genomförandeplan. {@code establishedOn} is required for a plan of its own
     * and left out of a revision made at a follow-up or plan meeting, which takes that day.
     */
    public record PlanText(LocalDate establishedOn,
                           @NotNull Place place,
                           @Size(max = 200) String placeDescription,
                           @NotEmpty List<@NotNull @Valid Participant> participants,
                           @NotBlank(message = "must say how the client took part") @Size(max = TEXT)
                           String clientParticipation,
                           @Size(max = TEXT) String wishes,
                           @NotEmpty(message = "must describe at least one granted intervention")
                           List<@NotNull @Valid Intervention> interventions) {

        PlanText on(LocalDate date) {
            return new PlanText(date, place, placeDescription, participants, clientParticipation, wishes,
                    interventions);
        }
    }

    /** The LSS arrival conversation (ankomstsamtal, L1), topic by topic. */
    public record ArrivalConversationText(@NotNull LocalDate heldOn,
                                          @NotEmpty List<@NotNull @Valid Participant> participants,
                                          @Size(max = TEXT) String needs,
                                          @Size(max = TEXT) String relativesRole,
                                          @Size(max = TEXT) String reachingEachOther,
                                          @Size(max = TEXT) String earlierRoutines,
                                          @Size(max = TEXT) String materialHandedOver,
                                          @Size(max = TEXT) String lifeStory) {

        Set<ArrivalTopic> topicsCovered() {
            Set<ArrivalTopic> covered = EnumSet.noneOf(ArrivalTopic.class);
            addIfWritten(covered, ArrivalTopic.NEEDS, needs);
            addIfWritten(covered, ArrivalTopic.RELATIVES_ROLE, relativesRole);
            addIfWritten(covered, ArrivalTopic.REACHING_EACH_OTHER, reachingEachOther);
            addIfWritten(covered, ArrivalTopic.EARLIER_ROUTINES, earlierRoutines);
            addIfWritten(covered, ArrivalTopic.MATERIAL_HANDED_OVER, materialHandedOver);
            addIfWritten(covered, ArrivalTopic.LIFE_STORY, lifeStory);
            return covered;
        }

        @JsonIgnore
        @AssertTrue(message = "must cover at least one topic of the conversation")
        public boolean isAboutSomething() {
            return !topicsCovered().isEmpty();
        }

        private static void addIfWritten(Set<ArrivalTopic> covered, ArrivalTopic topic, String text) {
            if (text != null && !text.isBlank()) {
                covered.add(topic);
            }
        }
    }

    public record IntroductionBooking(@NotNull LocalDate bookedFor,
                                      @NotNull @OrganisationId String contactPersonStaffId) {
    }

    /**
     * The visit was held; the contact person it was booked for presented themself (H2).
     * {@code backdatingReason} is needed when {@code heldOn} lies further back than the rule
     * profile allows.
     */
    public record IntroductionHeld(@NotNull LocalDate heldOn,
                                   List<@NotNull @OrganisationId String> attendingStaffIds,
                                   @NotNull Boolean sheetHandedOver, BackdatingReason backdatingReason) {
    }

    public record TeamReview(@NotNull LocalDate reviewedOn) {
    }

    /**
     * A follow-up, made together with the client (H4: "Detta görs tillsammans med brukare"), dated
     * and signed by the staff member who records it: who took part and how the client did, as for
     * the plan.
     */
    public record FollowUp(@NotNull LocalDate followedUpOn, @NotNull FollowUpKind kind,
                           @NotNull FollowUpOutcome outcome,
                           @NotEmpty List<@NotNull @Valid Participant> participants,
                           @NotBlank(message = "must say how the client took part") @Size(max = TEXT)
                           String clientParticipation,
                           @Size(max = TEXT) String notes,
                           @Valid PlanText revision) {

        /** What the content store keeps of the follow-up: all but the revision, which is a plan version of its own. */
        FollowUpText text() {
            return new FollowUpText(participants, clientParticipation, notes);
        }
    }

    /** A follow-up's free text as kept in the content store. */
    public record FollowUpText(List<Participant> participants, String clientParticipation, String notes) {
    }

    /**
     * H5: in an April/May or October/November window the plan was checked ("kontrolleras för att se
     * att de är aktuella") and a follow-up booked ("samt boka tid för uppföljning").
     */
    public record PlanCheck(@NotNull LocalDate checkedOn, @NotNull Boolean planCurrent,
                            @NotNull LocalDate followUpBookedFor) {
    }

    /** A genomförandeplansmöte (L3) and who took part. */
    public record PlanMeeting(@NotNull LocalDate heldOn, @NotEmpty List<@NotNull @Valid Participant> participants,
                              @NotNull FollowUpOutcome outcome, @Valid PlanText revision) {
    }

    public record PlanMeetingParticipants(List<Participant> participants) {
    }

    public enum Direction { INCREASE, DECREASE }

    /** A request to change the time of a granted intervention. */
    public record TimeAdjustment(@NotBlank @Size(max = 500) String intervention, @NotNull Direction direction,
                                 @Positive Integer minutes, @Size(max = TEXT) String reason) {
    }

    /** "Viktigt att tänka på vid planering" (H6), handed to the planner. */
    public record PlanningNote(@NotNull LocalDate handedOverOn,
                               @Size(max = TEXT) String specialWishes,
                               List<@NotNull @Valid TimeAdjustment> timeAdjustments,
                               Boolean newInterventionsNeeded,
                               @Size(max = TEXT) String newInterventionsDescription) {

        @JsonIgnore
        @AssertTrue(message = "must hold special wishes, a time adjustment or a need for new interventions")
        public boolean isAboutSomething() {
            return (specialWishes != null && !specialWishes.isBlank())
                    || asksForTimeAdjustment() || needsNewInterventions();
        }

        /** H6: new interventions are the needs assessor's to grant; the note only says they are needed. */
        boolean needsNewInterventions() {
            return Boolean.TRUE.equals(newInterventionsNeeded);
        }

        boolean asksForTimeAdjustment() {
            return timeAdjustments != null && !timeAdjustments.isEmpty();
        }
    }

    /** The planner's answer to a planning note ("Planerarens anteckningar"). */
    public record Acknowledgement(@NotNull LocalDate acknowledgedOn, @Size(max = TEXT) String plannerNotes) {
    }
}
