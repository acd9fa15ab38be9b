package se.kontaktman.reminder.deadlines;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import se.kontaktman.events.ContactRole;
import se.kontaktman.events.reminder.DeadlineRule;
import se.kontaktman.reminder.casefile.CaseFile;
import se.kontaktman.reminder.casefile.CaseFile.AssignmentFact;
import se.kontaktman.rules.CareStep;
import se.kontaktman.rules.CheckWindow;
import se.kontaktman.rules.RuleProfile;

/**
 * The seeds' deadlines of one case, each rule in its own method, computed from the case's facts
 * and the rule profile's numbers alone: the same facts give the same deadlines, whatever order
 * they arrived in. A case's deadlines end when it closes, except H8's, which begin then.
 */
public final class DeadlineRules {

    private final CaseFile file;
    private final RuleProfile profile;
    private final StaffLookup staff;
    private final LocalDate today;
    private final Responsibility ordinarie;

    private DeadlineRules(CaseFile file, RuleProfile profile, StaffLookup staff, LocalDate today) {
        this.file = file;
        this.profile = profile;
        this.staff = staff;
        this.today = today;
        this.ordinarie = new Responsibility(file.assignmentsOf(ContactRole.PRIMARY), file.staffGroupId(), staff);
    }

    /** Every deadline of the case, met, stopped or running; none for a case not yet heard opened. */
    public static List<Occurrence> of(CaseFile file, RuleProfile profile, StaffLookup staff, LocalDate today) {
        if (!file.isKnown()) {
            return List.of();
        }
        DeadlineRules rules = new DeadlineRules(file, profile, staff, today);
        List<Occurrence> all = new ArrayList<>();
        all.addAll(rules.h1());
        all.addAll(rules.h2());
        all.addAll(rules.h3());
        all.addAll(rules.h4());
        all.addAll(rules.h5());
        all.addAll(rules.l1());
        all.addAll(rules.l3());
        all.addAll(rules.h7());
        List<Occurrence> ofTheCase = new ArrayList<>(all.stream().filter(rules::beganBeforeClosure)
                .map(rules::endedByClosure).toList());
        // H8 begins where the others end: at the closure, which neither stops it nor keeps it from starting.
        ofTheCase.addAll(rules.h8());
        return ofTheCase;
    }

    /**
     * H1: both contact persons, active care staff of the group, within the profile's time (a week)
     * of the case's opening in the suite, and of every day it loses one; the group's planners
     * answer for it.
     */
    List<Occurrence> h1() {
        LocalDate from = file.registeredOn();
        LocalDate until = file.closedOn().orElse(null);
        TreeSet<LocalDate> changes = new TreeSet<>();
        changes.add(from);
        for (AssignmentFact a : file.assignments()) {
            changes.add(later(a.from(), from));
            staff.leftGroupOn(a.staffId(), file.staffGroupId()).ifPresent(left -> changes.add(later(left, from)));
        }
        List<Occurrence> gaps = new ArrayList<>();
        LocalDate gapStart = null;
        for (LocalDate day : changes) {
            if (until != null && day.isAfter(until)) {
                break;
            }
            boolean staffed = staffedOn(day);
            if (!staffed && gapStart == null) {
                gapStart = day;
            } else if (staffed && gapStart != null) {
                gaps.add(h1Gap(gapStart).endedBy(day, Occurrence.Ending.MET, day));
                gapStart = null;
            }
        }
        if (gapStart != null) {
            gaps.add(h1Gap(gapStart));
        }
        return gaps;
    }

    private Occurrence h1Gap(LocalDate start) {
        return Occurrence.open(DeadlineRule.H1, "contact-persons-" + start, staff.plannersOf(file.staffGroupId()),
                start, start.plus(profile.contactPersonsWithin()));
    }

