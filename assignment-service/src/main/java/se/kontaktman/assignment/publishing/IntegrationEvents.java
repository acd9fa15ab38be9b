package se.kontaktman.assignment.publishing;

import org.springframework.stereotype.Component;
import se.kontaktman.platform.publishing.IntegrationEventMapping;

import se.kontaktman.assignment.cases.api.CaseEvents.CaseClosedEvent;
import se.kontaktman.assignment.cases.api.CaseEvents.CaseOpenedEvent;
import se.kontaktman.assignment.cases.api.CaseEvents.CaseRecordsDestroyedEvent;
import se.kontaktman.assignment.cases.api.CaseEvents.ContactPersonAssignedEvent;
import se.kontaktman.assignment.organisation.api.OrganisationEvents.AreaDefinedEvent;
import se.kontaktman.assignment.organisation.api.OrganisationEvents.StaffGroupDefinedEvent;
import se.kontaktman.assignment.organisation.api.OrganisationEvents.StaffMemberDefinedEvent;
import se.kontaktman.events.IntegrationEvent;
import se.kontaktman.events.assignment.CaseClosed;
import se.kontaktman.events.assignment.CaseOpened;
import se.kontaktman.events.assignment.CaseRecordsDestroyed;
import se.kontaktman.events.assignment.ContactPersonAssigned;
import se.kontaktman.events.organisation.AreaDefined;
import se.kontaktman.events.organisation.StaffGroupDefined;
import se.kontaktman.events.organisation.StaffMemberDefined;

/**
 * Domain events as the rest of the world may see them. This is where personal data is left
 * behind: the client id of the client registry, for one, never leaves the service. Who assigned
 * a contact person, and why a date was back-dated, are kept here only until the contract gets a
 * version that carries them.
 */
@Component
class IntegrationEvents implements IntegrationEventMapping {

    @Override
    public IntegrationEvent toIntegrationEvent(Object domainEvent) {
        if (domainEvent instanceof CaseOpenedEvent e) {
            return new CaseOpened(e.caseId(), e.staffGroupId(), e.careProfile(), e.startDate());
        }
        if (domainEvent instanceof ContactPersonAssignedEvent e) {
            return new ContactPersonAssigned(e.caseId(), e.staffGroupId(), e.role(), e.staffId(), e.effectiveFrom(),
                    e.replacedStaffId());
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
