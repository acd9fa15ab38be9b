package se.kontaktman.plan.caseplan.api;

import java.time.Instant;
import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.kontaktman.events.CareProfile;
import se.kontaktman.events.ContactRole;

/**
 * What assignment-service's events tell plan-service about a case. Each carries the id of the
 * integration event it came from ({@code factId}): a fact seen before changes nothing, and a
 * fact may arrive before the case's opening, so any of them may be the first the plan hears.
 */
public final class CaseFactCommands {

    private CaseFactCommands() {
    }

    public record NoteCaseOpened(@TargetAggregateIdentifier String caseId, String factId, String staffGroupId,
                                 CareProfile careProfile, LocalDate startDate) {
    }

    /** {@code publishedAt} orders two appointments with the same effective date. */
    public record NoteContactPerson(@TargetAggregateIdentifier String caseId, String factId, String staffGroupId,
                                    ContactRole role, String staffId, LocalDate effectiveFrom,
                                    Instant publishedAt) {
    }

    public record NoteCaseClosed(@TargetAggregateIdentifier String caseId, String factId, String staffGroupId,
                                 LocalDate closedOn) {
    }
}
