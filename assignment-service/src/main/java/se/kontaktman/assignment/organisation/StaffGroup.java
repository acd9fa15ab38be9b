package se.kontaktman.assignment.organisation;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import se.kontaktman.assignment.organisation.api.OrganisationCommands.DefineStaffGroupCommand;
import se.kontaktman.assignment.organisation.api.OrganisationEvents.StaffGroupDefinedEvent;

/** A staff group (personalgrupp) and the phone number of its group room (grupplokalen). */
@Aggregate(cache = "aggregateCache")
public class StaffGroup {

    @AggregateIdentifier
    private String staffGroupId;
    private StaffGroupDefinedEvent state;

    protected StaffGroup() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public long handle(DefineStaffGroupCommand command, OrganisationDirectory directory) {
        OrganisationRules.areaExists(directory, command.areaId());
        StaffGroupDefinedEvent next = new StaffGroupDefinedEvent(command.staffGroupId(), command.areaId(),
                command.name(), command.phoneNumber());
        return Definitions.applyIfChanged(state, next);
    }

    @EventSourcingHandler
    void on(StaffGroupDefinedEvent event) {
        staffGroupId = event.staffGroupId();
        state = event;
    }
}
