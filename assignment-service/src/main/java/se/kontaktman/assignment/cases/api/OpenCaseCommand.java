package se.kontaktman.assignment.cases.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.kontaktman.assignment.platform.Ids;
import se.kontaktman.events.CareProfile;

/** Open a case for a client (known here only by the client registry's id) in one staff group. */
public record OpenCaseCommand(@TargetAggregateIdentifier @NotNull String caseId, @NotNull String clientId,
                              @NotNull @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String staffGroupId,
                              @NotNull CareProfile careProfile, @NotNull LocalDate startDate) {
}
