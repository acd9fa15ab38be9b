package se.kontaktman.plan.caseplan;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.axonframework.eventsourcing.EventSourcingHandler;
import se.kontaktman.plan.PlanRule;
import se.kontaktman.plan.caseplan.api.CaseFileCommands.AddNetworkMemberCommand;
import se.kontaktman.plan.caseplan.api.CaseFileCommands.AddSignatureCommand;
import se.kontaktman.plan.caseplan.api.CaseFileCommands.AssessRisksCommand;
import se.kontaktman.plan.caseplan.api.CaseFileCommands.AssessedArea;
import se.kontaktman.plan.caseplan.api.CaseFileCommands.AttendDailyActivityCommand;
import se.kontaktman.plan.caseplan.api.CaseFileCommands.CheckAssistiveDeviceCommand;
import se.kontaktman.plan.caseplan.api.CaseFileCommands.CloseFundsMonthCommand;
import se.kontaktman.plan.caseplan.api.CaseFileCommands.CountersignFundsEntryCommand;
import se.kontaktman.plan.caseplan.api.CaseFileCommands.EndNetworkMemberCommand;
import se.kontaktman.plan.caseplan.api.CaseFileCommands.GiveFeedbackInformationCommand;
import se.kontaktman.plan.caseplan.api.CaseFileCommands.HandOverFundsCommand;
import se.kontaktman.plan.caseplan.api.CaseFileCommands.LogDailyActivityVisitCommand;
import se.kontaktman.plan.caseplan.api.CaseFileCommands.LogNetworkContactCommand;
import se.kontaktman.plan.caseplan.api.CaseFileCommands.RecordFundsEntryCommand;
import se.kontaktman.plan.caseplan.api.CaseFileCommands.RegisterAssistiveDeviceCommand;
import se.kontaktman.plan.caseplan.api.CaseFileCommands.RequestAssistiveDeviceCommand;
import se.kontaktman.plan.caseplan.api.CaseFileCommands.ReturnAssistiveDeviceCommand;
import se.kontaktman.plan.caseplan.api.CaseFileCommands.ReviewEmergencyInformationCommand;
import se.kontaktman.plan.caseplan.api.CaseFileCommands.RiskLevel;
import se.kontaktman.plan.caseplan.api.CaseFileEvents.AssistiveDeviceCheckedEvent;
import se.kontaktman.plan.caseplan.api.CaseFileEvents.AssistiveDeviceRegisteredEvent;
import se.kontaktman.plan.caseplan.api.CaseFileEvents.AssistiveDeviceRequestedEvent;
import se.kontaktman.plan.caseplan.api.CaseFileEvents.AssistiveDeviceReturnedEvent;
import se.kontaktman.plan.caseplan.api.CaseFileEvents.AssistiveDevicesToBeReturnedEvent;
import se.kontaktman.plan.caseplan.api.CaseFileEvents.DailyActivityAttendedEvent;
import se.kontaktman.plan.caseplan.api.CaseFileEvents.DailyActivityVisitLoggedEvent;
import se.kontaktman.plan.caseplan.api.CaseFileEvents.EmergencyInformationReviewedEvent;
import se.kontaktman.plan.caseplan.api.CaseFileEvents.FeedbackInformationGivenEvent;
import se.kontaktman.plan.caseplan.api.CaseFileEvents.FundsEntryCountersignedEvent;
import se.kontaktman.plan.caseplan.api.CaseFileEvents.FundsEntryRecordedEvent;
import se.kontaktman.plan.caseplan.api.CaseFileEvents.FundsHandedOverEvent;
import se.kontaktman.plan.caseplan.api.CaseFileEvents.FundsLedgerClosedEvent;
import se.kontaktman.plan.caseplan.api.CaseFileEvents.FundsMonthClosedEvent;
import se.kontaktman.plan.caseplan.api.CaseFileEvents.NetworkContactLoggedEvent;
import se.kontaktman.plan.caseplan.api.CaseFileEvents.NetworkMemberAddedEvent;
import se.kontaktman.plan.caseplan.api.CaseFileEvents.NetworkMemberEndedEvent;
import se.kontaktman.plan.caseplan.api.CaseFileEvents.RisksAssessedEvent;
import se.kontaktman.plan.caseplan.api.CaseFileEvents.SignatureAddedEvent;
import se.kontaktman.plan.organisation.StaffDirectory;
import se.kontaktman.platform.rules.DateRules;
import se.kontaktman.platform.rules.NotFoundException;
import se.kontaktman.platform.rules.Refusal;
import se.kontaktman.rules.RuleProfile;