    private boolean staffedOn(LocalDate day) {
        return Responsibility.heldOn(file.assignmentsOf(ContactRole.PRIMARY), day, file.staffGroupId(), staff)
                .isPresent()
                && Responsibility.heldOn(file.assignmentsOf(ContactRole.SUBSTITUTE), day, file.staffGroupId(), staff)
                .isPresent();
    }

    /**
     * H2: each contact person, ordinarie and ersättare, presents themself in the client's home
     * within the profile's time (a week) of being assigned. It moves to the next person assigned
     * to the role, and stops if the person leaves the group.
     */
    List<Occurrence> h2() {
        if (!profile.applies(CareStep.INTRODUCTION_VISIT)) {
            return List.of();
        }
        List<Occurrence> all = new ArrayList<>();
        for (ContactRole role : ContactRole.values()) {
            List<AssignmentFact> assigned = file.assignmentsOf(role);
            for (int i = 0; i < assigned.size(); i++) {
                AssignmentFact a = assigned.get(i);
                Occurrence h2 = Occurrence.open(DeadlineRule.H2, "introduction~" + CaseFile.keyOf(a, assigned), List.of(a.staffId()),
                        a.from(), a.from().plus(profile.introductionVisitWithin()));
                Optional<LocalDate> presented = file.visits().stream()
                        .filter(v -> v.presentedBy().equals(a.staffId()) && !v.heldOn().isBefore(a.from()))
                        .map(CaseFile.VisitFact::heldOn).min(LocalDate::compareTo);
                if (presented.isPresent()) {
                    h2 = h2.endedBy(presented.get(), Occurrence.Ending.MET, presented.get());
                }
                if (i + 1 < assigned.size()) {
                    h2 = h2.endedBy(assigned.get(i + 1).from(), Occurrence.Ending.REASSIGNED, null);
                }
                Optional<LocalDate> left = staff.leftGroupOn(a.staffId(), file.staffGroupId());
                if (left.isPresent()) {
                    h2 = h2.endedBy(later(left.get(), a.from()), Occurrence.Ending.NO_LONGER_APPLIES, null);
                }
                all.add(h2);
            }
        }
        return all;
    }

    /** H3: the genomförandeplan within the profile's time (three weeks) of the first introduction visit. */
    List<Occurrence> h3() {
        if (!profile.applies(CareStep.INTRODUCTION_VISIT) || !profile.applies(CareStep.IMPLEMENTATION_PLAN)) {
            return List.of();
        }
        Optional<LocalDate> visit = file.visits().stream().map(CaseFile.VisitFact::heldOn).min(LocalDate::compareTo);
        if (visit.isEmpty()) {
            return List.of();
        }
        // One H3 per case, whatever its first visit turns out to be: a visit heard late moves its due date, not its name.
        return ordinarie.bind(DeadlineRule.H3, "plan", visit.get(),
                visit.get().plus(profile.planWithinAfterIntroduction()), firstPlan().orElse(null));
    }

    /**
     * H4: a follow-up within the profile's time (six calendar months) of the plan's current version
     * or its last follow-up, of whatever kind; each new version or follow-up meets the running one
     * and starts the next.
     */
    List<Occurrence> h4() {
        if (!profile.applies(CareStep.FOLLOW_UP)) {
            return List.of();
        }
        Optional<LocalDate> plan = firstPlan();
        if (plan.isEmpty()) {
            return List.of();
        }
        TreeSet<LocalDate> anchors = new TreeSet<>();
        file.planVersions().forEach(v -> anchors.add(v.establishedOn()));
        file.followUps().forEach(f -> anchors.add(f.followedUpOn()));
        return chain(DeadlineRule.H4, "follow-up-after-", anchors.tailSet(plan.get(), true), profile.followUpWithin());
    }

