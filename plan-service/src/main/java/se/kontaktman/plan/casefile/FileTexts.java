package se.kontaktman.plan.casefile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import se.kontaktman.plan.caseplan.api.CaseFileCommands.DeviceCheck;
import se.kontaktman.plan.caseplan.api.CaseFileCommands.ReturnedBy;
import se.kontaktman.plan.caseplan.api.CaseFileCommands.RiskLevel;
import se.kontaktman.platform.rules.OrganisationId;

/**
 * What staff write in the contact person's file, as the HTTP API takes it and the content store
 * keeps it. Personal data: it never goes into an event, on Kafka or in a log. Sizes are limits
 * against mistakes, not style.
 */
final class FileTexts {

    private static final int TEXT = 4000;
    private static final int LINE = 200;

    private FileTexts() {
    }

    // H7

    /** Riskbedömning: every area of the rule profile with its level and, where there is a risk, the actions. */
    record RiskAssessment(@NotNull LocalDate assessedOn, @NotEmpty List<@Valid AreaAssessment> areas,
                          @Size(max = TEXT) String notes) {
    }

    record AreaAssessment(@NotBlank @Size(max = 40) String area, @NotNull RiskLevel level,
                          @Size(max = TEXT) String actions) {

        boolean actionsWritten() {
            return actions != null && !actions.isBlank();
        }
    }

    // H8, L7

    /** A device with the aid centre's id (hjälpmedelscentralen), its risks and how it is cleaned. */
    record AssistiveDevice(@NotNull LocalDate receivedOn, @NotBlank @Size(max = LINE) String kind,
                           @Size(max = 100) String aidCentreId, @Size(max = TEXT) String risks,
                           @Size(max = TEXT) String cleaning) {
    }

    record AssistiveDeviceCheck(@NotNull LocalDate checkedOn, @NotNull DeviceCheck check, boolean inOrder,
                                @Size(max = TEXT) String note) {
    }

    record AssistiveDeviceReturn(@NotNull LocalDate returnedOn, @NotNull ReturnedBy returnedBy) {
    }

    /** L7: what the client needs, for the occupational therapist (arbetsterapeut). */
    record AssistiveDeviceRequest(@NotNull LocalDate requestedOn, @NotBlank @Size(max = TEXT) String need,
                                  @Size(max = LINE) String occupationalTherapist) {
    }

    // L5

    enum Relation {
        RELATIVE,
        LEGAL_REPRESENTATIVE,
        OTHER_PERSON,
        DISTRICT_NURSE,
        OCCUPATIONAL_THERAPIST,
        PHYSIOTHERAPIST,
        OTHER_HEALTH_CARE
    }

    /** Someone in the client's network or team (kundens nätverk/team). */
    record NetworkMember(@NotNull LocalDate addedOn, @NotBlank @Size(max = LINE) String name,
                        @NotNull Relation relation, @Size(max = LINE) String description,
                        @Size(max = 40) @Pattern(regexp = "[0-9 +()-]*") String phone) {
    }

    record NetworkMemberEnd(@NotNull LocalDate endedOn) {
    }

    enum ContactWay {
        PHONE,
        VISIT,
        MEETING,
        LETTER,
        DIGITAL
    }

    record NetworkContact(@NotNull LocalDate contactedOn, @NotBlank @OrganisationId String memberId,
                          @NotNull ContactWay how, @NotBlank @Size(max = TEXT) String about) {
    }

    // L6

    /** The seed's "daglig verksamhet, äldreverksamhet eller annan verksamhet". */
    enum ActivityKind {
        DAILY_ACTIVITY,
        ELDERLY_ACTIVITY,
        OTHER
    }

    record DailyActivity(@NotNull LocalDate since, @NotBlank @Size(max = LINE) String name, @NotNull ActivityKind kind,
                         @Size(max = LINE) String contact,
                         @Size(max = 40) @Pattern(regexp = "[0-9 +()-]*") String phone) {
    }

    enum VisitKind {
        VISIT,
        FOLLOW_UP
    }

    record DailyActivityVisit(@NotNull LocalDate visitedOn, @NotNull VisitKind kind,
                              @Size(max = TEXT) String notes) {
    }

    // The signature list

    record Signature(@NotBlank @OrganisationId String staffId,
                     @NotBlank @Pattern(regexp = "\\p{Lu}{2,4}", message = "2 to 4 capital letters") String initials) {
    }

    // Information vid akutbesök

    /** What the form asks, no more: no diagnoses. Network and devices come from the file itself. */
    record EmergencyInformation(@NotNull LocalDate reviewedOn,
                                @NotBlank @Size(max = TEXT) String communication,
                                @Size(max = TEXT) String calming, @Size(max = TEXT) String worrying,
                                @NotBlank @Size(max = LINE) String medicationListKept,
                                @Size(max = TEXT) String other) {
    }

    // L8

    enum Direction {
        IN,
        OUT
    }

    record FundsEntry(@NotNull LocalDate enteredOn, @NotNull Direction direction, @NotNull BigDecimal amount,
                      @NotBlank @Size(max = LINE) String purpose, @Size(max = 100) String receiptReference,
                      @OrganisationId String corrects) {
    }

    record Countersignature(@NotNull LocalDate countersignedOn) {
    }

    /** The month's count ("kassainventering"); an explanation where it differs from the balance. */
    record MonthCount(@NotNull YearMonth month, @NotNull LocalDate countedOn, @NotNull BigDecimal countedAmount,
                      @Size(max = TEXT) String explanation) {

        boolean explained() {
            return explanation != null && !explanation.isBlank();
        }
    }

    /** After closure: the final balance, and who received it (the client, a god man, the estate). */
    record FundsHandover(@NotNull LocalDate handedOverOn, @NotNull BigDecimal amount,
                         @NotBlank @Size(max = LINE) String receivedBy) {
    }

    // L9

    enum Informed {
        CLIENT,
        RELATIVES,
        LEGAL_REPRESENTATIVE
    }

    /** "Informera om synpunkten": who was told how to give feedback, and how. */
    record FeedbackInformation(@NotNull LocalDate informedOn, @NotEmpty Set<Informed> informed,
                               @Size(max = TEXT) String how) {
    }
}
