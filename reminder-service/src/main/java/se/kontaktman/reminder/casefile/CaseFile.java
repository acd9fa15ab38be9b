package se.kontaktman.reminder.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import se.kontaktman.events.CareProfile;
import se.kontaktman.events.ContactRole;
import se.kontaktman.events.plan.FollowUpKind;
import se.kontaktman.events.reminder.DeadlineRule;
import se.kontaktman.events.reminder.DeadlineStage;

/**
 * What reminder-service knows of one case: the facts its deadlines are counted from, heard from
 * assignment-service and plan-service, and which stages of which deadlines it has published.
 * Deadlines themselves are not stored: they are computed from the facts each time, so facts that
 * arrive late, twice or out of order give the same deadlines. Every fact is kept by what it is (a
 * visit by its id, a plan version by its number, an assignment by its event id, a device by its
 * id), so applying one twice changes nothing. {@code revision} guards against two writers: the
 * consumer and the tick, or two instances.
 */
@Document(CaseFile.COLLECTION)
public class CaseFile {

    public static final String COLLECTION = "case_files";

    @Id
    private String caseId;
    private long revision;
    private String staffGroupId;
    private CareProfile careProfile;
    private LocalDate startDate;
    /** When the case was opened in the suite (the CaseOpened event's time, in Stockholm): H1 counts from it. */
    private LocalDate registeredOn;
    private LocalDate closedOn;
    private List<AssignmentFact> assignments = new ArrayList<>();
    private List<VisitFact> visits = new ArrayList<>();
    private LocalDate arrivalConversationOn;
    private List<VersionFact> planVersions = new ArrayList<>();
    private List<FollowUpFact> followUps = new ArrayList<>();
    private List<CheckFact> planChecks = new ArrayList<>();
    private List<LocalDate> planMeetings = new ArrayList<>();
    private List<LocalDate> riskAssessments = new ArrayList<>();
    private List<DeviceToReturnFact> devicesToReturn = new ArrayList<>();
    private List<DeviceReturnFact> devicesReturned = new ArrayList<>();
    private List<Published> published = new ArrayList<>();
    private LocalDate nextTransitionOn;

    /** A staff member assigned a contact role from a date; {@code factId} is the event's id. */
    public record AssignmentFact(String factId, ContactRole role, String staffId, LocalDate from, Instant publishedAt) {
    }

    public record VisitFact(String visitId, LocalDate heldOn, String presentedBy) {
    }

    public record VersionFact(int version, LocalDate establishedOn) {
    }

    public record FollowUpFact(LocalDate followedUpOn, FollowUpKind kind) {
    }

    public record CheckFact(LocalDate windowStart, LocalDate checkedOn) {
    }

    /** H8: a device not returned when the case closed on {@code closedOn}. */
    public record DeviceToReturnFact(String deviceId, LocalDate closedOn) {
    }

    public record DeviceReturnFact(String deviceId, LocalDate returnedOn) {
    }

    /** The stages of one deadline that have been published. */
    public record Published(DeadlineRule rule, String occurrence, Set<DeadlineStage> stages) {
    }

    protected CaseFile() {
        // for Spring Data
    }

    public static CaseFile of(String caseId) {
        CaseFile file = new CaseFile();
        file.caseId = caseId;
        return file;
    }

    // Facts. Each returns nothing: a fact heard again changes nothing.

    public void opened(String group, CareProfile profile, LocalDate start, LocalDate registered) {
        staffGroupId = group;
        careProfile = profile;
        startDate = start;
        registeredOn = registeredOn == null || registered.isBefore(registeredOn) ? registered : registeredOn;
    }

    public void assigned(AssignmentFact fact, String group) {
        if (staffGroupId == null) {
            staffGroupId = group;
        }
        if (assignments.stream().noneMatch(a -> a.factId().equals(fact.factId()))) {
            assignments.add(fact);
        }
    }

    public void closed(LocalDate on) {
        if (closedOn == null || on.isBefore(closedOn)) {
            closedOn = on;
        }
    }

    public void visitHeld(VisitFact visit) {
        if (visits.stream().noneMatch(v -> v.visitId().equals(visit.visitId()))) {
            visits.add(visit);
        }
    }

    public void arrivalConversationHeld(LocalDate on) {
        if (arrivalConversationOn == null || on.isBefore(arrivalConversationOn)) {
            arrivalConversationOn = on;
        }
    }

    public void planEstablished(VersionFact version) {
        if (planVersions.stream().noneMatch(v -> v.version() == version.version())) {
            planVersions.add(version);
        }
    }

    public void followedUp(FollowUpFact followUp) {
        if (!followUps.contains(followUp)) {
            followUps.add(followUp);
        }
    }

    public void planChecked(CheckFact check) {
        if (planChecks.stream().noneMatch(c -> c.windowStart().equals(check.windowStart()))) {
            planChecks.add(check);
        }
    }

    public void planMeetingHeld(LocalDate on) {
        if (!planMeetings.contains(on)) {
            planMeetings.add(on);
        }
    }

    public void risksAssessed(LocalDate on) {
        if (!riskAssessments.contains(on)) {
            riskAssessments.add(on);
        }
    }

