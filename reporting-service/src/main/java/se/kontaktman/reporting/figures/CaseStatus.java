package se.kontaktman.reporting.figures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import se.kontaktman.events.CareProfile;
import se.kontaktman.events.ContactRole;
import se.kontaktman.events.plan.FollowUpKind;
import se.kontaktman.events.reminder.DeadlineRule;
import se.kontaktman.events.reminder.DeadlineStage;
import se.kontaktman.reporting.projection.CaseHistory;
import se.kontaktman.reporting.projection.Fact;
import se.kontaktman.reporting.projection.Facts;
import se.kontaktman.rules.RuleProfile;

/**
 * A case as it stood on a day, as it was known then ({@link AsOf}): worked out in one pass over
 * its facts in the order they happened, using only those that had happened by the day and were
 * known by the end of the day it is asked as of. What the figures and overviews are made of.
 */
public final class CaseStatus {

    private static final int NONE = Facts.NO_DAY;
    private static final int OVERDUE = DeadlineStage.OVERDUE.ordinal();
    private static final int ESCALATED = DeadlineStage.ESCALATED.ordinal();
    private static final int MET = DeadlineStage.MET.ordinal();
    private static final int CANCELLED = DeadlineStage.CANCELLED.ordinal();
    /** By rule ordinal (a fact keeps its rule so): whether the rule's deadlines run after the case closed. */
    private static final boolean[] AFTER_CLOSURE = afterClosure();

    private final String caseId;
    private final int day;
    private String staffGroupId;
    private CareProfile careProfile;
    private int openedOn = NONE;
    private int closedOn = NONE;
    private String primary;
    private String substitute;
    private int firstAppointedOn = NONE;
    private int visitBookedFor = NONE;
    private int firstVisitOn = NONE;
    private int arrivalConversationOn = NONE;
    private int firstPlanOn = NONE;
    private int planVersion;
    private int planVersionOn = NONE;
    private int lastFollowUpOn = NONE;
    private int lastPlanMeetingOn = NONE;
    private int followUpBookedFor = NONE;
    private final List<Fact> followUps = new ArrayList<>(2);
    private final TreeMap<Integer, Integer> checksByWindowStart = new TreeMap<>();
    private final List<Fact> deadlines = new ArrayList<>(2);
    private final List<Fact> countedLate = new ArrayList<>(0);
    private final List<Fact> learnedLater = new ArrayList<>(0);

    private CaseStatus(String caseId, int day) {
        this.caseId = caseId;
        this.day = day;
    }

    public static CaseStatus of(CaseHistory history, AsOf asOf) {
        int day = asOf.day();
        long knownBy = asOf.knownBy();
        CaseStatus status = new CaseStatus(history.caseId(), day);
        for (Fact fact : history.facts()) {
            if (fact.on() > day) {
                break; // in the order they happened: the rest is later still
            }
            if (fact.knownAt() >= knownBy) {
                status.learnedLater.add(fact);
                continue;
            }
            status.apply(fact);
            if (fact.recordedLate()) {
                status.countedLate.add(fact);
            }
        }
        return status;
    }

