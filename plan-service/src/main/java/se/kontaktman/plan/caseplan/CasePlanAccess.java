package se.kontaktman.plan.caseplan;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import se.kontaktman.plan.caseplan.api.CasePlanQueries.FindCasePlanQuery;
import se.kontaktman.platform.rules.Ids;
import se.kontaktman.platform.rules.NotFoundException;

/**
 * A case's view, for a request already let through by its access rule ({@code reads-the-case}:
 * the case's contact persons, its group's planners and its area's manager).
 */
@Component
public class CasePlanAccess {

    private final QueryGateway queries;

    CasePlanAccess(QueryGateway queries) {
        this.queries = queries;
    }

    public CasePlanView known(String caseId) {
        CasePlanView view = queries.query(new FindCasePlanQuery(Ids.requireCaseId(caseId)),
                        ResponseTypes.optionalInstanceOf(CasePlanView.class)).join()
                .filter(CasePlanView::isKnown)
                .orElseThrow(() -> new NotFoundException("case", caseId));
        return view;
    }
}