/**
 * The contact person's file of a case (genomförandeakten), a part of its {@link CasePlan}: the
 * rules of H7, H8 and L5-L9 and what they need to remember. The plan decides who may record and
 * whether the case is open; this decides whether what is recorded is right. Every rule is checked
 * before anything is applied.
 */
class ContactPersonFile {

    private String caseId;
    private String staffGroupId;
    private int assessments;
    private LocalDate lastAssessment;
    private final Map<String, Device> devices = new LinkedHashMap<>();
    private final Set<String> requests = new HashSet<>();
    private final Map<String, Member> members = new HashMap<>();
    private final Set<String> contacts = new HashSet<>();
    private final List<Place> places = new ArrayList<>();
    private final Set<String> activityVisits = new HashSet<>();
    private final Map<String, String> initialsByStaff = new HashMap<>();
    private LocalDate emergencyReview;
    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private LocalDate lastClosedMonth;
    private Long finalBalance;
    private boolean handedOver;

    private record Device(LocalDate receivedOn, boolean returned) {
    }

    private record Member(LocalDate addedOn, boolean ended) {
    }

    private record Entry(LocalDate enteredOn, long amountOre, String signedBy, boolean awaitingCountersignature,
                         String corrects) {
    }

    /** A daily activity the client attends from {@code since} until the next one's start. */
    private record Place(String activityId, LocalDate since) {
    }

    /** Told by the plan whenever it hears of the case: the file's events carry the case and its group. */
    void belongsTo(String caseId, String staffGroupId) {
        this.caseId = caseId;
        this.staffGroupId = staffGroupId;
    }

    // H7 --------------------------------------------------------------------------------------

    /** Every area of the profile, each once, and preventive actions where there is a risk. */
    void assessRisks(AssessRisksCommand command, RuleProfile profile, LocalDate startDate, Clock clock) {
        DateRules.notAfterToday("assessedOn", command.assessedOn(), clock);
        DateRules.notBefore("assessedOn", command.assessedOn(), startDate, "the case's start date");
        DateRules.notBefore("assessedOn", command.assessedOn(), lastAssessment, "the previous risk assessment");
        List<String> assessed = new ArrayList<>();
        for (int i = 0; i < command.areas().size(); i++) {
            AssessedArea area = command.areas().get(i);
            if (!profile.riskAreas().contains(area.area()) || assessed.contains(area.area())) {
                throw new Refusal(PlanRule.H7_EVERY_RISK_AREA, "areas[" + i + "].area",
                        "each of the areas " + profile.riskAreas() + " is assessed once");
            }
            if (area.level() != RiskLevel.NO_RISK && !area.actionsWritten()) {
                throw new Refusal(PlanRule.H7_ACTIONS_FOR_A_RISK, "areas[" + i + "].actions",
                        "an area with a risk has its preventive actions");
            }
            assessed.add(area.area());
        }
        List<String> missing = profile.riskAreas().stream().filter(area -> !assessed.contains(area)).toList();
        if (!missing.isEmpty()) {
            throw new Refusal(PlanRule.H7_EVERY_RISK_AREA, "areas", "not assessed: " + missing);
        }
        apply(new RisksAssessedEvent(caseId, staffGroupId, assessments + 1, command.assessedOn(), command.actor(),
                command.contentId()));
    }

    // H8, L7 ----------------------------------------------------------------------------------

    void registerDevice(RegisterAssistiveDeviceCommand command, Clock clock) {
        DateRules.notAfterToday("receivedOn", command.receivedOn(), clock);
        requireNew(devices.containsKey(command.deviceId()), "deviceId");
        apply(new AssistiveDeviceRegisteredEvent(caseId, staffGroupId, command.deviceId(), command.receivedOn(),
                command.actor(), command.contentId()));
    }

    void checkDevice(CheckAssistiveDeviceCommand command, Clock clock) {
        Device device = deviceInUse(command.deviceId());
        DateRules.notAfterToday("checkedOn", command.checkedOn(), clock);
        DateRules.notBefore("checkedOn", command.checkedOn(), device.receivedOn(), "the device's receipt");
        apply(new AssistiveDeviceCheckedEvent(caseId, staffGroupId, command.deviceId(), command.checkedOn(),
                command.check(), command.inOrder(), command.actor(), command.contentId()));
    }