    private void apply(Fact fact) {
        switch (fact.kind()) {
            case CASE_OPENED -> {
                staffGroupId = fact.ref();
                careProfile = CareProfile.values()[fact.code()];
                openedOn = fact.on();
            }
            case CASE_CLOSED -> closedOn = fact.on();
            case CONTACT_PERSON_ASSIGNED -> {
                if (fact.code() == ContactRole.PRIMARY.ordinal()) {
                    primary = fact.ref();
                } else {
                    substitute = fact.ref();
                }
                if (firstAppointedOn == NONE) {
                    firstAppointedOn = fact.on();
                }
            }
            case INTRODUCTION_VISIT_BOOKED -> visitBookedFor = fact.number();
            case INTRODUCTION_VISIT_HELD -> {
                if (firstVisitOn == NONE) {
                    firstVisitOn = fact.on();
                }
            }
            case ARRIVAL_CONVERSATION_HELD -> {
                if (arrivalConversationOn == NONE) {
                    arrivalConversationOn = fact.on();
                }
            }
            case PLAN_ESTABLISHED -> {
                if (firstPlanOn == NONE) {
                    firstPlanOn = fact.on();
                }
                if (fact.number() >= planVersion) {
                    planVersion = fact.number();
                    planVersionOn = fact.on();
                }
            }
            case FOLLOW_UP_RECORDED -> {
                lastFollowUpOn = Math.max(lastFollowUpOn, fact.on());
                followUps.add(fact);
            }
            case PLAN_CHECKED -> {
                checksByWindowStart.putIfAbsent(fact.number(), fact.on());
                if (fact.number2() != NONE) {
                    followUpBookedFor = fact.number2();
                }
            }
            case PLAN_MEETING_HELD -> lastPlanMeetingOn = Math.max(lastPlanMeetingOn, fact.on());
            case DEADLINE_STAGE_REACHED -> noteStage(fact);
            default -> {
                // a team review or the plan's closing changes no figure
            }
        }
    }

    /** Keeps each deadline's latest stage; met or cancelled is where it ends. */
    private void noteStage(Fact fact) {
        for (int i = 0; i < deadlines.size(); i++) {
            Fact known = deadlines.get(i);
            if (known.code2() == fact.code2() && known.ref().equals(fact.ref())) {
                if (known.code() != MET && known.code() != CANCELLED) {
                    deadlines.set(i, fact);
                }
                return;
            }
        }
        deadlines.add(fact);
    }

    public String caseId() {
        return caseId;
    }

    public LocalDate date() {
        return LocalDate.ofEpochDay(day);
    }

    /** Whether the case had been opened (its start reached) and not closed. */
    public boolean open() {
        return openedOn != NONE && closedOn == NONE;
    }

    public String staffGroupId() {
        return staffGroupId;
    }

    public CareProfile careProfile() {
        return careProfile;
    }

    public String primary() {
        return primary;
    }

    public String substitute() {
        return substitute;
    }

    /** H1: an ordinarie and an ersättare, two different people. */
    public boolean bothContactPersons() {
        return primary != null && substitute != null && !primary.equals(substitute);
    }

    public boolean hasContactPerson(String staffId) {
        return staffId.equals(primary) || staffId.equals(substitute);
    }

    public LocalDate openedOn() {
        return date(openedOn);
    }

    public LocalDate visitBookedFor() {
        return date(visitBookedFor);
    }

    public LocalDate firstVisitOn() {
        return date(firstVisitOn);
    }

    public LocalDate arrivalConversationOn() {
        return date(arrivalConversationOn);
    }

    public LocalDate firstPlanOn() {
        return date(firstPlanOn);
    }

    public int planVersion() {
        return planVersion;
    }

    public LocalDate planVersionOn() {
        return date(planVersionOn);
    }

    public LocalDate lastFollowUpOn() {
        return date(lastFollowUpOn);
    }

    /** The follow-ups recorded, in the order they were made. */
    public List<Fact> followUps() {
        return followUps;
    }

    public boolean hasPlan() {
        return firstPlanOn != NONE;
    }

    /** The last the plan was touched with the client: its latest version, follow-up or plan meeting. */
    private int planLastSeen() {
        return Math.max(planVersionOn, Math.max(lastFollowUpOn, lastPlanMeetingOn));
    }

    /** H4: the day by which the plan is to be followed up next; null without a plan. */
    public LocalDate followUpDueBy(RuleProfile profile) {
        return hasPlan() ? LocalDate.ofEpochDay(planLastSeen()).plus(profile.followUpWithin()) : null;
    }

    /** A follow-up booked at an April/May or October/November check, if it is still to come. */
    public LocalDate followUpBookedFor() {
        return followUpBookedFor != NONE && followUpBookedFor > lastFollowUpOn ? date(followUpBookedFor) : null;
    }

