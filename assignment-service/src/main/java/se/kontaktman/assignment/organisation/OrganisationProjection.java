package se.kontaktman.assignment.organisation;

import java.util.List;
import java.util.Optional;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import se.kontaktman.assignment.organisation.OrganisationViews.AreaView;
import se.kontaktman.assignment.organisation.OrganisationViews.StaffGroupView;
import se.kontaktman.assignment.organisation.OrganisationViews.StaffMemberView;
import se.kontaktman.assignment.organisation.api.OrganisationEvents.AreaDefinedEvent;
import se.kontaktman.assignment.organisation.api.OrganisationEvents.StaffGroupDefinedEvent;
import se.kontaktman.assignment.organisation.api.OrganisationEvents.StaffMemberDefinedEvent;
import se.kontaktman.assignment.organisation.api.OrganisationQueries.FindAllAreasQuery;
import se.kontaktman.assignment.organisation.api.OrganisationQueries.FindAllStaffGroupsQuery;
import se.kontaktman.assignment.organisation.api.OrganisationQueries.FindAreaQuery;
import se.kontaktman.assignment.organisation.api.OrganisationQueries.FindStaffGroupQuery;
import se.kontaktman.assignment.organisation.api.OrganisationQueries.FindStaffMemberQuery;
import se.kontaktman.assignment.organisation.api.OrganisationQueries.FindStaffQuery;

/**
 * Keeps the organisation views and answers the organisation queries. The views are written in
 * the unit of work that stores the events, so that the next command (a staff group in the area
 * just defined) is checked against them. Each event carries the whole state, so applying it
 * twice is harmless.
 */
@Component
@ProcessingGroup("organisation-view")
class OrganisationProjection {

    private final MongoTemplate mongo;
    private final OrganisationDirectory directory;

    OrganisationProjection(MongoTemplate mongo, OrganisationDirectory directory) {
        this.mongo = mongo;
        this.directory = directory;
    }

    @EventHandler
    void on(AreaDefinedEvent e, @SequenceNumber long sequence) {
        mongo.save(new AreaView(e.areaId(), e.name(), e.areaManagerStaffId(), sequence));
    }

    @EventHandler
    void on(StaffGroupDefinedEvent e, @SequenceNumber long sequence) {
        mongo.save(new StaffGroupView(e.staffGroupId(), e.areaId(), e.name(), e.phoneNumber(), sequence));
    }

    @EventHandler
    void on(StaffMemberDefinedEvent e, @SequenceNumber long sequence) {
        mongo.save(new StaffMemberView(e.staffId(), e.name(), e.roles(), e.staffGroupId(), e.active(), sequence));
    }

    @ResetHandler
    void reset() {
        mongo.remove(new Query(), AreaView.class);
        mongo.remove(new Query(), StaffGroupView.class);
        mongo.remove(new Query(), StaffMemberView.class);
    }

    @QueryHandler
    Optional<AreaView> handle(FindAreaQuery query) {
        return directory.area(query.areaId());
    }

    @QueryHandler
    List<AreaView> handle(FindAllAreasQuery query) {
        return directory.areas();
    }

    @QueryHandler
    Optional<StaffGroupView> handle(FindStaffGroupQuery query) {
        return directory.staffGroup(query.staffGroupId());
    }

    @QueryHandler
    List<StaffGroupView> handle(FindAllStaffGroupsQuery query) {
        return directory.staffGroups();
    }

    @QueryHandler
    Optional<StaffMemberView> handle(FindStaffMemberQuery query) {
        return directory.staffMember(query.staffId());
    }

    @QueryHandler
    List<StaffMemberView> handle(FindStaffQuery query) {
        return directory.staffOf(query.staffGroupId());
    }
}
