package se.kontaktman.assignment.cases.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import se.kontaktman.platform.OrganisationId;
import se.kontaktman.events.ContactRole;

/** Appoint one role anew (the ordinarie or the ersättare) from a date; the other stays. */
public record ReplaceContactPersonCommand(@TargetAggregateIdentifier String caseId, @NotNull ContactRole role,
                                          @NotNull @OrganisationId String staffId,
                                          @NotNull LocalDate effectiveFrom, @TargetAggregateVersion Long expectedVersion) {
}
