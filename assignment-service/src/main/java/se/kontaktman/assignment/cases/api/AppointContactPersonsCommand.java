package se.kontaktman.assignment.cases.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import se.kontaktman.platform.OrganisationId;

/**
 * Appoint both contact persons at once: the first appointment, or a change of both (which is
 * also how the two swap roles). A role whose holder stays the same is left as it is.
 */
public record AppointContactPersonsCommand(@TargetAggregateIdentifier String caseId,
                                           @NotNull @OrganisationId String primaryStaffId,
                                           @NotNull @OrganisationId String substituteStaffId,
                                           @NotNull LocalDate effectiveFrom,
                                           @TargetAggregateVersion Long expectedVersion) {
}
