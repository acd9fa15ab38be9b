package se.kontaktman.gateway.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.kontaktman.gateway.pages.CaseFile.Option;
import tools.jackson.databind.JsonNode;

/**
 * Riskbedömning (H7), made by the contact person: every risk area with its level and, where there
 * is a risk, the preventive actions. The form starts from the last assessment, so a new one is
 * what has changed.
 */
@Controller
class RiskAssessmentPages {

    /** The Swedish names of Senior alert's areas, plan-service's default; an area an organisation adds shows its code. */
    static final List<Option> NAMED_AREAS = List.of(new Option("FALLS", "Fall"),
            new Option("PRESSURE_ULCERS", "Trycksår"), new Option("MALNUTRITION", "Undernäring"),
            new Option("ORAL_HEALTH", "Munhälsa"), new Option("BLADDER_DYSFUNCTION", "Blåsdysfunktion"));
    static final List<Option> LEVELS = List.of(new Option("NO_RISK", "Ingen risk"), new Option("RISK", "Risk"),
            new Option("HIGH_RISK", "Hög risk"));

    /** An area of a recorded assessment, in words. */
    record Area(String area, String level, String actions) {
    }

    /** A recorded assessment. */
    record Assessment(int number, String assessedOn, String assessedBy, List<Area> areas, String notes) {
    }

    private static final Pattern AREA_FIELD = Pattern.compile("areas\\[(\\d+)]\\.?(\\w*)");
    private static final String PART = "/riskbedomning";

    private final CaseFile file;

    RiskAssessmentPages(CaseFile file) {
        this.file = file;
    }

    @GetMapping("/arenden/{caseId}/akt" + PART)
    String page(@PathVariable String caseId, @AuthenticationPrincipal OidcUser user, Model model) {
        return show(caseId, user, model, Map.of(), Map.of());
    }

    @PostMapping("/arenden/{caseId}/akt" + PART)
    String assess(@PathVariable String caseId, @RequestParam Map<String, String> typed,
                  @AuthenticationPrincipal OidcUser user, Model model, RedirectAttributes redirect) {
        List<Option> areas = areasOf(file.read(caseId, ""));
        return CaseFile.answered(file.services().post("plan", "/cases/{caseId}/risk-assessments", body(typed, areas),
                        caseId), "Riskbedömningen är sparad.", field -> pageField(field, areas), this::show, PART,
                caseId, typed, user, model, redirect);
    }

    /** What the form sends: every area in the form's order, its level as chosen, its actions if written. */
    static Map<String, Object> body(Map<String, String> typed, List<Option> areasOfCase) {
        List<Map<String, Object>> areas = new ArrayList<>();
        for (Option area : areasOfCase) {
            Map<String, Object> assessed = new LinkedHashMap<>();
            assessed.put("area", area.value());
            assessed.put("level", Typed.blankToNull(typed.get("level-" + area.value())));
            assessed.put("actions", Typed.blankToNull(typed.get("actions-" + area.value())));
            areas.add(assessed);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("assessedOn", Typed.blankToNull(typed.get("assessedOn")));
        body.put("areas", areas);
        body.put("notes", Typed.blankToNull(typed.get("notes")));
        return body;
    }

    /** {@code areas[1].actions} is the field {@code actions-PRESSURE_ULCERS}; an area's level or the area itself its level. */
    static String pageField(String field, List<Option> areas) {
        Matcher area = AREA_FIELD.matcher(field);
        if (area.matches()) {
            int index = Integer.parseInt(area.group(1));
            String code = index < areas.size() ? areas.get(index).value() : areas.get(0).value();
            return ("actions".equals(area.group(2)) ? "actions-" : "level-") + code;
        }
        if (field.equals("areas")) {
            return "level-" + areas.get(0).value();
        }
        return field.equals("assessedOn") || field.equals("notes") ? field : "";
    }

    /** The areas of the case's profile (its status lists them, in order), by their Swedish names where known. */
    static List<Option> areasOf(JsonNode status) {
        List<Option> areas = new ArrayList<>();
        for (JsonNode code : status.path("riskAreas")) {
            areas.add(new Option(code.asString(), CaseFile.words(NAMED_AREAS, code.asString())));
        }
        return areas.isEmpty() ? NAMED_AREAS : areas;
    }

    private String show(String caseId, OidcUser user, Model model, Map<String, String> typed,
                        Map<String, String> errors) {
        JsonNode theCase = file.theCase(caseId);
        Function<String, String> names = file.names(theCase);
        JsonNode recordedAssessments = file.read(caseId, "/risk-assessments");
        List<Option> areasOfCase = areasOf(file.read(caseId, ""));
        List<Assessment> assessments = new ArrayList<>();
        for (JsonNode recorded : recordedAssessments) {
            List<Area> areas = new ArrayList<>();
            for (JsonNode area : recorded.path("text").path("areas")) {
                areas.add(new Area(CaseFile.words(NAMED_AREAS, area.path("area").asString()),
                        CaseFile.words(LEVELS, area.path("level").asString()), CaseFile.text(area, "actions")));
            }
            assessments.add(0, new Assessment(recorded.path("assessment").asInt(), CaseFile.text(recorded, "assessedOn"),
                    names.apply(CaseFile.text(recorded, "assessedBy")), areas,
                    CaseFile.text(recorded.path("text"), "notes")));
        }
        Map<String, String> values = CaseFile.today("assessedOn");
        if (typed.isEmpty() && !assessments.isEmpty()) {
            values.putAll(startingFrom(recordedAssessments));
        }
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("assessedOn", "Bedömningen gjordes den");
        labels.put("notes", "Övrigt");
        for (Option area : areasOfCase) {
            labels.put("level-" + area.value(), area.label());
            labels.put("actions-" + area.value(), area.label() + ", förebyggande åtgärder");
        }
        CaseFile.page(model, user, "Riskbedömning", caseId, theCase, CaseFile.typedOver(values, typed), errors, labels);
        model.addAttribute("assessments", assessments);
        model.addAttribute("areas", areasOfCase);
        model.addAttribute("levels", LEVELS);
        return "akt/riskbedomning";
    }

    /** The last assessment's levels and actions, to start the next one from. */
    private static Map<String, String> startingFrom(JsonNode assessments) {
        Map<String, String> values = new LinkedHashMap<>();
        JsonNode last = assessments.get(assessments.size() - 1);
        for (JsonNode area : last.path("text").path("areas")) {
            values.put("level-" + area.path("area").asString(), area.path("level").asString(""));
            values.put("actions-" + area.path("area").asString(), CaseFile.text(area, "actions"));
        }
        return values;
    }
}
