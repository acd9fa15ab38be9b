package se.kontaktman.reminder.access;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import se.kontaktman.platform.security.AccessFacts;
import se.kontaktman.reminder.deadlines.api.DeadlineQueries.CaseDeadlines;
import se.kontaktman.reminder.deadlines.api.DeadlineQueries.FindDeadlinesOfCaseQuery;
import se.kontaktman.reminder.organisation.Organisation;

/** Who may see which deadlines: the organisation and each case's contact persons as reminder-service has heard them. */
@Component
class ReminderAccessFacts implements AccessFacts {

    private final Organisation organisation;
    private final QueryGateway queries;
    private final Clock clock;

    ReminderAccessFacts(Organisation organisation, QueryGateway queries, Clock clock) {
        this.organisation = organisation;
        this.queries = queries;
        this.clock = clock;
    }

    @Override
    public Optional<Member> member(String staffId) {
        return organisation.member(staffId).map(known -> new Member(known.staffId(), known.roles(),
                known.staffGroupId(), known.active()));
    }

    @Override
    public Optional<String> areaOfGroup(String staffGroupId) {
        return organisation.areaOf(staffGroupId);
    }

    @Override
    public Optional<String> managerOfArea(String areaId) {
        return organisation.managerOf(areaId);
    }

    /** The case's contact persons today, as its deadlines name them. */
    @Override
    public Optional<CaseFacts> caseFacts(String caseId) {
        return queries.query(new FindDeadlinesOfCaseQuery(caseId, LocalDate.now(clock)),
                        ResponseTypes.optionalInstanceOf(CaseDeadlines.class)).join()
                .map(found -> CaseFacts.of(found.staffGroupId(), found.contactPersonStaffIds().toArray(String[]::new)));
    }
}
