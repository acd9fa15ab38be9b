package se.kontaktman.plan.casefile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import se.kontaktman.plan.casefile.FileTexts.AssistiveDevice;
import se.kontaktman.plan.casefile.FileTexts.AssistiveDeviceCheck;
import se.kontaktman.plan.casefile.FileTexts.AssistiveDeviceRequest;
import se.kontaktman.plan.casefile.FileTexts.DailyActivity;
import se.kontaktman.plan.casefile.FileTexts.DailyActivityVisit;
import se.kontaktman.plan.casefile.FileTexts.EmergencyInformation;
import se.kontaktman.plan.casefile.FileTexts.FeedbackInformation;
import se.kontaktman.plan.casefile.FileTexts.FundsEntry;
import se.kontaktman.plan.casefile.FileTexts.MonthCount;
import se.kontaktman.plan.casefile.FileTexts.NetworkContact;
import se.kontaktman.plan.casefile.FileTexts.NetworkMember;
import se.kontaktman.plan.casefile.FileTexts.RiskAssessment;
import se.kontaktman.plan.caseplan.api.CaseFileCommands.ReturnedBy;

/** What the file's API answers: each entry's dates and signatures with its text. */
final class FileResponses {

    private FileResponses() {
    }

    record Created(String id) {
    }

    record RiskAssessmentWithText(int assessment, LocalDate assessedOn, String assessedBy, RiskAssessment text) {
    }

    /** H8: {@code toBeReturnedByRelatives} once the case closed with the device not yet returned. */
    record DeviceWithText(String deviceId, LocalDate receivedOn, String registeredBy, AssistiveDevice text,
                          List<CheckWithText> checks, LocalDate returnedOn, ReturnedBy returnedBy,
                          String returnRecordedBy, boolean toBeReturnedByRelatives) {
    }

    record CheckWithText(LocalDate checkedOn, String signedBy, AssistiveDeviceCheck text) {
    }

    record RequestWithText(String requestId, LocalDate requestedOn, String requestedBy, AssistiveDeviceRequest text) {
    }

    record Devices(List<DeviceWithText> devices, List<RequestWithText> requests) {
    }

    record MemberWithText(String memberId, LocalDate addedOn, String addedBy, LocalDate endedOn, NetworkMember text) {
    }

    record ContactWithText(String contactId, LocalDate contactedOn, String loggedBy, NetworkContact text) {
    }

    record Network(List<MemberWithText> members, List<ContactWithText> contacts) {
    }

    record ActivityWithText(String activityId, LocalDate since, String recordedBy, DailyActivity text) {
    }

    record VisitWithText(String visitId, String activityId, LocalDate visitedOn, String loggedBy,
                         DailyActivityVisit text) {
    }

    /** L6: {@code current} is the place attended today; earlier ones, and one ahead, are in {@code activities}. */
    record DailyActivities(ActivityWithText current, List<ActivityWithText> activities, List<VisitWithText> visits) {
    }

    record SignatureLine(String staffId, String name, String initials, LocalDate addedOn, String addedBy) {
    }

    record EmergencyInformationWithText(LocalDate reviewedOn, String reviewedBy, EmergencyInformation text) {
    }

    record EntryWithText(String entryId, LocalDate enteredOn, BigDecimal amount, BigDecimal balance,
                         String corrects, String signedBy, boolean needsCountersignature, LocalDate countersignedOn,
                         String countersignedBy, FundsEntry text) {
    }

    record ClosingWithText(String month, LocalDate countedOn, BigDecimal balance, BigDecimal counted,
                           String countedBy, MonthCount text) {
    }

    record Closure(LocalDate closedOn, BigDecimal finalBalance, LocalDate handedOverOn, String recordedBy,
                   String receivedBy) {
    }

    /**
     * L8: the ledger with its balance, its entries by date each with the balance after it, its
     * monthly counts and, after closure, the final balance and who received it.
     */
    record Ledger(BigDecimal balance, List<EntryWithText> entries, List<ClosingWithText> monthClosings,
                  Closure closure) {
    }

    record RecordedEntry(String entryId, BigDecimal balance, boolean needsCountersignature) {
    }

    record FeedbackWithText(LocalDate informedOn, String informedBy, FeedbackInformation text) {
    }
}
