package se.kontaktman.reminder.access;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import se.kontaktman.platform.security.AccessFacts;
import se.kontaktman.reminder.casefile.CaseFile;
import se.kontaktman.reminder.casefile.CaseFiles;
import se.kontaktman.reminder.organisation.Organisation;

/** Who may see which deadlines: the organisation and each case's contact persons as reminder-service has heard them. */
@Component
class ReminderAccessFacts implements AccessFacts {

    private final Organisation organisation;
    private final CaseFiles files;
    private final Clock clock;

    ReminderAccessFacts(Organisation organisation, CaseFiles files, Clock clock) {
        this.organisation = organisation;
        this.files = files;
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
        return Optional.ofNullable(files.load(List.of(caseId)).get(caseId)).filter(CaseFile::isKnown)
                .map(file -> CaseFacts.of(file.staffGroupId(),
                        file.contactPersonsOn(LocalDate.now(clock)).toArray(String[]::new)));
    }
}