    /** H8: may be recorded after closure. */
    void returnDevice(ReturnAssistiveDeviceCommand command, Clock clock) {
        Device device = device(command.deviceId());
        if (device.returned()) {
            throw new Refusal(PlanRule.RECORDED_ONCE, "deviceId", "the device has already been returned");
        }
        DateRules.notAfterToday("returnedOn", command.returnedOn(), clock);
        DateRules.notBefore("returnedOn", command.returnedOn(), device.receivedOn(), "the device's receipt");
        apply(new AssistiveDeviceReturnedEvent(caseId, staffGroupId, command.deviceId(), command.returnedOn(),
                command.returnedBy(), command.actor()));
    }

    void requestDevice(RequestAssistiveDeviceCommand command, LocalDate startDate, Clock clock) {
        DateRules.notAfterToday("requestedOn", command.requestedOn(), clock);
        DateRules.notBefore("requestedOn", command.requestedOn(), startDate, "the case's start date");
        requireNew(requests.contains(command.requestId()), "requestId");
        apply(new AssistiveDeviceRequestedEvent(caseId, staffGroupId, command.requestId(), command.requestedOn(),
                command.actor(), command.contentId()));
    }

    // L5 --------------------------------------------------------------------------------------

    void addNetworkMember(AddNetworkMemberCommand command, Clock clock) {
        DateRules.notAfterToday("addedOn", command.addedOn(), clock);
        requireNew(members.containsKey(command.memberId()), "memberId");
        apply(new NetworkMemberAddedEvent(caseId, staffGroupId, command.memberId(), command.addedOn(),
                command.actor(), command.contentId()));
    }

    void endNetworkMember(EndNetworkMemberCommand command, Clock clock) {
        Member member = members.get(command.memberId());
        if (member == null) {
            throw new NotFoundException("network member", command.memberId());
        }
        if (member.ended()) {
            throw new Refusal(PlanRule.RECORDED_ONCE, "memberId", "already no longer in the network");
        }
        DateRules.notAfterToday("endedOn", command.endedOn(), clock);
        DateRules.notBefore("endedOn", command.endedOn(), member.addedOn(), "the member's addition");
        apply(new NetworkMemberEndedEvent(caseId, staffGroupId, command.memberId(), command.endedOn(),
                command.actor()));
    }

    void logNetworkContact(LogNetworkContactCommand command, LocalDate startDate, Clock clock) {
        if (!members.containsKey(command.memberId())) {
            throw new Refusal(PlanRule.L5_CONTACT_WITH_THE_NETWORK, "memberId",
                    "a contact is logged with a member of the client's network");
        }
        DateRules.notAfterToday("contactedOn", command.contactedOn(), clock);
        DateRules.notBefore("contactedOn", command.contactedOn(), startDate, "the case's start date");
        requireNew(contacts.contains(command.contactId()), "contactId");
        apply(new NetworkContactLoggedEvent(caseId, staffGroupId, command.contactId(), command.memberId(),
                command.contactedOn(), command.actor(), command.contentId()));
    }

    // L6 --------------------------------------------------------------------------------------

    /** A place the client attends from {@code since}, which may lie ahead; it follows the one before. */
    void attendDailyActivity(AttendDailyActivityCommand command) {
        DateRules.notBefore("since", command.since(), places.isEmpty() ? null : places.get(places.size() - 1).since(),
                "the start at the daily activity before");
        requireNew(places.stream().anyMatch(place -> place.activityId().equals(command.activityId())), "activityId");
        apply(new DailyActivityAttendedEvent(caseId, staffGroupId, command.activityId(), command.since(),
                command.actor(), command.contentId()));
    }

    /** A visit to the place the client attended on the day of the visit. */
    void logDailyActivityVisit(LogDailyActivityVisitCommand command, Clock clock) {
        DateRules.notAfterToday("visitedOn", command.visitedOn(), clock);
        Place attended = places.stream().filter(place -> !place.since().isAfter(command.visitedOn()))
                .reduce((earlier, later) -> later)
                .orElseThrow(() -> new Refusal(PlanRule.L6_VISIT_OF_A_DAILY_ACTIVITY, "visitedOn", places.isEmpty()
                        ? "record the daily activity the client attends first"
                        : "the client attended no daily activity on " + command.visitedOn()));
        requireNew(activityVisits.contains(command.visitId()), "visitId");
        apply(new DailyActivityVisitLoggedEvent(caseId, staffGroupId, command.visitId(), attended.activityId(),
                command.visitedOn(), command.actor(), command.contentId()));
    }

    // The signature list ----------------------------------------------------------------------