    /**
     * H5: in each of the profile's check windows (April/May, October/November) that begins with a
     * plan in place, the plan is checked with a follow-up booked, or followed up; by the window's
     * end. The next window's deadline is known as soon as the plan is.
     */
    List<Occurrence> h5() {
        if (!profile.applies(CareStep.PLAN_CHECK) || profile.planCheckWindows().isEmpty()) {
            return List.of();
        }
        Optional<LocalDate> plan = firstPlan();
        if (plan.isEmpty()) {
            return List.of();
        }
        List<Occurrence> all = new ArrayList<>();
        boolean nextWindowSeen = false;
        for (int year = plan.get().getYear(); !nextWindowSeen; year++) {
            int inYear = year;
            // In calendar order, however the organisation listed them.
            for (CheckWindow.Dated dated : profile.planCheckWindows().stream().map(window -> window.in(inYear))
                    .sorted(Comparator.comparing(CheckWindow.Dated::start)).toList()) {
                if (!dated.start().isAfter(plan.get()) || nextWindowSeen) {
                    continue;
                }
                nextWindowSeen = dated.start().isAfter(today);
                if (file.closedOn().map(closed -> closed.isBefore(dated.start())).orElse(false)) {
                    return all;
                }
                Optional<LocalDate> met = checkedIn(dated);
                all.addAll(ordinarie.bind(DeadlineRule.H5, "check-" + dated.start(), dated.start(), dated.end(),
                        met.orElse(null)));
            }
        }
        return all;
    }

    private Optional<LocalDate> checkedIn(CheckWindow.Dated window) {
        Optional<LocalDate> checked = file.planChecks().stream()
                .filter(c -> c.windowStart().equals(window.start())).map(CaseFile.CheckFact::checkedOn).findFirst();
        Optional<LocalDate> followedUp = file.followUps().stream().map(CaseFile.FollowUpFact::followedUpOn)
                .filter(window::contains).findFirst();
        return earliest(checked, followedUp);
    }

    /**
     * L1: the arrival conversation at the start of an LSS case, within the profile's reading of "at
     * the start" (two weeks), counted from the start or, for a case opened in the suite later, from
     * its opening.
     */
    List<Occurrence> l1() {
        if (!profile.applies(CareStep.ARRIVAL_CONVERSATION)) {
            return List.of();
        }
        LocalDate start = later(file.startDate(), file.registeredOn());
        return ordinarie.bind(DeadlineRule.L1, "arrival-conversation", start,
                start.plus(profile.arrivalConversationWithin()), file.arrivalConversationOn().orElse(null));
    }

    /** L3: a plan meeting within the profile's time (a year) of the plan or the last plan meeting. */
    List<Occurrence> l3() {
        if (!profile.applies(CareStep.PLAN_MEETING)) {
            return List.of();
        }
        Optional<LocalDate> plan = firstPlan();
        if (plan.isEmpty()) {
            return List.of();
        }
        return chain(DeadlineRule.L3, "plan-meeting-after-", planAndMeetingsFrom(plan.get()),
                profile.planMeetingWithin());
    }

    /**
     * H7: a risk assessment within the profile's time (a week) of the plan's first version, and
     * again of every follow-up and plan meeting after it. Each is met by the first assessment made
     * on or after the day it counts from (one made the same day as the follow-up counts); a later
     * follow-up does not meet an earlier one still open, so one assessment may meet both.
     */
    List<Occurrence> h7() {
        if (!profile.applies(CareStep.RISK_ASSESSMENT)) {
            return List.of();
        }
        Optional<LocalDate> plan = firstPlan();
        if (plan.isEmpty()) {
            return List.of();
        }
        TreeSet<LocalDate> anchors = planAndMeetingsFrom(plan.get());
        file.followUps().stream().map(f -> f.followedUpOn()).filter(on -> !on.isBefore(plan.get()))
                .forEach(anchors::add);
        List<LocalDate> assessed = file.riskAssessments();
        List<Occurrence> all = new ArrayList<>();
        for (LocalDate anchor : anchors) {
            Optional<LocalDate> met = assessed.stream().filter(on -> !on.isBefore(anchor)).findFirst();
            all.addAll(ordinarie.bind(DeadlineRule.H7, "risk-assessment-after-" + anchor, anchor,
                    anchor.plus(profile.riskAssessmentWithin()), met.orElse(null)));
        }
        return all;
    }

