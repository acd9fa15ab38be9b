package se.kontaktman.assignment.organisation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import se.kontaktman.assignment.organisation.api.OrganisationCommands.DefineAreaCommand;
import se.kontaktman.assignment.organisation.api.OrganisationCommands.DefineStaffGroupCommand;
import se.kontaktman.assignment.organisation.api.OrganisationCommands.DefineStaffMemberCommand;
import se.kontaktman.events.StaffRole;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the organisation from a JSON file at start-up when {@code assignment.seed.organisation}
 * names one ({@code classpath:} or {@code file:}). Defining is idempotent, so the file can be
 * loaded on every start; it adds and changes, it never removes.
 */
@Component
class OrganisationSeed {

    private static final Logger log = LoggerFactory.getLogger(OrganisationSeed.class);

    record SeedFile(List<Area> areas, List<StaffGroup> staffGroups, List<Staff> staff) {
    }

    record Area(String areaId, String name, String areaManagerStaffId) {
    }

    record StaffGroup(String staffGroupId, String areaId, String name, String phoneNumber) {
    }

    record Staff(String staffId, String name, Set<StaffRole> roles, String staffGroupId, Boolean active) {
    }

    private final OrganisationService organisation;
    private final ResourceLoader resources;
    private final String location;

    OrganisationSeed(OrganisationService organisation, ResourceLoader resources,
                     @Value("${assignment.seed.organisation:}") String location) {
        this.organisation = organisation;
        this.resources = resources;
        this.location = location;
    }

    @EventListener(ApplicationReadyEvent.class)
    void seedOnStart() {
        if (!location.isBlank()) {
            load(resources.getResource(location));
        }
    }

    void load(Resource resource) {
        SeedFile seed;
        try (InputStream in = resource.getInputStream()) {
            seed = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build()
                    .readValue(in, SeedFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read organisation seed " + resource, e);
        }
        // Dependencies first: managers before their areas, areas before groups, groups before their staff.
        List<Staff> staff = seed.staff() == null ? List.of() : seed.staff();
        staff.stream().filter(s -> s.staffGroupId() == null).forEach(this::define);
        nullToEmpty(seed.areas()).forEach(a -> organisation.define(
                new DefineAreaCommand(a.areaId(), a.name(), a.areaManagerStaffId())));
        nullToEmpty(seed.staffGroups()).forEach(g -> organisation.define(
                new DefineStaffGroupCommand(g.staffGroupId(), g.areaId(), g.name(), g.phoneNumber())));
        staff.stream().filter(s -> s.staffGroupId() != null).forEach(this::define);
        log.info("Organisation seed {} loaded: {} areas, {} staff groups, {} staff members", resource.getFilename(),
                nullToEmpty(seed.areas()).size(), nullToEmpty(seed.staffGroups()).size(), staff.size());
    }

    private void define(Staff s) {
        organisation.define(new DefineStaffMemberCommand(s.staffId(), s.name(), s.roles(), s.staffGroupId(),
                s.active() == null || s.active()));
    }

    private static <T> List<T> nullToEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
