package se.kontaktman.assignment.organisation;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Service;
import se.kontaktman.assignment.organisation.api.OrganisationCommands.DefineArea;
import se.kontaktman.assignment.organisation.api.OrganisationCommands.DefineStaffGroup;
import se.kontaktman.assignment.organisation.api.OrganisationCommands.DefineStaffMember;
import se.kontaktman.assignment.platform.ViewCatchUp;

/**
 * Defines organisation units and waits for the views: the next command (a staff group in the
 * area just defined, an appointment of the staff member just added) is checked against them.
 */
@Service
public class OrganisationService {

    private final CommandGateway commands;
    private final ViewCatchUp views;

    OrganisationService(CommandGateway commands, ViewCatchUp views) {
        this.commands = commands;
        this.views = views;
    }

    public long define(DefineArea command) {
        return await(OrganisationViews.AREAS, command.areaId(), commands.sendAndWait(command));
    }

    public long define(DefineStaffGroup command) {
        return await(OrganisationViews.STAFF_GROUPS, command.staffGroupId(), commands.sendAndWait(command));
    }

    public long define(DefineStaffMember command) {
        return await(OrganisationViews.STAFF, command.staffId(), commands.sendAndWait(command));
    }

    private long await(String collection, String id, Long version) {
        views.await(collection, id, version);
        return version;
    }
}
