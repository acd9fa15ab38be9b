package se.kontaktman.plan.sheet;

import org.springframework.http.MediaType;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.kontaktman.events.ContactRole;
import se.kontaktman.plan.caseplan.CasePlanReader;
import se.kontaktman.plan.caseplan.CasePlanView;
import se.kontaktman.plan.organisation.KnownStaffGroup;
import se.kontaktman.plan.organisation.KnownStaffMember;
import se.kontaktman.plan.organisation.StaffDirectory;
import se.kontaktman.platform.Ids;
import se.kontaktman.platform.NotFoundException;
import se.kontaktman.platform.StaffIdentity;

/**
 * The "Jag är din kontaktman" sheet (seed 000) as a print-ready page: the contact person's
 * name, the staff group's phone number and the four promises. The "Till" line is left for the
 * contact person to write the client's name by hand: the client's name is not in this service.
 */
@RestController
class ContactSheetController {

    private static final String[] PROMISES = {
            "Ett första hembesök där jag presenterar mig för dig och informerar om vilket uppdrag som jag har "
                    + "som kontaktman.",
            "Att tillsammans med dig skriva din genomförandeplan inom tre veckor efter mitt första hembesök hos "
                    + "dig. I din genomförandeplan skriver vi tillsammans upp hur du önskar att få dina beviljade "
                    + "insatser utförda. Det är viktigt för oss att dina önskemål blir synliggjorda.",
            "Att tillsammans med dig följa upp din genomförandeplan minst var sjätte månad.",
            "Att informera övriga i arbetsgruppen hur vi ska hjälpa dig enligt genomförandeplanen."
    };

    private final CasePlanReader reader;
    private final StaffDirectory staff;

    ContactSheetController(CasePlanReader reader, StaffDirectory staff) {
        this.reader = reader;
        this.staff = staff;
    }

    @GetMapping(value = "/cases/{caseId}/contact-sheet", produces = MediaType.TEXT_HTML_VALUE)
    String sheet(@PathVariable String caseId,
                 @RequestParam(defaultValue = "PRIMARY") ContactRole role,
                 @RequestHeader(value = StaffIdentity.DEV_HEADER, required = false) String staffId) {
        Ids.requireCaseId(caseId);
        CasePlanView view = reader.readableBy(StaffIdentity.require(staffId), caseId);
        CasePlanView.Holder holder = role == ContactRole.PRIMARY ? view.primary : view.substitute;
        if (holder == null) {
            throw new NotFoundException(role.name().toLowerCase() + " contact person of case", caseId);
        }
        String name = staff.staffMember(holder.staffId()).map(KnownStaffMember::name).orElse(holder.staffId());
        String phone = staff.staffGroup(view.staffGroupId).map(KnownStaffGroup::phoneNumber).orElse("");
        return render(name, phone);
    }

    /** Escapes only what HTML requires; the page is UTF-8, so å, ä and ö stay as they are. */
    private static String htmlEscape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

    static String render(String contactPersonName, String groupPhone) {
        StringBuilder promises = new StringBuilder();
        for (String promise : PROMISES) {
            promises.append("      <li>").append(htmlEscape(promise)).append("</li>\n");
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
                """.formatted(htmlEscape(contactPersonName), htmlEscape(groupPhone), promises);
    }
}
