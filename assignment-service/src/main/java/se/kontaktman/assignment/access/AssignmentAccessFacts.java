package se.kontaktman.assignment.access;

import java.util.Optional;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import se.kontaktman.assignment.cases.CaseView;
import se.kontaktman.assignment.organisation.OrganisationViews.AreaView;
import se.kontaktman.assignment.organisation.OrganisationViews.StaffGroupView;
import se.kontaktman.assignment.organisation.OrganisationViews.StaffMemberView;
import se.kontaktman.platform.security.AccessFacts;

/** Who may do what in assignment-service: from its own views of the organisation and the cases. */
@Component
class AssignmentAccessFacts implements AccessFacts {

    private final MongoTemplate mongo;

    AssignmentAccessFacts(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<Member> member(String staffId) {
        return Optional.ofNullable(mongo.findById(staffId, StaffMemberView.class))
                .map(view -> new Member(view.staffId(), view.roles(), view.staffGroupId(), view.active()));
    }

    @Override
    public Optional<String> areaOfGroup(String staffGroupId) {
        return Optional.ofNullable(mongo.findById(staffGroupId, StaffGroupView.class)).map(StaffGroupView::areaId);
    }

    @Override
    public Optional<String> managerOfArea(String areaId) {
        return Optional.ofNullable(mongo.findById(areaId, AreaView.class)).map(AreaView::areaManagerStaffId);
    }

    @Override
    public Optional<java.time.LocalDate> recordsDestroyedOn(String caseId) {
        return Optional.ofNullable(mongo.findById(caseId, CaseView.class)).map(CaseView::recordsDestroyedOn);
    }

    @Override
    public Optional<CaseFacts> caseFacts(String caseId) {
        return Optional.ofNullable(mongo.findById(caseId, CaseView.class)).map(CaseView::accessFacts);
    }
}