    /**
     * H8: every assistive device not returned when the case closed, within the profile's time (a
     * month) of the closing day, met by its return. It lives after the closure: the case's closing
     * does not stop it. The ordinarie of the closing day answers for it (the devices were under
     * their control), not one assigned from a later day; one who leaves the group hands it on to
     * nobody, as every deadline bound to the role does, and the planners are told when it is missed.
     */
    List<Occurrence> h8() {
        List<Occurrence> all = new ArrayList<>();
        for (CaseFile.DeviceToReturnFact device : file.devicesToReturn()) {
            LocalDate closed = device.closedOn();
            Responsibility lastOrdinarie = new Responsibility(file.assignmentsOf(ContactRole.PRIMARY).stream()
                    .filter(a -> !a.from().isAfter(closed)).toList(), file.staffGroupId(), staff);
            all.addAll(lastOrdinarie.bind(DeadlineRule.H8, "return-device-" + deviceKey(device.deviceId()), closed,
                    closed.plus(profile.deviceReturnWithin()), file.returnedOn(device.deviceId()).orElse(null)));
        }
        return all;
    }

    /**
     * H8's name for a device: its id with every digit written as a letter that hexadecimal never
     * uses (0 → g, 1 → h, … 9 → p). One name per device, the same whichever list or order it was
     * heard in, and no run of digits: a UUID's last part may have ten or more in a row, which the
     * published occurrence may not carry (they could be a personnummer).
     */
    static String deviceKey(String deviceId) {
        StringBuilder key = new StringBuilder(deviceId.length());
        for (char c : deviceId.toCharArray()) {
            key.append(c >= '0' && c <= '9' ? (char) ('g' + (c - '0')) : c);
        }
        return key.toString();
    }

    /** The plan's first version and the plan meetings from then on, in order. */
    private TreeSet<LocalDate> planAndMeetingsFrom(LocalDate plan) {
        TreeSet<LocalDate> anchors = new TreeSet<>(file.planMeetings().stream().filter(on -> !on.isBefore(plan))
                .toList());
        anchors.add(plan);
        return anchors;
    }

    /** One deadline per anchor, each met by the next anchor. */
    private List<Occurrence> chain(DeadlineRule rule, String name, Iterable<LocalDate> anchors, Period within) {
        List<LocalDate> dates = new ArrayList<>();
        anchors.forEach(dates::add);
        List<Occurrence> all = new ArrayList<>();
        for (int i = 0; i < dates.size(); i++) {
            LocalDate anchor = dates.get(i);
            LocalDate next = i + 1 < dates.size() ? dates.get(i + 1) : null;
            all.addAll(ordinarie.bind(rule, name + anchor, anchor, anchor.plus(within), next));
        }
        return all;
    }

    private Optional<LocalDate> firstPlan() {
        return file.planVersions().stream().map(CaseFile.VersionFact::establishedOn).min(LocalDate::compareTo);
    }

    /** A deadline that would begin after the case closed (a replacement dated later, an LSS start after it) never runs. */
    private boolean beganBeforeClosure(Occurrence occurrence) {
        return file.closedOn().map(closed -> !occurrence.startsOn().isAfter(closed)).orElse(true);
    }

    private Occurrence endedByClosure(Occurrence occurrence) {
        return file.closedOn().filter(closed -> !closed.isBefore(occurrence.startsOn()))
                .map(closed -> occurrence.endedBy(closed, Occurrence.Ending.CASE_CLOSED, null))
                .orElse(occurrence);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static Optional<LocalDate> earliest(Optional<LocalDate> a, Optional<LocalDate> b) {
        if (a.isEmpty()) {
            return b;
        }
        return b.isEmpty() || a.get().isBefore(b.get()) ? a : b;
    }
}
