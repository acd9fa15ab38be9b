package se.kontaktman.assignment.cases.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import se.kontaktman.events.CaseClosureReason;

public record CloseCaseCommand(@TargetAggregateIdentifier String caseId, @NotNull LocalDate closedOn,
                               @NotNull CaseClosureReason reason,
                               @TargetAggregateVersion Long expectedVersion) {
}
