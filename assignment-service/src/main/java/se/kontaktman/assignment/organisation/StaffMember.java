package se.kontaktman.assignment.organisation;

import java.util.Set;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import se.kontaktman.assignment.organisation.api.OrganisationCommands.DefineStaffMemberCommand;
import se.kontaktman.assignment.organisation.api.OrganisationEvents.StaffMemberDefinedEvent;

/** A staff member with their roles and staff group. Leaving is {@code active = false}, never a delete. */
@Aggregate(cache = "aggregateCache")
public class StaffMember {

    @AggregateIdentifier
    private String staffId;
    private StaffMemberDefinedEvent state;

    protected StaffMember() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public long handle(DefineStaffMemberCommand command, OrganisationDirectory directory) {
        OrganisationRules.staffGroupFor(directory, command.roles(), command.staffGroupId());
        StaffMemberDefinedEvent next = new StaffMemberDefinedEvent(command.staffId(), command.name(),
                Set.copyOf(command.roles()), command.staffGroupId(), command.active());
        return Definitions.applyIfChanged(state, next);
    }

    @EventSourcingHandler
    void on(StaffMemberDefinedEvent event) {
        staffId = event.staffId();
        state = event;
    }
}
