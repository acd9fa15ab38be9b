package se.kontaktman.plan.organisation;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import se.kontaktman.events.organisation.AreaDefined;
import se.kontaktman.events.organisation.StaffGroupDefined;
import se.kontaktman.events.organisation.StaffMemberDefined;

/**
 * Keeps the latest definition of each staff member, staff group and area. Each event carries the
 * whole unit, so applying one is a replace; an older definition arriving late (a redelivery)
 * is ignored, so duplicates and re-orderings change nothing.
 */
@Component
public class OrganisationRecords implements StaffDirectory {

    private final MongoTemplate mongo;

    OrganisationRecords(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public void apply(StaffMemberDefined event, Instant definedAt) {
        Optional<KnownStaffMember> known = staffMember(event.staffId());
        if (known.isEmpty() || !known.get().definedAt().isAfter(definedAt)) {
            mongo.save(new KnownStaffMember(event.staffId(), event.name(), event.roles(), event.staffGroupId(),
                    event.active(), definedAt));
        }
    }

    public void apply(StaffGroupDefined event, Instant definedAt) {
        Optional<KnownStaffGroup> known = staffGroup(event.staffGroupId());
        if (known.isEmpty() || !known.get().definedAt().isAfter(definedAt)) {
            mongo.save(new KnownStaffGroup(event.staffGroupId(), event.areaId(), event.name(), event.phoneNumber(),
                    definedAt));
        }
    }

    public void apply(AreaDefined event, Instant definedAt) {
        Optional<KnownArea> known = area(event.areaId());
        if (known.isEmpty() || !known.get().definedAt().isAfter(definedAt)) {
            mongo.save(new KnownArea(event.areaId(), event.name(), event.areaManagerStaffId(), definedAt));
        }
    }

    @Override
    public Optional<KnownArea> area(String areaId) {
        return Optional.ofNullable(mongo.findById(areaId, KnownArea.class));
    }

    @Override
    public Optional<KnownStaffMember> staffMember(String staffId) {
        return Optional.ofNullable(mongo.findById(staffId, KnownStaffMember.class));
    }

    @Override
    public Optional<KnownStaffGroup> staffGroup(String staffGroupId) {
        return Optional.ofNullable(mongo.findById(staffGroupId, KnownStaffGroup.class));
    }
}
