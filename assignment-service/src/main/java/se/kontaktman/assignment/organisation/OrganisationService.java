package se.kontaktman.assignment.organisation;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Service;
import se.kontaktman.assignment.organisation.api.OrganisationCommands.DefineAreaCommand;
import se.kontaktman.assignment.organisation.api.OrganisationCommands.DefineStaffGroupCommand;
import se.kontaktman.assignment.organisation.api.OrganisationCommands.DefineStaffMemberCommand;

/** Defines organisation units; each answer is the unit's version after the change. */
@Service
public class OrganisationService {

    private final CommandGateway commands;

    OrganisationService(CommandGateway commands) {
        this.commands = commands;
    }

    public long define(DefineAreaCommand command) {
        return commands.<Long>sendAndWait(command);
    }

    public long define(DefineStaffGroupCommand command) {
        return commands.<Long>sendAndWait(command);
    }

    public long define(DefineStaffMemberCommand command) {
        return commands.<Long>sendAndWait(command);
    }
}
