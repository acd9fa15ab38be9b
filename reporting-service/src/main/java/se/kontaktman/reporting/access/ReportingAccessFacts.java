package se.kontaktman.reporting.access;

import java.util.Optional;

import org.springframework.stereotype.Component;
import se.kontaktman.platform.security.AccessFacts;
import se.kontaktman.reporting.organisation.Directory;
import se.kontaktman.reporting.projection.ProjectionCache;

/**
 * Who may see what in reporting-service: the organisation as the answering projection knows it.
 * While no projection answers, nobody's role can be told, and the answer is 503, not 403.
 */
@Component
class ReportingAccessFacts implements AccessFacts {

    private final ProjectionCache projection;

    ReportingAccessFacts(ProjectionCache projection) {
        this.projection = projection;
    }

    @Override
    public Optional<Member> member(String staffId) {
        return directory().staffMember(staffId).map(staff -> new Member(staff.staffId(), staff.roles(),
                staff.staffGroupId(), staff.active()));
    }

    @Override
    public Optional<String> areaOfGroup(String staffGroupId) {
        return directory().areaOf(staffGroupId);
    }

    @Override
    public Optional<String> managerOfArea(String areaId) {
        return directory().area(areaId).map(Directory.Area::areaManagerStaffId);
    }

    /** No overview is asked for by case. */
    @Override
    public Optional<CaseFacts> caseFacts(String caseId) {
        return Optional.empty();
    }

    private Directory directory() {
        return projection.required().directory();
    }
}
