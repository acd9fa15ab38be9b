package se.kontaktman.assignment.organisation;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import se.kontaktman.assignment.organisation.api.OrganisationCommands.DefineAreaCommand;
import se.kontaktman.assignment.organisation.api.OrganisationEvents.AreaDefinedEvent;

/** An area (område) with its area manager, who answers for contact persons being assigned. */
@Aggregate(cache = "aggregateCache")
public class Area {

    @AggregateIdentifier
    private String areaId;
    private AreaDefinedEvent state;

    protected Area() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public long handle(DefineAreaCommand command, OrganisationDirectory directory) {
        OrganisationRules.areaManager(directory, command.areaManagerStaffId());
        AreaDefinedEvent next = new AreaDefinedEvent(command.areaId(), command.name(), command.areaManagerStaffId());
        return Definitions.applyIfChanged(state, next);
    }

    @EventSourcingHandler
    void on(AreaDefinedEvent event) {
        areaId = event.areaId();
        state = event;
    }
}
