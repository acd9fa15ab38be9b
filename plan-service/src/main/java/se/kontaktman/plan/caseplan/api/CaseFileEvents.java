package se.kontaktman.plan.caseplan.api;

import java.time.LocalDate;
import java.util.List;

import se.kontaktman.plan.caseplan.api.CaseFileCommands.DeviceCheck;
import se.kontaktman.plan.caseplan.api.CaseFileCommands.ReturnedBy;

/**
 * The contact person's file as stored: dates, ids, staff ids and amounts; every text (risk levels
 * and actions, a device's kind, names and phone numbers of the network, what a contact was about)
 * is in the content store under {@code contentId}.
 */
public final class CaseFileEvents {

    private CaseFileEvents() {
    }

    /** H7; {@code assessment} counts the case's assessments from 1. */
    public record RisksAssessedEvent(String caseId, String staffGroupId, int assessment, LocalDate assessedOn,
                                     String assessedBy, String contentId) {
    }

    public record AssistiveDeviceRegisteredEvent(String caseId, String staffGroupId, String deviceId,
                                                 LocalDate receivedOn, String registeredBy, String contentId) {
    }

    public record AssistiveDeviceCheckedEvent(String caseId, String staffGroupId, String deviceId,
                                              LocalDate checkedOn, DeviceCheck check, boolean inOrder,
                                              String signedBy, String contentId) {
    }

    public record AssistiveDeviceReturnedEvent(String caseId, String staffGroupId, String deviceId,
                                               LocalDate returnedOn, ReturnedBy returnedBy, String recordedBy) {
    }

    /** H8: at closure, the devices relatives are to return. */
    public record AssistiveDevicesToBeReturnedEvent(String caseId, String staffGroupId, LocalDate closedOn,
                                                    List<String> deviceIds) {
    }

    public record AssistiveDeviceRequestedEvent(String caseId, String staffGroupId, String requestId,
                                                LocalDate requestedOn, String requestedBy, String contentId) {
    }

    public record NetworkMemberAddedEvent(String caseId, String staffGroupId, String memberId, LocalDate addedOn,
                                          String addedBy, String contentId) {
    }

    public record NetworkMemberEndedEvent(String caseId, String staffGroupId, String memberId, LocalDate endedOn,
                                          String recordedBy) {
    }

    public record NetworkContactLoggedEvent(String caseId, String staffGroupId, String contactId, String memberId,
                                            LocalDate contactedOn, String loggedBy, String contentId) {
    }

    public record DailyActivityAttendedEvent(String caseId, String staffGroupId, String activityId, LocalDate since,
                                             String recordedBy, String contentId) {
    }

    public record DailyActivityVisitLoggedEvent(String caseId, String staffGroupId, String visitId,
                                                String activityId, LocalDate visitedOn, String loggedBy,
                                                String contentId) {
    }

    public record SignatureAddedEvent(String caseId, String staffGroupId, String staffId, String initials,
                                      LocalDate addedOn, String addedBy) {
    }

    public record EmergencyInformationReviewedEvent(String caseId, String staffGroupId, LocalDate reviewedOn,
                                                    String reviewedBy, String contentId) {
    }

    /**
     * L8: {@code amountOre} is signed (a withdrawal is negative); {@code balanceOre} is the ledger's
     * total once it was recorded (by date, an earlier-dated entry comes before later ones).
     */
    public record FundsEntryRecordedEvent(String caseId, String staffGroupId, String entryId, LocalDate enteredOn,
                                          long amountOre, long balanceOre, String corrects, boolean needsCountersignature,
                                          String signedBy, String contentId) {
    }

    public record FundsEntryCountersignedEvent(String caseId, String staffGroupId, String entryId,
                                               LocalDate countersignedOn, String countersignedBy) {
    }

    public record FundsMonthClosedEvent(String caseId, String staffGroupId, LocalDate monthStart, LocalDate countedOn,
                                        long balanceOre, long countedOre, String countedBy, String contentId) {
    }

    /** At the case's closure: the ledger takes no more entries; its final balance is to be handed over. */
    public record FundsLedgerClosedEvent(String caseId, String staffGroupId, LocalDate closedOn, long balanceOre) {
    }

    public record FundsHandedOverEvent(String caseId, String staffGroupId, LocalDate handedOverOn, long amountOre,
                                       String recordedBy, String contentId) {
    }

    public record FeedbackInformationGivenEvent(String caseId, String staffGroupId, LocalDate informedOn,
                                                String informedBy, String contentId) {
    }
}
