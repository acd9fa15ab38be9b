package se.kontaktman.assignment.publishing;

import java.util.List;

import org.springframework.stereotype.Component;
import se.kontaktman.platform.publishing.IntegrationEventMapping;

import se.kontaktman.assignment.cases.api.CaseEvents.CaseClosedEvent;
import se.kontaktman.assignment.cases.api.CaseEvents.CaseOpenedEvent;
import se.kontaktman.assignment.cases.api.CaseEvents.CaseRecordsDestroyedEvent;
import se.kontaktman.assignment.cases.api.CaseEvents.ContactPersonAssignedEvent;
import se.kontaktman.assignment.organisation.api.OrganisationEvents.AreaDefinedEvent;
import se.kontaktman.assignment.organisation.api.OrganisationEvents.StaffGroupDefinedEvent;
import se.kontaktman.assignment.organisation.api.OrganisationEvents.StaffMemberDefinedEvent;
import se.kontaktman.events.BackdatingReason;
import se.kontaktman.events.IntegrationEvent;
import se.kontaktman.events.assignment.CaseClosed;
import se.kontaktman.events.assignment.CaseOpened;
import se.kontaktman.events.assignment.CaseRecordsDestroyed;
import se.kontaktman.events.assignment.ContactPersonAssignedV2;
import se.kontaktman.events.organisation.AreaDefined;
import se.kontaktman.events.organisation.StaffGroupDefined;
import se.kontaktman.events.organisation.StaffMemberDefined;

/**
 * Domain events as the rest of the world may see them. This is where personal data is left
 * behind: the client id of the client registry, for one, never leaves the service.
 *
 * <p>An assignment goes out in two versions while v1 is in its deprecation period:
 * {@code ContactPersonAssigned} v1, marked as superseded, then v2, which adds who assigned and why a
 * date was back-dated. A subscriber built for v1 keeps reading v1; one that knows v2 skips the
 * marked v1 and reads v2 (shared-events' README, "Delivery and versions").
 */
@Component
class IntegrationEvents implements IntegrationEventMapping {

    @Override
    public List<IntegrationEvent> toIntegrationEvents(Object domainEvent) {
        if (domainEvent instanceof ContactPersonAssignedEvent e) {
            ContactPersonAssignedV2 v2 = new ContactPersonAssignedV2(e.caseId(), e.staffGroupId(), e.role(),
                    e.staffId(), e.effectiveFrom(), e.replacedStaffId(), e.assignedBy(),
                    e.backdatingReason() == null ? null : BackdatingReason.valueOf(e.backdatingReason().name()));
            return List.of(v2.toV1(), v2);
        }
        return IntegrationEventMapping.super.toIntegrationEvents(domainEvent);
    }

    /** The one version published of every event but {@code ContactPersonAssigned}, which has two. */
    @Override
    public IntegrationEvent toIntegrationEvent(Object domainEvent) {
        if (domainEvent instanceof CaseOpenedEvent e) {
            return new CaseOpened(e.caseId(), e.staffGroupId(), e.careProfile(), e.startDate());
        }
        if (domainEvent instanceof CaseClosedEvent e) {
            return new CaseClosed(e.caseId(), e.staffGroupId(), e.closedOn(), e.reason());
        }
        if (domainEvent instanceof CaseRecordsDestroyedEvent e) {
            return new CaseRecordsDestroyed(e.caseId(), e.staffGroupId(), e.destroyedOn());
        }
        if (domainEvent instanceof AreaDefinedEvent e) {
            return new AreaDefined(e.areaId(), e.name(), e.areaManagerStaffId());
        }
        if (domainEvent instanceof StaffGroupDefinedEvent e) {
            return new StaffGroupDefined(e.staffGroupId(), e.areaId(), e.name(), e.phoneNumber());
        }
        if (domainEvent instanceof StaffMemberDefinedEvent e) {
            return new StaffMemberDefined(e.staffId(), e.name(), e.roles(), e.staffGroupId(), e.active());
        }
        return null;
    }
}