    /** A device listed again (the list heard twice) keeps its earliest closing day, whichever came first. */
    public void devicesToBeReturned(LocalDate closedOn, List<String> deviceIds) {
        for (String deviceId : deviceIds) {
            Optional<DeviceToReturnFact> known = devicesToReturn.stream()
                    .filter(d -> d.deviceId().equals(deviceId)).findFirst();
            if (known.isEmpty() || closedOn.isBefore(known.get().closedOn())) {
                known.ifPresent(devicesToReturn::remove);
                devicesToReturn.add(new DeviceToReturnFact(deviceId, closedOn));
            }
        }
    }

    public void deviceReturned(DeviceReturnFact returned) {
        if (!devicesReturned.contains(returned)) {
            devicesReturned.add(returned);
        }
    }

    // What has been published, and when the case is next due to change.

    public Set<DeadlineStage> publishedStages(DeadlineRule rule, String occurrence) {
        return published.stream().filter(p -> p.rule() == rule && p.occurrence().equals(occurrence)).findFirst()
                .map(Published::stages).orElse(Set.of());
    }

    public void markPublished(DeadlineRule rule, String occurrence, DeadlineStage stage) {
        Set<DeadlineStage> stages = EnumSet.noneOf(DeadlineStage.class);
        stages.addAll(publishedStages(rule, occurrence));
        stages.add(stage);
        published.removeIf(p -> p.rule() == rule && p.occurrence().equals(occurrence));
        published.add(new Published(rule, occurrence, stages));
    }

    public void nextTransitionOn(LocalDate date) {
        nextTransitionOn = date;
    }

    void stored(long newRevision) {
        revision = newRevision;
    }

    // Reading.

    /** Heard opened: until then facts are kept but no deadline is counted. */
    public boolean isKnown() {
        return careProfile != null && registeredOn != null;
    }

    public String caseId() {
        return caseId;
    }

    public long revision() {
        return revision;
    }

    public String staffGroupId() {
        return staffGroupId;
    }

    public CareProfile careProfile() {
        return careProfile;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public LocalDate registeredOn() {
        return registeredOn;
    }

    public Optional<LocalDate> closedOn() {
        return Optional.ofNullable(closedOn);
    }

    /** A role's assignments in the order they took effect (effective date, then publication). */
    /** The ordinarie and the ersättare on the day: the latest assignment of each role from then or before. */
    public List<String> contactPersonsOn(LocalDate day) {
        List<String> contactPersons = new ArrayList<>();
        for (ContactRole role : ContactRole.values()) {
            assignmentsOf(role).stream().filter(a -> !a.from().isAfter(day)).reduce((first, later) -> later)
                    .ifPresent(latest -> contactPersons.add(latest.staffId()));
        }
        return contactPersons;
    }

    public List<AssignmentFact> assignmentsOf(ContactRole role) {
        return assignments.stream().filter(a -> a.role() == role)
                .sorted(Comparator.comparing(AssignmentFact::from).thenComparing(AssignmentFact::publishedAt)
                        .thenComparing(AssignmentFact::factId))
                .toList();
    }

    /**
     * The name of a deadline counted from an assignment: role, staff member and date, counted on
     * where the same person was assigned the same role from the same day again. Not the event's
     * id, which the published occurrence would carry: a UUID's digits may run long enough to look
     * like a personnummer, which the schema refuses.
     *
     * @param ofRole the role's assignments, as {@link #assignmentsOf} gives them
     */
    public static String keyOf(AssignmentFact assignment, List<AssignmentFact> ofRole) {
        String key = assignment.role() + "-" + assignment.staffId() + "-" + assignment.from();
        int earlier = (int) ofRole.stream().takeWhile(a -> a != assignment)
                .filter(a -> a.staffId().equals(assignment.staffId()) && a.from().equals(assignment.from())).count();
        return earlier == 0 ? key : key + "-" + (earlier + 1);
    }

    public List<AssignmentFact> assignments() {
        return List.copyOf(assignments);
    }

    public List<VisitFact> visits() {
        return List.copyOf(visits);
    }

    public Optional<LocalDate> arrivalConversationOn() {
        return Optional.ofNullable(arrivalConversationOn);
    }

    public List<VersionFact> planVersions() {
        return planVersions.stream().sorted(Comparator.comparingInt(VersionFact::version)).toList();
    }

    public List<FollowUpFact> followUps() {
        return followUps.stream().sorted(Comparator.comparing(FollowUpFact::followedUpOn)).toList();
    }

    public List<CheckFact> planChecks() {
        return List.copyOf(planChecks);
    }

    public List<LocalDate> planMeetings() {
        return planMeetings.stream().sorted().toList();
    }

    public List<LocalDate> riskAssessments() {
        return riskAssessments.stream().sorted().toList();
    }

    /** The devices to be returned after the closure, by closing day and id. */
    public List<DeviceToReturnFact> devicesToReturn() {
        return devicesToReturn.stream().sorted(Comparator.comparing(DeviceToReturnFact::closedOn)
                .thenComparing(DeviceToReturnFact::deviceId)).toList();
    }

    /** When the device was returned: the earliest return heard of it. */
    public Optional<LocalDate> returnedOn(String deviceId) {
        return devicesReturned.stream().filter(r -> r.deviceId().equals(deviceId)).map(DeviceReturnFact::returnedOn)
                .min(LocalDate::compareTo);
    }

    public Optional<LocalDate> nextTransitionOn() {
        return Optional.ofNullable(nextTransitionOn);
    }
}