    void addSignature(AddSignatureCommand command, StaffDirectory staff) {
        if (staff.staffMember(command.staffId()).isEmpty()) {
            throw new NotFoundException("staff member", command.staffId());
        }
        if (initialsByStaff.containsKey(command.staffId())) {
            throw new Refusal(PlanRule.RECORDED_ONCE, "staffId",
                    "already on the list as " + initialsByStaff.get(command.staffId()));
        }
        if (initialsByStaff.containsValue(command.initials())) {
            throw new Refusal(PlanRule.SIGNATURE_INITIALS_UNIQUE, "initials",
                    "someone on the list already signs " + command.initials());
        }
        apply(new SignatureAddedEvent(caseId, staffGroupId, command.staffId(), command.initials(),
                command.addedOn(), command.actor()));
    }

    // Information vid akutbesök -----------------------------------------------------------------

    void reviewEmergencyInformation(ReviewEmergencyInformationCommand command, Clock clock) {
        DateRules.notAfterToday("reviewedOn", command.reviewedOn(), clock);
        DateRules.notBefore("reviewedOn", command.reviewedOn(), emergencyReview, "the last review");
        apply(new EmergencyInformationReviewedEvent(caseId, staffGroupId, command.reviewedOn(), command.actor(),
                command.contentId()));
    }

    // L8 --------------------------------------------------------------------------------------

    /**
     * An entry, or a correction of one: nothing is ever changed or deleted. The balance may not go
     * below zero on any day from the entry's date on, counted in date order, whatever order the
     * entries were recorded in.
     *
     * @return the ledger's balance after the entry, in öre
     */
    long recordFundsEntry(RecordFundsEntryCommand command, LocalDate startDate, FundsInstructions instructions,
                          Clock clock) {
        DateRules.notAfterToday("enteredOn", command.enteredOn(), clock);
        DateRules.notBefore("enteredOn", command.enteredOn(), startDate, "the case's start date");
        requireMonthOpen("enteredOn", command.enteredOn());
        requireNew(entries.containsKey(command.entryId()), "entryId");
        long amount = command.withdrawal() ? -command.amountOre() : command.amountOre();
        if (command.corrects() != null) {
            requireCorrectionAgainst(command.corrects(), amount);
        }
        requireNeverNegative(command.enteredOn(), amount);
        long balance = balance() + amount;
        apply(new FundsEntryRecordedEvent(caseId, staffGroupId, command.entryId(), command.enteredOn(), amount,
                balance, command.corrects(), instructions.needsCountersignature(command.amountOre()),
                command.actor(), command.contentId()));
        return balance;
    }

    /** A correction goes against the entry it corrects, and all its corrections together undo at most all of it. */
    private void requireCorrectionAgainst(String correctedId, long amount) {
        Entry corrected = entries.get(correctedId);
        if (corrected == null) {
            throw new NotFoundException("entry to correct", correctedId);
        }
        long left = corrected.amountOre() + entries.values().stream()
                .filter(entry -> correctedId.equals(entry.corrects())).mapToLong(Entry::amountOre).sum();
        if (Long.signum(amount) == Long.signum(corrected.amountOre()) || Math.abs(amount) > Math.abs(left)) {
            throw new Refusal(PlanRule.L8_CORRECTION_AGAINST_THE_ENTRY, "amount", "a correction goes the other way "
                    + "from the entry it corrects, at most " + Kronor.format(Math.abs(left)));
        }
    }

    private void requireNeverNegative(LocalDate enteredOn, long amount) {
        long running = amount + entries.values().stream().filter(entry -> !entry.enteredOn().isAfter(enteredOn))
                .mapToLong(Entry::amountOre).sum();
        requireNotBelowZero(running, enteredOn);
        for (Entry later : entries.values().stream().filter(entry -> entry.enteredOn().isAfter(enteredOn))
                .sorted(Comparator.comparing(Entry::enteredOn)).toList()) {
            running += later.amountOre();
            requireNotBelowZero(running, later.enteredOn());
        }
    }

    private static void requireNotBelowZero(long balance, LocalDate on) {
        if (balance < 0) {
            throw new Refusal(PlanRule.L8_BALANCE_NOT_NEGATIVE, "amount", "the balance on " + on + " would be below zero");
        }
    }

