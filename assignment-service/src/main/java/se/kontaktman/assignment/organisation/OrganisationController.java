package se.kontaktman.assignment.organisation;

import java.util.List;
import java.util.Set;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.kontaktman.assignment.organisation.OrganisationViews.AreaView;
import se.kontaktman.assignment.organisation.OrganisationViews.StaffGroupView;
import se.kontaktman.assignment.organisation.OrganisationViews.StaffMemberView;
import se.kontaktman.assignment.organisation.api.OrganisationCommands.DefineArea;
import se.kontaktman.assignment.organisation.api.OrganisationCommands.DefineStaffGroup;
import se.kontaktman.assignment.organisation.api.OrganisationCommands.DefineStaffMember;
import se.kontaktman.platform.Ids;
import se.kontaktman.platform.NotFoundException;
import se.kontaktman.events.StaffRole;

/** Areas, staff groups and staff members. PUT registers or changes a unit as a whole. */
@RestController
class OrganisationController {

    private final OrganisationService organisation;
    private final OrganisationDirectory directory;

    OrganisationController(OrganisationService organisation, OrganisationDirectory directory) {
        this.organisation = organisation;
        this.directory = directory;
    }

    // The commands carry the validation rules; these are only the bodies' shapes.
    record AreaRequest(String name, String areaManagerStaffId) {
    }

    record StaffGroupRequest(String areaId, String name, String phoneNumber) {
    }

    record StaffMemberRequest(String name, Set<StaffRole> roles, String staffGroupId, Boolean active) {
    }

    @PutMapping("/areas/{areaId}")
    ResponseEntity<AreaView> defineArea(@PathVariable String areaId, @RequestBody AreaRequest request) {
        organisation.define(new DefineArea(Ids.require("areaId", areaId), request.name(),
                request.areaManagerStaffId()));
        return ResponseEntity.ok(directory.area(areaId).orElseThrow());
    }

    @GetMapping("/areas")
    List<AreaView> areas() {
        return directory.areas();
    }

    @GetMapping("/areas/{areaId}")
    AreaView area(@PathVariable String areaId) {
        return directory.area(areaId).orElseThrow(() -> new NotFoundException("area", areaId));
    }

    @PutMapping("/staff-groups/{staffGroupId}")
    ResponseEntity<StaffGroupView> defineStaffGroup(@PathVariable String staffGroupId,
                                                    @RequestBody StaffGroupRequest request) {
        organisation.define(new DefineStaffGroup(Ids.require("staffGroupId", staffGroupId), request.areaId(),
                request.name(), request.phoneNumber()));
        return ResponseEntity.ok(directory.staffGroup(staffGroupId).orElseThrow());
    }

    @GetMapping("/staff-groups")
    List<StaffGroupView> staffGroups() {
        return directory.staffGroups();
    }

    @GetMapping("/staff-groups/{staffGroupId}")
    StaffGroupView staffGroup(@PathVariable String staffGroupId) {
        return directory.staffGroup(staffGroupId).orElseThrow(() -> new NotFoundException("staff group", staffGroupId));
    }

    @PutMapping("/staff/{staffId}")
    ResponseEntity<StaffMemberView> defineStaffMember(@PathVariable String staffId,
                                                      @RequestBody StaffMemberRequest request) {
        organisation.define(new DefineStaffMember(Ids.require("staffId", staffId), request.name(), request.roles(),
                request.staffGroupId(), request.active() == null || request.active()));
        return ResponseEntity.ok(directory.staffMember(staffId).orElseThrow());
    }

    @GetMapping("/staff")
    List<StaffMemberView> staff(@RequestParam(required = false) String staffGroupId) {
        return directory.staffOf(staffGroupId == null ? null : Ids.require("staffGroupId", staffGroupId));
    }

    @GetMapping("/staff/{staffId}")
    StaffMemberView staffMember(@PathVariable String staffId) {
        return directory.staffMember(staffId).orElseThrow(() -> new NotFoundException("staff member", staffId));
    }
}
