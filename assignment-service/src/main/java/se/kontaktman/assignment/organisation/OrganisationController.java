package se.kontaktman.assignment.organisation;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.kontaktman.assignment.organisation.OrganisationViews.AreaView;
import se.kontaktman.assignment.organisation.OrganisationViews.StaffGroupView;
import se.kontaktman.assignment.organisation.OrganisationViews.StaffMemberView;
import se.kontaktman.assignment.organisation.api.OrganisationCommands.DefineAreaCommand;
import se.kontaktman.assignment.organisation.api.OrganisationCommands.DefineStaffGroupCommand;
import se.kontaktman.assignment.organisation.api.OrganisationCommands.DefineStaffMemberCommand;
import se.kontaktman.assignment.organisation.api.OrganisationQueries.FindAllAreasQuery;
import se.kontaktman.assignment.organisation.api.OrganisationQueries.FindAllStaffGroupsQuery;
import se.kontaktman.assignment.organisation.api.OrganisationQueries.FindAreaQuery;
import se.kontaktman.assignment.organisation.api.OrganisationQueries.FindStaffGroupQuery;
import se.kontaktman.assignment.organisation.api.OrganisationQueries.FindStaffMemberQuery;
import se.kontaktman.assignment.organisation.api.OrganisationQueries.FindStaffQuery;
import se.kontaktman.events.StaffRole;
import se.kontaktman.platform.rules.Ids;
import se.kontaktman.platform.rules.NotFoundException;
import se.kontaktman.platform.security.Access;
import se.kontaktman.platform.security.Who;

/** Areas, staff groups and staff members. PUT registers or changes a unit as a whole. */
@RestController
class OrganisationController {

    private final OrganisationService organisation;
    private final QueryGateway queries;

    OrganisationController(OrganisationService organisation, QueryGateway queries) {
        this.organisation = organisation;
        this.queries = queries;
    }

    // The commands carry the validation rules; these are only the bodies' shapes.
    record AreaRequest(String name, String areaManagerStaffId) {
    }

    record StaffGroupRequest(String areaId, String name, String phoneNumber) {
    }

    record StaffMemberRequest(String name, Set<StaffRole> roles, String staffGroupId, Boolean active) {
    }

    @Access(rule = "changes-the-organisation", value = Who.ADMINISTRATOR)
    @PutMapping("/areas/{areaId}")
    AreaView defineArea(@PathVariable String areaId, @RequestBody AreaRequest request) {
        organisation.define(new DefineAreaCommand(Ids.require("areaId", areaId), request.name(),
                request.areaManagerStaffId()));
        return area(areaId);
    }

    @Access(rule = "reads-the-organisation", value = {Who.STAFF, Who.ADMINISTRATOR})
    @GetMapping("/areas")
    List<AreaView> areas() {
        return queries.query(new FindAllAreasQuery(), ResponseTypes.multipleInstancesOf(AreaView.class)).join();
    }

    @Access(rule = "reads-the-organisation", value = {Who.STAFF, Who.ADMINISTRATOR})
    @GetMapping("/areas/{areaId}")
    AreaView area(@PathVariable String areaId) {
        return one(new FindAreaQuery(Ids.require("areaId", areaId)), AreaView.class, "area", areaId);
    }

    @Access(rule = "changes-the-organisation", value = Who.ADMINISTRATOR)
    @PutMapping("/staff-groups/{staffGroupId}")
    StaffGroupView defineStaffGroup(@PathVariable String staffGroupId, @RequestBody StaffGroupRequest request) {
        organisation.define(new DefineStaffGroupCommand(Ids.require("staffGroupId", staffGroupId), request.areaId(),
                request.name(), request.phoneNumber()));
        return staffGroup(staffGroupId);
    }

    @Access(rule = "reads-the-organisation", value = {Who.STAFF, Who.ADMINISTRATOR})
    @GetMapping("/staff-groups")
    List<StaffGroupView> staffGroups() {
        return queries.query(new FindAllStaffGroupsQuery(), ResponseTypes.multipleInstancesOf(StaffGroupView.class))
                .join();
    }

    @Access(rule = "reads-the-organisation", value = {Who.STAFF, Who.ADMINISTRATOR})
    @GetMapping("/staff-groups/{staffGroupId}")
    StaffGroupView staffGroup(@PathVariable String staffGroupId) {
        return one(new FindStaffGroupQuery(Ids.require("staffGroupId", staffGroupId)), StaffGroupView.class,
                "staff group", staffGroupId);
    }

    @Access(rule = "changes-the-organisation", value = Who.ADMINISTRATOR)
    @PutMapping("/staff/{staffId}")
    StaffMemberView defineStaffMember(@PathVariable String staffId, @RequestBody StaffMemberRequest request) {
        organisation.define(new DefineStaffMemberCommand(Ids.require("staffId", staffId), request.name(),
                request.roles(), request.staffGroupId(), request.active() == null || request.active()));
        return staffMember(staffId);
    }

    @Access(rule = "reads-the-organisation", value = {Who.STAFF, Who.ADMINISTRATOR})
    @GetMapping("/staff")
    List<StaffMemberView> staff(@RequestParam(required = false) String staffGroupId) {
        return queries.query(new FindStaffQuery(staffGroupId == null ? null : Ids.require("staffGroupId", staffGroupId)),
                ResponseTypes.multipleInstancesOf(StaffMemberView.class)).join();
    }

    @Access(rule = "reads-the-organisation", value = {Who.STAFF, Who.ADMINISTRATOR})
    @GetMapping("/staff/{staffId}")
    StaffMemberView staffMember(@PathVariable String staffId) {
        return one(new FindStaffMemberQuery(Ids.require("staffId", staffId)), StaffMemberView.class, "staff member",
                staffId);
    }

    private <T> T one(Object query, Class<T> type, String what, String id) {
        Optional<T> found = queries.query(query, ResponseTypes.optionalInstanceOf(type)).join();
        return found.orElseThrow(() -> new NotFoundException(what, id));
    }
}
