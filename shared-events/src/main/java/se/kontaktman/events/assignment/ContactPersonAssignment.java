package se.kontaktman.events.assignment;

import java.time.LocalDate;

import se.kontaktman.events.ContactRole;
import se.kontaktman.events.IntegrationEvent;

/**
 * What every version of {@code ContactPersonAssigned} says, for a reader that handles them alike:
 * {@link ContactPersonAssigned} (v1) and {@link ContactPersonAssignedV2}.
 */
public interface ContactPersonAssignment extends IntegrationEvent {

    String caseId();

    String staffGroupId();

    ContactRole role();

    String staffId();

    LocalDate effectiveFrom();

    /** Who held the role before; null on the first assignment. */
    String replacedStaffId();
}
