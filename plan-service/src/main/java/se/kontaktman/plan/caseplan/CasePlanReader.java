package se.kontaktman.plan.caseplan;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import se.kontaktman.plan.organisation.StaffDirectory;
import se.kontaktman.platform.NotFoundException;

/** A case's view for a staff member who may see it: the same people who may record for it. */
@Component
public class CasePlanReader {

    private final MongoTemplate mongo;
    private final StaffDirectory staff;

    CasePlanReader(MongoTemplate mongo, StaffDirectory staff) {
        this.mongo = mongo;
        this.staff = staff;
    }

    public CasePlanView readableBy(String actor, String caseId) {
        CasePlanView view = mongo.findById(caseId, CasePlanView.class);
        if (view == null || view.careProfile == null) {
            throw new NotFoundException("case", caseId);
        }
        RecordingRights.requireContactPersonOrPlanner(actor, view.isContactPerson(actor), view.staffGroupId, staff);
        return view;
    }
}
