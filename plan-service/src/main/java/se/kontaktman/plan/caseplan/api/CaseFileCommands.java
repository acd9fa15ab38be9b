package se.kontaktman.plan.caseplan.api;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * What is recorded in the contact person's file of a case (the genomförandeakt): risk assessment,
 * assistive devices, network and contacts, daily activity, signature list, "Information vid
 * akutbesök", private funds and feedback. As for the plan, free text is in the content store
 * ({@code contentId}) and a command carries only what the rules need; amounts are in öre.
 */
public final class CaseFileCommands {

    private CaseFileCommands() {
    }

    /** H7: the areas in the order asked, each with its level and whether preventive actions were written. */
    public record AssessRisksCommand(@TargetAggregateIdentifier String caseId, String actor, LocalDate assessedOn,
                                     List<AssessedArea> areas, String contentId) {
    }

    public record AssessedArea(String area, RiskLevel level, boolean actionsWritten) {
    }

    public enum RiskLevel {
        NO_RISK,
        RISK,
        HIGH_RISK
    }

    public record RegisterAssistiveDeviceCommand(@TargetAggregateIdentifier String caseId, String actor,
                                                 String deviceId, LocalDate receivedOn, String contentId) {
    }

    public record CheckAssistiveDeviceCommand(@TargetAggregateIdentifier String caseId, String actor,
                                              String deviceId, LocalDate checkedOn, DeviceCheck check,
                                              boolean inOrder, String contentId) {
    }

    /** What a check of a device was: that it works, or that it was cleaned. */
    public enum DeviceCheck {
        FUNCTION,
        CLEANING
    }

    /** H8: may be recorded after the case closed, when relatives bring the device back. */
    public record ReturnAssistiveDeviceCommand(@TargetAggregateIdentifier String caseId, String actor,
                                               String deviceId, LocalDate returnedOn, ReturnedBy returnedBy) {
    }

    public enum ReturnedBy {
        RELATIVES,
        CLIENT,
        STAFF
    }

    /** L7: for the occupational therapist. */
    public record RequestAssistiveDeviceCommand(@TargetAggregateIdentifier String caseId, String actor,
                                                String requestId, LocalDate requestedOn, String contentId) {
    }

    public record AddNetworkMemberCommand(@TargetAggregateIdentifier String caseId, String actor, String memberId,
                                          LocalDate addedOn, String contentId) {
    }

    public record EndNetworkMemberCommand(@TargetAggregateIdentifier String caseId, String actor, String memberId,
                                          LocalDate endedOn) {
    }

    public record LogNetworkContactCommand(@TargetAggregateIdentifier String caseId, String actor, String contactId,
                                           String memberId, LocalDate contactedOn, String contentId) {
    }

    public record AttendDailyActivityCommand(@TargetAggregateIdentifier String caseId, String actor,
                                             String activityId, LocalDate since, String contentId) {
    }

    public record LogDailyActivityVisitCommand(@TargetAggregateIdentifier String caseId, String actor,
                                               String visitId, LocalDate visitedOn, String contentId) {
    }

    public record AddSignatureCommand(@TargetAggregateIdentifier String caseId, String actor, String staffId,
                                      String initials, LocalDate addedOn) {
    }

    public record ReviewEmergencyInformationCommand(@TargetAggregateIdentifier String caseId, String actor,
                                                    LocalDate reviewedOn, String contentId) {
    }

    /** L8: {@code corrects} names the entry a correction corrects; nothing is ever deleted. */
    public record RecordFundsEntryCommand(@TargetAggregateIdentifier String caseId, String actor, String entryId,
                                          LocalDate enteredOn, long amountOre, boolean withdrawal, String corrects,
                                          String contentId) {
    }

    public record CountersignFundsEntryCommand(@TargetAggregateIdentifier String caseId, String actor,
                                               String entryId, LocalDate countersignedOn) {
    }

    /** L8: the month's money counted; {@code monthStart} is its first day. */
    public record CloseFundsMonthCommand(@TargetAggregateIdentifier String caseId, String actor, LocalDate monthStart,
                                         LocalDate countedOn, long countedOre, boolean differenceExplained,
                                         String contentId) {
    }

    /** L8: after the case closed, the final balance handed over; who received it is in the content store. */
    public record HandOverFundsCommand(@TargetAggregateIdentifier String caseId, String actor,
                                       LocalDate handedOverOn, long amountOre, String contentId) {
    }

    public record GiveFeedbackInformationCommand(@TargetAggregateIdentifier String caseId, String actor,
                                                 LocalDate informedOn, String contentId) {
    }
}
