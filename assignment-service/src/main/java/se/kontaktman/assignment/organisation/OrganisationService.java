package se.kontaktman.assignment.organisation;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Service;
import se.kontaktman.assignment.organisation.api.OrganisationCommands.DefineArea;
import se.kontaktman.assignment.organisation.api.OrganisationCommands.DefineStaffGroup;
import se.kontaktman.assignment.organisation.api.OrganisationCommands.DefineStaffMember;

/** Defines organisation units; each answer is the unit's version after the change. */
@Service
public class OrganisationService {

    private final CommandGateway commands;

    OrganisationService(CommandGateway commands) {
        this.commands = commands;
    }

    public long define(DefineArea command) {
        return commands.<Long>sendAndWait(command);
    }

    public long define(DefineStaffGroup command) {
        return commands.<Long>sendAndWait(command);
    }

    public long define(DefineStaffMember command) {
        return commands.<Long>sendAndWait(command);
    }
}