    void countersign(CountersignFundsEntryCommand command, StaffDirectory staff, Clock clock) {
        Entry entry = entries.get(command.entryId());
        if (entry == null) {
            throw new NotFoundException("ledger entry", command.entryId());
        }
        if (!entry.awaitingCountersignature()) {
            throw new Refusal(PlanRule.RECORDED_ONCE, "entryId", "the entry needs no more signatures");
        }
        boolean colleague = staff.staffMember(command.actor())
                .filter(member -> member.isActiveCareStaffOf(staffGroupId) || member.isPlannerFor(staffGroupId))
                .isPresent();
        if (command.actor().equals(entry.signedBy()) || !colleague) {
            throw new Refusal(PlanRule.L8_COUNTERSIGNED_BY_A_COLLEAGUE, "actor",
                    "the second signature is another colleague's of the case's staff group");
        }
        DateRules.notAfterToday("countersignedOn", command.countersignedOn(), clock);
        DateRules.notBefore("countersignedOn", command.countersignedOn(), entry.enteredOn(), "the entry");
        apply(new FundsEntryCountersignedEvent(caseId, staffGroupId, command.entryId(), command.countersignedOn(),
                command.actor()));
    }

    /** The month after the last one closed (any month at first), once it has ended and is countersigned. */
    void closeMonth(CloseFundsMonthCommand command, Clock clock) {
        LocalDate monthEnd = command.monthStart().with(TemporalAdjusters.lastDayOfMonth());
        LocalDate next = nextMonthToClose();
        if (!command.monthStart().equals(next)) {
            throw new Refusal(PlanRule.L8_MONTH_CLOSED, "month", next == null ? "the ledger has no entries to count"
                    : "the next month to count is " + next.toString().substring(0, 7));
        }
        DateRules.notAfterToday("countedOn", command.countedOn(), clock);
        DateRules.notBefore("countedOn", command.countedOn(), monthEnd, "the month's last day");
        if (entries.values().stream().anyMatch(e -> e.awaitingCountersignature() && !e.enteredOn().isAfter(monthEnd))) {
            throw new Refusal(PlanRule.L8_COUNTERSIGNED_BEFORE_CLOSING, "month",
                    "an entry of the month awaits its second signature");
        }
        long balance = entries.values().stream().filter(e -> !e.enteredOn().isAfter(monthEnd))
                .mapToLong(Entry::amountOre).sum();
        if (balance != command.countedOre() && !command.differenceExplained()) {
            throw new Refusal(PlanRule.L8_DIFFERENCE_EXPLAINED, "explanation",
                    "the count differs from the balance of " + Kronor.format(balance) + ": say why");
        }
        apply(new FundsMonthClosedEvent(caseId, staffGroupId, command.monthStart(), command.countedOn(), balance,
                command.countedOre(), command.actor(), command.contentId()));
    }

    /** After the case closed: the final balance, all of it, once. */
    void handOverFunds(HandOverFundsCommand command, boolean caseClosed, LocalDate closedOn, Clock clock) {
        if (finalBalance == null) {
            throw caseClosed ? new NotFoundException("private funds ledger of case", caseId)
                    : new Refusal(PlanRule.L8_HANDOVER_OF_THE_BALANCE, "caseId",
                            "the final balance is handed over when the case has closed");
        }
        if (handedOver) {
            throw new Refusal(PlanRule.RECORDED_ONCE, "handedOverOn", "the final balance has been handed over");
        }
        if (command.amountOre() != finalBalance) {
            throw new Refusal(PlanRule.L8_HANDOVER_OF_THE_BALANCE, "amount",
                    "the final balance is " + Kronor.format(finalBalance));
        }
        DateRules.notAfterToday("handedOverOn", command.handedOverOn(), clock);
        DateRules.notBefore("handedOverOn", command.handedOverOn(), closedOn, "the case's closure");
        apply(new FundsHandedOverEvent(caseId, staffGroupId, command.handedOverOn(), command.amountOre(),
                command.actor(), command.contentId()));
    }

    // L9 --------------------------------------------------------------------------------------

    void giveFeedbackInformation(GiveFeedbackInformationCommand command, LocalDate startDate, Clock clock) {
        DateRules.notAfterToday("informedOn", command.informedOn(), clock);
        DateRules.notBefore("informedOn", command.informedOn(), startDate, "the case's start date");
        apply(new FeedbackInformationGivenEvent(caseId, staffGroupId, command.informedOn(), command.actor(),
                command.contentId()));
    }

    // Closure -----------------------------------------------------------------------------------

