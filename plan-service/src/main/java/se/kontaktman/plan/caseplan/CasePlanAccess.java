package se.kontaktman.plan.caseplan;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import se.kontaktman.plan.caseplan.api.CasePlanQueries.FindCasePlanQuery;
import se.kontaktman.plan.organisation.StaffDirectory;
import se.kontaktman.platform.rules.Ids;
import se.kontaktman.platform.rules.NotFoundException;

/** A case's view for a staff member who may see it: the same people who may record for it. */
@Component
public class CasePlanAccess {

    private final QueryGateway queries;
    private final StaffDirectory staff;

    CasePlanAccess(QueryGateway queries, StaffDirectory staff) {
        this.queries = queries;
        this.staff = staff;
    }

    public CasePlanView readableBy(String actor, String caseId) {
        CasePlanView view = queries.query(new FindCasePlanQuery(Ids.requireCaseId(caseId)),
                        ResponseTypes.optionalInstanceOf(CasePlanView.class)).join()
                .filter(CasePlanView::isKnown)
                .orElseThrow(() -> new NotFoundException("case", caseId));
        RecordingRights.requireContactPersonOrPlanner(actor, view.isContactPerson(actor), view.staffGroupId(), staff);
        return view;
    }
}
