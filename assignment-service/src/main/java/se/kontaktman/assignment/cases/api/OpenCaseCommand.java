package se.kontaktman.assignment.cases.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.kontaktman.platform.OrganisationId;
import se.kontaktman.events.CareProfile;

/** Open a case for a client (known here only by the client registry's id) in one staff group. */
public record OpenCaseCommand(@TargetAggregateIdentifier @NotNull String caseId, @NotNull String clientId,
                              @NotNull @OrganisationId String staffGroupId,
                              @NotNull CareProfile careProfile, @NotNull LocalDate startDate) {
}
