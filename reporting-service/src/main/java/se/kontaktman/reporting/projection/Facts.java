package se.kontaktman.reporting.projection;

import java.time.LocalDate;
import java.util.Optional;

import se.kontaktman.events.IntegrationEvent;
import se.kontaktman.events.PublishedEvent;
import se.kontaktman.events.assignment.CaseClosed;
import se.kontaktman.events.assignment.CaseOpened;
import se.kontaktman.events.assignment.ContactPersonAssignment;
import se.kontaktman.events.plan.ArrivalConversationHeld;
import se.kontaktman.events.plan.FollowUpRecorded;
import se.kontaktman.events.plan.IntroductionVisitBooked;
import se.kontaktman.events.plan.IntroductionVisitHeld;
import se.kontaktman.events.plan.PlanChecked;
import se.kontaktman.events.plan.PlanClosed;
import se.kontaktman.events.plan.PlanEstablished;
import se.kontaktman.events.plan.PlanMeetingHeld;
import se.kontaktman.events.plan.PlanReviewedByTeam;
import se.kontaktman.events.reminder.DeadlineStage;
import se.kontaktman.events.reminder.DeadlineStageReached;
import se.kontaktman.platform.time.ClockConfiguration;

/**
 * The one place where an event becomes a {@link Fact} of its case: what each field of a fact
 * means for each kind. Events the figures do not use (planning notes, requests for new
 * interventions, deadlines only upcoming or due; from the contact person's file: risk assessments,
 * assistive devices registered, returned, to be returned or requested, feedback information given)
 * give no fact: they are read and skipped. What was late of H7 and H8 comes from reminder-service's
 * deadline stages, like every other rule's.
 */
public final class Facts {

    /** A date a fact does not have (a check without a follow-up booked). */
    public static final int NO_DAY = Integer.MIN_VALUE;

    private Facts() {
    }

    /** A case's fact. */
    public record OfCase(String caseId, Fact fact) {
    }

    public static Optional<OfCase> of(PublishedEvent<? extends IntegrationEvent> published) {
        long at = published.time().toEpochMilli();
        IntegrationEvent event = published.event();
        Fact fact = null;
        if (event instanceof CaseOpened e) {
            fact = fact(FactKind.CASE_OPENED, e.startDate(), at, e.staffGroupId(), 0, 0, e.careProfile().ordinal(), 0);
        } else if (event instanceof CaseClosed e) {
            fact = fact(FactKind.CASE_CLOSED, e.closedOn(), at, null, 0, 0, e.reason().ordinal(), 0);
        } else if (event instanceof ContactPersonAssignment e) {
            fact = fact(FactKind.CONTACT_PERSON_ASSIGNED, e.effectiveFrom(), at, e.staffId(), 0, 0,
                    e.role().ordinal(), 0);
        } else if (event instanceof IntroductionVisitBooked e) {
            // The booking has no date of its own: it is about the day it was made.
            fact = fact(FactKind.INTRODUCTION_VISIT_BOOKED, published.time().atZone(ClockConfiguration.STOCKHOLM)
                    .toLocalDate(), at, e.contactPersonStaffId(), day(e.bookedFor()), 0, 0, 0);
        } else if (event instanceof IntroductionVisitHeld e) {
            fact = fact(FactKind.INTRODUCTION_VISIT_HELD, e.heldOn(), at, e.presentedBy(), 0, 0, 0, 0);
        } else if (event instanceof ArrivalConversationHeld e) {
            fact = fact(FactKind.ARRIVAL_CONVERSATION_HELD, e.heldOn(), at, e.heldBy(), 0, 0, 0, 0);
        } else if (event instanceof PlanEstablished e) {
            fact = fact(FactKind.PLAN_ESTABLISHED, e.establishedOn(), at, e.establishedBy(), e.version(), 0, 0, 0);
        } else if (event instanceof PlanReviewedByTeam e) {
            fact = fact(FactKind.PLAN_REVIEWED_BY_TEAM, e.reviewedOn(), at, e.recordedBy(), e.version(), 0, 0, 0);
        } else if (event instanceof FollowUpRecorded e) {
            fact = fact(FactKind.FOLLOW_UP_RECORDED, e.followedUpOn(), at, e.signedBy(), e.planVersion(), 0,
                    e.kind().ordinal(), e.outcome().ordinal());
        } else if (event instanceof PlanChecked e) {
            fact = fact(FactKind.PLAN_CHECKED, e.checkedOn(), at, e.checkedBy(), day(e.windowStart()),
                    day(e.followUpBookedFor()), e.planCurrent() ? 1 : 0, 0);
        } else if (event instanceof PlanMeetingHeld e) {
            fact = fact(FactKind.PLAN_MEETING_HELD, e.heldOn(), at, e.heldBy(), e.planVersion(), 0,
                    e.outcome().ordinal(), 0);
        } else if (event instanceof PlanClosed e) {
            fact = fact(FactKind.PLAN_CLOSED, e.closedOn(), at, null, 0, 0, 0, 0);
        } else if (event instanceof DeadlineStageReached e && e.stage() != DeadlineStage.UPCOMING
                && e.stage() != DeadlineStage.DUE) {
            // Upcoming and due are reminders; the figures need only what was late and how it ended.
            fact = fact(FactKind.DEADLINE_STAGE_REACHED, e.reachedOn(), at, e.occurrence(), day(e.dueOn()),
                    e.daysOverdue(), e.stage().ordinal(), e.rule().ordinal());
        }
        if (fact == null) {
            return Optional.empty();
        }
        return Optional.of(new OfCase(event.partitionKey(), fact));
    }

    private static Fact fact(FactKind kind, LocalDate on, long at, String ref, int number, int number2, int code,
                             int code2) {
        return Fact.of(kind, (int) on.toEpochDay(), at, ref, number, number2, code, code2);
    }

    private static int day(LocalDate date) {
        return date == null ? NO_DAY : (int) date.toEpochDay();
    }
}
