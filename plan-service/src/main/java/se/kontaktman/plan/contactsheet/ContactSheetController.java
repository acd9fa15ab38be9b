package se.kontaktman.plan.contactsheet;

import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;
import se.kontaktman.events.ContactRole;
import se.kontaktman.plan.PlanRule;
import se.kontaktman.plan.caseplan.CasePlanAccess;
import se.kontaktman.plan.caseplan.CasePlanView;
import se.kontaktman.plan.organisation.KnownStaffGroup;
import se.kontaktman.plan.organisation.KnownStaffMember;
import se.kontaktman.plan.organisation.StaffDirectory;
import se.kontaktman.platform.rules.NotFoundException;
import se.kontaktman.platform.rules.Refusal;
import se.kontaktman.platform.rules.RuleProfiles;
import se.kontaktman.platform.security.Access;
import se.kontaktman.platform.security.Who;
import se.kontaktman.platform.web.Actor;
import se.kontaktman.rules.CareStep;
import se.kontaktman.rules.RuleProfile;

/**
 * The "Jag är din kontaktman" sheet (seed 000), shown at the introduction visit, as a
 * print-ready page: the contact person's name, the staff group's phone number and the four
 * promises, whose numbers are the case's rule profile's (H3's weeks, H4's months). The "Till"
 * line is left for the contact person to write the client's name by hand: the client's name is
 * not in this service. Only for care profiles with an introduction visit.
 */
@RestController
class ContactSheetController {

    private final CasePlanAccess access;
    private final StaffDirectory staff;
    private final RuleProfiles profiles;

    ContactSheetController(CasePlanAccess access, StaffDirectory staff, RuleProfiles profiles) {
        this.access = access;
        this.staff = staff;
        this.profiles = profiles;
    }

    @Access(rule = "reads-the-case", value = {Who.CONTACT_PERSON_OF_CASE, Who.PLANNER_OF_CASE, Who.MANAGER_OF_CASE})
    @GetMapping(value = "/cases/{caseId}/contact-sheet", produces = MediaType.TEXT_HTML_VALUE)
    String sheet(@PathVariable String caseId, @RequestParam(defaultValue = "PRIMARY") ContactRole role,
                 @Actor String actor) {
        CasePlanView view = access.known(caseId);
        RuleProfile profile = profiles.of(view.careProfile(), view.staffGroupId());
        if (!profile.applies(CareStep.INTRODUCTION_VISIT)) {
            throw new Refusal(PlanRule.STEP_IN_CARE_PROFILE, "caseId",
                    "the sheet is shown at the introduction visit, which the " + view.careProfile()
                            + " rule profile does not have");
        }
        String staffId = view.assignment(role).map(assignment -> assignment.staffId())
                .orElseThrow(() -> new NotFoundException(role.name().toLowerCase() + " contact person of case", caseId));
        String name = staff.staffMember(staffId).map(KnownStaffMember::name).orElse(staffId);
        String phone = staff.staffGroup(view.staffGroupId()).map(KnownStaffGroup::phoneNumber).orElse("");
        return render(name, phone, promises(profile));
    }

    /** The seed's four promises, with the profile's numbers where the seed has its own. */
    static List<String> promises(RuleProfile profile) {
        return List.of(
                "Ett första hembesök där jag presenterar mig för dig och informerar om vilket uppdrag som jag har "
                        + "som kontaktman.",
                "Att tillsammans med dig skriva din genomförandeplan "
                        + SwedishPeriods.within(profile.planWithinAfterIntroduction())
                        + " efter mitt första hembesök hos dig. I din genomförandeplan skriver vi tillsammans upp hur "
                        + "du önskar att få dina beviljade insatser utförda. Det är viktigt för oss att dina önskemål "
                        + "blir synliggjorda.",
                "Att tillsammans med dig följa upp din genomförandeplan "
                        + SwedishPeriods.atLeastEvery(profile.followUpWithin()) + ".",
                "Att informera övriga i arbetsgruppen hur vi ska hjälpa dig enligt genomförandeplanen.");
    }

    /** Escapes only what HTML requires; the page is UTF-8, so å, ä and ö stay as they are. */
    private static String htmlEscape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

    static String render(String contactPersonName, String groupPhone, List<String> promises) {
        StringBuilder items = new StringBuilder();
        for (String promise : promises) {
            items.append("      <li>").append(htmlEscape(promise)).append("</li>\n");
        }
        return """
                <!DOCTYPE html>
                <html lang="sv">
                <head>
                  <meta charset="utf-8">
                  <title>Jag är din kontaktman</title>
                  <style>
                    @page { size: A4; margin: 25mm; }
                    body { font-family: Georgia, serif; font-size: 14pt; line-height: 1.5; color: #000; }
                    h1 { font-size: 22pt; margin-bottom: 1.5em; }
                    .line { border-bottom: 1px solid #000; min-height: 1.6em; margin: 0.3em 0 1.2em; }
                    .label { font-weight: bold; }
                    li { margin-bottom: 0.8em; }
                  </style>
                </head>
                <body>
                  <p class="label">Till:</p>
                  <div class="line"></div>
                  <h1>Jag är din kontaktman:</h1>
                  <div class="line" id="contact-person">%s</div>
                  <p class="label">Telefonnummer till grupplokalen:</p>
                  <div class="line" id="group-phone">%s</div>
                  <p class="label">Mitt uppdrag som kontaktman är:</p>
                  <ul>
                %s  </ul>
                </body>
                </html>
                """.formatted(htmlEscape(contactPersonName), htmlEscape(groupPhone), items);
    }
}