    /** H8: devices not returned are listed for relatives to return; L8: the ledger closes with its balance. */
    void close(LocalDate closedOn) {
        List<String> notReturned = devices.entrySet().stream().filter(device -> !device.getValue().returned())
                .map(Map.Entry::getKey).toList();
        if (!notReturned.isEmpty()) {
            apply(new AssistiveDevicesToBeReturnedEvent(caseId, staffGroupId, closedOn, notReturned));
        }
        if (!entries.isEmpty()) {
            apply(new FundsLedgerClosedEvent(caseId, staffGroupId, closedOn, balance()));
        }
    }

    private Device device(String deviceId) {
        Device device = devices.get(deviceId);
        if (device == null) {
            throw new NotFoundException("assistive device", deviceId);
        }
        return device;
    }

    private Device deviceInUse(String deviceId) {
        Device device = device(deviceId);
        if (device.returned()) {
            throw new Refusal(PlanRule.H8_DEVICE_IN_USE, "deviceId", "the device has been returned");
        }
        return device;
    }

    /** The month after the last one closed; at first, the month of the earliest entry. */
    private LocalDate nextMonthToClose() {
        if (lastClosedMonth != null) {
            return lastClosedMonth.plusMonths(1);
        }
        return entries.values().stream().map(Entry::enteredOn).min(LocalDate::compareTo)
                .map(first -> first.withDayOfMonth(1)).orElse(null);
    }

    private void requireMonthOpen(String field, LocalDate date) {
        if (lastClosedMonth != null && !date.isAfter(lastClosedMonth.with(TemporalAdjusters.lastDayOfMonth()))) {
            throw new Refusal(PlanRule.L8_MONTH_CLOSED, field, "the month of " + date + " is closed");
        }
    }

    private long balance() {
        return entries.values().stream().mapToLong(Entry::amountOre).sum();
    }

    private static void requireNew(boolean exists, String field) {
        if (exists) {
            throw new Refusal(PlanRule.RECORDED_ONCE, field, "already recorded");
        }
    }

    @EventSourcingHandler
    void on(RisksAssessedEvent event) {
        assessments = event.assessment();
        lastAssessment = event.assessedOn();
    }

    @EventSourcingHandler
    void on(AssistiveDeviceRegisteredEvent event) {
        devices.put(event.deviceId(), new Device(event.receivedOn(), false));
    }

    @EventSourcingHandler
    void on(AssistiveDeviceReturnedEvent event) {
        devices.computeIfPresent(event.deviceId(), (id, device) -> new Device(device.receivedOn(), true));
    }

    @EventSourcingHandler
    void on(AssistiveDeviceRequestedEvent event) {
        requests.add(event.requestId());
    }

    @EventSourcingHandler
    void on(NetworkMemberAddedEvent event) {
        members.put(event.memberId(), new Member(event.addedOn(), false));
    }

    @EventSourcingHandler
    void on(NetworkMemberEndedEvent event) {
        members.computeIfPresent(event.memberId(), (id, member) -> new Member(member.addedOn(), true));
    }

    @EventSourcingHandler
    void on(NetworkContactLoggedEvent event) {
        contacts.add(event.contactId());
    }

    @EventSourcingHandler
    void on(DailyActivityAttendedEvent event) {
        places.add(new Place(event.activityId(), event.since()));
    }

    @EventSourcingHandler
    void on(DailyActivityVisitLoggedEvent event) {
        activityVisits.add(event.visitId());
    }

    @EventSourcingHandler
    void on(SignatureAddedEvent event) {
        initialsByStaff.put(event.staffId(), event.initials());
    }

    @EventSourcingHandler
    void on(EmergencyInformationReviewedEvent event) {
        emergencyReview = event.reviewedOn();
    }

    @EventSourcingHandler
    void on(FundsEntryRecordedEvent event) {
        entries.put(event.entryId(), new Entry(event.enteredOn(), event.amountOre(), event.signedBy(),
                event.needsCountersignature(), event.corrects()));
    }

    @EventSourcingHandler
    void on(FundsEntryCountersignedEvent event) {
        entries.computeIfPresent(event.entryId(), (id, entry) -> new Entry(entry.enteredOn(), entry.amountOre(),
                entry.signedBy(), false, entry.corrects()));
    }

    @EventSourcingHandler
    void on(FundsMonthClosedEvent event) {
        lastClosedMonth = event.monthStart();
    }

    @EventSourcingHandler
    void on(FundsLedgerClosedEvent event) {
        finalBalance = event.balanceOre();
    }

    @EventSourcingHandler
    void on(FundsHandedOverEvent event) {
        handedOver = true;
    }
}
