package se.kontaktman.assignment.organisation;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import se.kontaktman.assignment.organisation.OrganisationViews.AreaView;
import se.kontaktman.assignment.organisation.OrganisationViews.StaffGroupView;
import se.kontaktman.assignment.organisation.OrganisationViews.StaffMemberView;
import se.kontaktman.assignment.AssignmentRule;
import se.kontaktman.platform.rules.Refusal;

/** Reads the organisation views; the case rules ask it about the staff they concern. */
@Component
public class OrganisationDirectory implements StaffDirectory, StaffNames {

    private final MongoTemplate mongo;
    /**
     * Staff groups are never removed, so once seen to exist one exists for good: remembering
     * that is safe in every instance and saves a read on every case opened.
     */
    private final Set<String> knownStaffGroups = ConcurrentHashMap.newKeySet();

    OrganisationDirectory(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Optional<AreaView> area(String areaId) {
        return Optional.ofNullable(mongo.findById(areaId, AreaView.class));
    }

    public Optional<StaffGroupView> staffGroup(String staffGroupId) {
        return Optional.ofNullable(mongo.findById(staffGroupId, StaffGroupView.class));
    }

    public Optional<StaffMemberView> staffMember(String staffId) {
        return Optional.ofNullable(mongo.findById(staffId, StaffMemberView.class));
    }

    public List<AreaView> areas() {
        return mongo.find(new Query().with(Sort.by("_id")), AreaView.class);
    }

    public List<StaffGroupView> staffGroups() {
        return mongo.find(new Query().with(Sort.by("_id")), StaffGroupView.class);
    }

    public List<StaffMemberView> staffOf(String staffGroupId) {
        Query query = staffGroupId == null ? new Query() : query(where("staffGroupId").is(staffGroupId));
        return mongo.find(query.with(Sort.by("_id")), StaffMemberView.class);
    }

    /** In one read: {@code _id $in [...]}, which every server answers from its index. */
    @Override
    public Map<String, StaffMemberView> staffMembers(Collection<String> staffIds) {
        return mongo.find(query(where("_id").in(staffIds)), StaffMemberView.class).stream()
                .collect(Collectors.toMap(StaffMemberView::staffId, member -> member));
    }

    @Override
    public Set<String> activeCareStaffOf(String staffGroupId) {
        return staffOf(staffGroupId).stream().filter(member -> member.isActiveCareStaffOf(staffGroupId))
                .map(StaffMemberView::staffId).collect(Collectors.toSet());
    }

    @Override
    public void requireStaffGroup(String field, String staffGroupId) {
        if (knownStaffGroups.contains(staffGroupId)) {
            return;
        }
        if (staffGroup(staffGroupId).isEmpty()) {
            throw new Refusal(AssignmentRule.MUST_EXIST, field, "no such staff group");
        }
        knownStaffGroups.add(staffGroupId);
    }

    @Override
    public String nameOf(String staffId) {
        return staffMember(staffId).map(StaffMemberView::name).orElse(null);
    }
}