    /** Established, and followed up within the profile's limit (H4; for LSS, a plan meeting counts). */
    public boolean currentPlan(RuleProfile profile) {
        return hasPlan() && !date().isAfter(followUpDueBy(profile));
    }

    /** Days from the first contact person's appointment to the first introduction visit; -1 if not both. */
    public int daysAppointmentToVisit() {
        return firstAppointedOn != NONE && firstVisitOn != NONE ? Math.max(0, firstVisitOn - firstAppointedOn) : -1;
    }

    /** Days from the first introduction visit to the first plan; -1 if not both. */
    public int daysVisitToPlan() {
        return firstVisitOn != NONE && firstPlanOn != NONE ? Math.max(0, firstPlanOn - firstVisitOn) : -1;
    }

    public int firstVisitDay() {
        return firstVisitOn;
    }

    public int firstPlanDay() {
        return firstPlanOn;
    }

    /** The day of the check made in the H5 window starting on {@code windowStart}; null if none was. */
    public LocalDate checkedInWindow(LocalDate windowStart) {
        Integer on = checksByWindowStart.get((int) windowStart.toEpochDay());
        return on == null ? null : LocalDate.ofEpochDay(on);
    }

    /** Every check made, by the start of its window. */
    public TreeMap<Integer, Integer> checksByWindowStart() {
        return checksByWindowStart;
    }

    /** A deadline overdue on the day. */
    public record Overdue(DeadlineRule rule, LocalDate dueOn, int daysOverdue, boolean escalated) {
    }

    public List<Overdue> overdue() {
        List<Overdue> overdue = new ArrayList<>(0);
        for (Fact stage : deadlines) {
            if (stage.code() == OVERDUE || stage.code() == ESCALATED) {
                overdue.add(new Overdue(DeadlineRule.values()[stage.code2()], LocalDate.ofEpochDay(stage.number()),
                        day - stage.number(), stage.code() == ESCALATED));
            }
        }
        return overdue;
    }

    /** Adds to {@code counts} (by rule ordinal) the deadlines met late on a day within [from, to]. */
    public void countMetLate(int from, int to, int[] counts) {
        for (Fact stage : deadlines) {
            if (stage.code() == MET && stage.number2() > 0 && stage.on() >= from && stage.on() <= to) {
                counts[stage.code2()]++;
            }
        }
    }

    /**
     * Adds to {@code counts} (by rule ordinal) the deadlines overdue on the day: in an open case every
     * one; in a closed case only those of a rule that runs after closure ({@link #runsAfterClosure}).
     */
    public void countOverdue(int[] counts) {
        boolean open = open();
        for (Fact stage : deadlines) {
            if ((stage.code() == OVERDUE || stage.code() == ESCALATED) && (open || AFTER_CLOSURE[stage.code2()])) {
                counts[stage.code2()]++;
            }
        }
    }

    /**
     * H8: the assistive devices not returned when the case closed are returned within a month of it,
     * so its deadlines fall due only once the case is closed, and are late in a closed case.
     */
    public static boolean runsAfterClosure(DeadlineRule rule) {
        return rule == DeadlineRule.H8;
    }

    private static boolean[] afterClosure() {
        DeadlineRule[] rules = DeadlineRule.values();
        boolean[] byOrdinal = new boolean[rules.length];
        for (DeadlineRule rule : rules) {
            byOrdinal[rule.ordinal()] = runsAfterClosure(rule);
        }
        return byOrdinal;
    }

    /** Facts counted in this answer that were recorded on a later day than the one they are about. */
    public List<Fact> countedLate() {
        return countedLate;
    }

    /** Facts about the day or before that were learned only after the day it is asked as of: not counted. */
    public List<Fact> learnedLater() {
        return learnedLater;
    }

    public static boolean isExtensiveChange(Fact followUp) {
        return followUp.code() == FollowUpKind.EXTENSIVE_CHANGE.ordinal();
    }

    private static LocalDate date(int epochDay) {
        return epochDay == NONE ? null : LocalDate.ofEpochDay(epochDay);
    }
}
