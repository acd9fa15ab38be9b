package se.kontaktman.assignment.cases.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import se.kontaktman.events.CareProfile;
import se.kontaktman.events.CaseClosureReason;
import se.kontaktman.events.ContactRole;
import se.kontaktman.platform.rules.BackdatingReason;
import se.kontaktman.platform.rules.OrganisationId;

/**
 * What can be asked of a case. {@code assignedBy} is the staff member making the request;
 * {@code expectedVersion}, when given, refuses the change if the case has moved on since.
 */
public final class CaseCommands {

    private CaseCommands() {
    }

    /** Open a case for a client (known here only by the client registry's id) in one staff group. */
    public record OpenCaseCommand(@TargetAggregateIdentifier @NotNull String caseId, @NotNull String clientId,
                                  @NotNull @OrganisationId String staffGroupId,
                                  @NotNull CareProfile careProfile, @NotNull LocalDate startDate) {
    }

    /**
     * Assign both contact persons at once: the first assignment, or a change of both (which is
     * also how the two swap roles). A role whose contact person stays the same is left as it is.
     */
    public record AssignContactPersonsCommand(@TargetAggregateIdentifier String caseId,
                                              @NotNull @OrganisationId String assignedBy,
                                              @NotNull @OrganisationId String primaryStaffId,
                                              @NotNull @OrganisationId String substituteStaffId,
                                              @NotNull LocalDate effectiveFrom, BackdatingReason backdatingReason,
                                              @TargetAggregateVersion Long expectedVersion) {
    }

    /** Assign one role anew (the ordinarie or the ersättare) from a date; the other stays. */
    public record ReplaceContactPersonCommand(@TargetAggregateIdentifier String caseId,
                                              @NotNull @OrganisationId String assignedBy,
                                              @NotNull ContactRole role,
                                              @NotNull @OrganisationId String staffId,
                                              @NotNull LocalDate effectiveFrom, BackdatingReason backdatingReason,
                                              @TargetAggregateVersion Long expectedVersion) {
    }

    public record CloseCaseCommand(@TargetAggregateIdentifier String caseId, @NotNull LocalDate closedOn,
                                   @NotNull CaseClosureReason reason,
                                   @TargetAggregateVersion Long expectedVersion) {
    }

    /** Gallring: only a closed case's; a second time changes nothing. Given by the retention job only. */
    public record DestroyCaseRecordsCommand(@TargetAggregateIdentifier String caseId, @NotNull LocalDate destroyedOn) {
    }
}
