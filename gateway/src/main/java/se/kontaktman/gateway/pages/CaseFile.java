package se.kontaktman.gateway.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.kontaktman.gateway.ServiceClients;
import se.kontaktman.gateway.ServiceClients.Answer;
import tools.jackson.databind.JsonNode;

/**
 * What every page of the contact person's file (genomförandeakten) shares: the case and its
 * client, plan-service's part of the file, the names of who signed, the page's model, and a
 * form's answer (saved: back to the part's page with the message; refused: the same page with
 * everything as typed and the rule's Swedish text by the field it names).
 */
@Component
class CaseFile {

    /** A choice in a select, a radio group or a check box list: the service's code and the Swedish words. */
    record Option(String value, String label) {
    }

    private final ServiceClients services;

    CaseFile(ServiceClients services) {
        this.services = services;
    }

    ServiceClients services() {
        return services;
    }

    /** The case as assignment-service has it, or the Swedish page of its refusal. */
    JsonNode theCase(String caseId) {
        return Refused.body(services.get("assignment", "/cases/{caseId}", caseId));
    }

    /** A part of the file from plan-service ({@code path} under the case), or the Swedish page of its refusal. */
    JsonNode read(String caseId, String path) {
        return Refused.body(services.get("plan", "/cases/{caseId}" + path, caseId));
    }

    /** The staff of the case's group, active ones, by id and name. */
    List<Option> staff(JsonNode theCase) {
        List<Option> staff = new ArrayList<>();
        Answer answer = services.get("assignment", "/staff?staffGroupId={group}", theCase.path("staffGroupId").asString());
        if (answer.ok() && answer.body() != null) {
            for (JsonNode member : answer.body()) {
                if (member.path("active").asBoolean(true)) {
                    staff.add(new Option(member.path("staffId").asString(), member.path("name").asString()));
                }
            }
        }
        return staff;
    }

    /** Staff id to name for the case's group, to say who signed; an id not known stays as it is. */
    Function<String, String> names(JsonNode theCase) {
        List<Option> staff = staff(theCase);
        return id -> id == null || id.isEmpty() ? "" : words(staff, id);
    }

    /** The model every page of the file has; {@code label} names a field of the page in the error summary. */
    static void page(Model model, OidcUser user, String title, String caseId, JsonNode theCase,
                     Map<String, String> values, Map<String, String> errors, Map<String, String> labels) {
        StaffPages.page(model, user, title);
        model.addAttribute("caseId", caseId);
        model.addAttribute("client", theCase.path("client").path("name").asString(""));
        // Forms a service can only refuse are not shown: none after closure (but a device's return and the
        // handover), and the risk assessment only to the case's contact persons (H7).
        String me = StaffPages.staffId(user);
        model.addAttribute("me", me);
        model.addAttribute("caseClosed", Typed.text(theCase.path("closedOn")) != null);
        model.addAttribute("contactPerson", me.equals(Typed.text(theCase.path("primary").path("staffId")))
                || me.equals(Typed.text(theCase.path("substitute").path("staffId"))));
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("summary", ErrorSummary.of(errors, field -> label(labels, field)));
    }

    /** The label of a page's field; a field of one item of a list ({@code checkedOn-<id>}) by its kind. */
    static String label(Map<String, String> labels, String fieldId) {
        String label = labels.get(fieldId);
        if (label == null && fieldId.contains("-")) {
            label = labels.get(fieldId.substring(0, fieldId.indexOf('-')));
        }
        return label != null ? label : fieldId;
    }

    /** A part's page, shown with what was typed over its defaults and a refusal's errors by field. */
    @FunctionalInterface
    interface Page {
        String show(String caseId, OidcUser user, Model model, Map<String, String> typed, Map<String, String> errors);
    }

    /**
     * A form's answer. Saved: to the part's page ({@code part}, under the case's file) with the
     * message. Refused: the part's page again, everything as typed, the errors by the page's field
     * names ({@code pageField} of the service's field; an empty name for the request as a whole).
     */
    static String answered(Answer answer, String saved, Function<String, String> pageField, Page page, String part,
                           String caseId, Map<String, String> typed, OidcUser user, Model model,
                           RedirectAttributes redirect) {
        if (answer.ok()) {
            redirect.addFlashAttribute("saved", saved);
            return "redirect:/arenden/" + caseId + "/akt" + part;
        }
        return page.show(caseId, user, model, typed, errors(Refused.byField(answer), pageField));
    }

    /** The refusal's errors by the page's field names, the first for each field kept. */
    static Map<String, String> errors(Map<String, String> refusal, Function<String, String> pageField) {
        Map<String, String> errors = new LinkedHashMap<>();
        refusal.forEach((field, text) -> errors.putIfAbsent(field.isEmpty() ? "" : pageField.apply(field),
                text));
        return errors;
    }

    /** A service's field as the page names it: the same name if the form has it, else the request as a whole. */
    static Function<String, String> fields(List<String> form) {
        return field -> form.contains(field) ? field : "";
    }

    /** The body of a form whose fields the page names as the service does: each as typed, a blank one not given. */
    static Map<String, Object> form(List<String> fields, Map<String, String> typed) {
        Map<String, Object> body = new LinkedHashMap<>();
        fields.forEach(field -> body.put(field, Typed.blankToNull(typed.get(field))));
        return body;
    }

    /** The page's fields with what was typed over the defaults. */
    static Map<String, String> typedOver(Map<String, String> defaults, Map<String, String> typed) {
        Map<String, String> values = new LinkedHashMap<>(defaults);
        values.putAll(typed);
        return values;
    }

    /** A text of the service's answer, empty when it is missing or null. */
    static String text(JsonNode node, String field) {
        return Typed.orEmpty(node.path(field));
    }

    /** The Swedish words of a code from a list of options; the code itself when not listed. */
    static String words(List<Option> options, String code) {
        return options.stream().filter(option -> option.value().equals(code)).map(Option::label).findFirst()
                .orElse(code == null ? "" : code);
    }

    static Map<String, String> today(String... dateFields) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : dateFields) {
            values.put(field, Stockholm.today().toString());
        }
        return values;
    }
}
