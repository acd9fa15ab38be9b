package se.kontaktman.plan.access;

import java.util.Optional;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import se.kontaktman.plan.caseplan.Assignment;
import se.kontaktman.plan.caseplan.CasePlanView;
import se.kontaktman.plan.retention.RecordsDestruction;
import se.kontaktman.plan.organisation.KnownArea;
import se.kontaktman.plan.organisation.KnownStaffGroup;
import se.kontaktman.plan.organisation.StaffDirectory;
import se.kontaktman.platform.security.AccessFacts;

/** Who may do what in plan-service: the organisation and each case's contact persons as heard from assignment-service. */
@Component
class PlanAccessFacts implements AccessFacts {

    private final StaffDirectory staff;
    private final MongoTemplate mongo;

    PlanAccessFacts(StaffDirectory staff, MongoTemplate mongo) {
        this.staff = staff;
        this.mongo = mongo;
    }

    @Override
    public Optional<Member> member(String staffId) {
        return staff.staffMember(staffId).map(known -> new Member(known.staffId(), known.roles(),
                known.staffGroupId(), known.active()));
    }

    @Override
    public Optional<String> areaOfGroup(String staffGroupId) {
        return staff.staffGroup(staffGroupId).map(KnownStaffGroup::areaId);
    }

    @Override
    public Optional<String> managerOfArea(String areaId) {
        return staff.area(areaId).map(KnownArea::areaManagerStaffId);
    }

    @Override
    public Optional<java.time.LocalDate> recordsDestroyedOn(String caseId) {
        return RecordsDestruction.destroyedOn(mongo, caseId);
    }

    @Override
    public Optional<CaseFacts> caseFacts(String caseId) {
        return Optional.ofNullable(mongo.findById(caseId, CasePlanView.class)).filter(CasePlanView::isKnown)
                .map(view -> CaseFacts.of(view.staffGroupId(), staffIdOf(view.primary()),
                        staffIdOf(view.substitute())));
    }

    private static String staffIdOf(Assignment assignment) {
        return assignment == null ? null : assignment.staffId();
    }
}
