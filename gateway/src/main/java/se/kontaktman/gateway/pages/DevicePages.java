package se.kontaktman.gateway.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

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
 * Hjälpmedel (H8, L7): the devices under the contact person's control with their risks and
 * cleaning, each device's dated checks and its return, and new devices asked of the
 * occupational therapist (arbetsterapeut). A device's own forms name their fields with its id.
 */
@Controller
class DevicePages {

    static final List<Option> CHECKS = List.of(new Option("FUNCTION", "Funktion"), new Option("CLEANING", "Rengöring"));
    static final List<Option> RETURNED_BY = List.of(new Option("RELATIVES", "Närstående"),
            new Option("CLIENT", "Brukaren"), new Option("STAFF", "Personalen"));

    /** A check of a device, in words. */
    record Check(String checkedOn, String check, String inOrder, String note, String signedBy) {
    }

    /** A device as the page shows it. */
    record Device(String deviceId, String kind, String aidCentreId, String receivedOn, String risks, String cleaning,
                  List<Check> checks, String returned, boolean toBeReturnedByRelatives) {
    }

    /** A request to the occupational therapist. */
    record Request(String requestedOn, String need, String occupationalTherapist, String requestedBy) {
    }

    private static final String PART = "/hjalpmedel";
    private static final List<String> DEVICE = List.of("receivedOn", "kind", "aidCentreId", "risks", "cleaning");
    private static final List<String> REQUEST = List.of("requestedOn", "need", "occupationalTherapist");
    private static final Map<String, String> LABELS = Map.ofEntries(Map.entry("receivedOn", "Mottaget den"),
            Map.entry("kind", "Hjälpmedel"), Map.entry("aidCentreId", "Hjälpmedelscentralens nummer"),
            Map.entry("risks", "Risker"), Map.entry("cleaning", "Rengöring"), Map.entry("checkedOn", "Kontrollerat den"),
            Map.entry("check", "Kontroll av"), Map.entry("note", "Anteckning"), Map.entry("inOrder", "I ordning"),
            Map.entry("returnedOn", "Återlämnat den"), Map.entry("returnedBy", "Återlämnat av"),
            Map.entry("requestedOn", "Begärt den"), Map.entry("need", "Behov"),
            Map.entry("occupationalTherapist", "Arbetsterapeut"));

    private final CaseFile file;

    DevicePages(CaseFile file) {
        this.file = file;
    }

    @GetMapping("/arenden/{caseId}/akt" + PART)
    String page(@PathVariable String caseId, @AuthenticationPrincipal OidcUser user, Model model) {
        return show(caseId, user, model, Map.of(), Map.of());
    }

    @PostMapping("/arenden/{caseId}/akt" + PART)
    String register(@PathVariable String caseId, @RequestParam Map<String, String> typed,
                    @AuthenticationPrincipal OidcUser user, Model model, RedirectAttributes redirect) {
        Map<String, Object> body = CaseFile.form(DEVICE, typed);
        return CaseFile.answered(file.services().post("plan", "/cases/{caseId}/assistive-devices", body, caseId),
                "Hjälpmedlet är registrerat.", CaseFile.fields(DEVICE), this::show, PART, caseId, typed, user, model,
                redirect);
    }

    @PostMapping("/arenden/{caseId}/akt" + PART + "/{deviceId}/kontroll")
    String check(@PathVariable String caseId, @PathVariable String deviceId, @RequestParam Map<String, String> typed,
                 @AuthenticationPrincipal OidcUser user, Model model, RedirectAttributes redirect) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("checkedOn", Typed.blankToNull(typed.get("checkedOn-" + deviceId)));
        body.put("check", Typed.blankToNull(typed.get("check-" + deviceId)));
        body.put("inOrder", typed.containsKey("inOrder-" + deviceId));
        body.put("note", Typed.blankToNull(typed.get("note-" + deviceId)));
        return CaseFile.answered(file.services().post("plan", "/cases/{caseId}/assistive-devices/{deviceId}/checks", body,
                caseId, deviceId), "Kontrollen är registrerad.", ofDevice(deviceId, "checkedOn", "check", "note"),
                this::show, PART, caseId, typed, user, model, redirect);
    }

    @PostMapping("/arenden/{caseId}/akt" + PART + "/{deviceId}/aterlamning")
    String giveBack(@PathVariable String caseId, @PathVariable String deviceId, @RequestParam Map<String, String> typed,
                    @AuthenticationPrincipal OidcUser user, Model model, RedirectAttributes redirect) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("returnedOn", Typed.blankToNull(typed.get("returnedOn-" + deviceId)));
        body.put("returnedBy", Typed.blankToNull(typed.get("returnedBy-" + deviceId)));
        return CaseFile.answered(file.services().post("plan", "/cases/{caseId}/assistive-devices/{deviceId}/return", body,
                caseId, deviceId), "Återlämningen är registrerad.", ofDevice(deviceId, "returnedOn", "returnedBy"),
                this::show, PART, caseId, typed, user, model, redirect);
    }

    @PostMapping("/arenden/{caseId}/akt" + PART + "/begaran")
    String request(@PathVariable String caseId, @RequestParam Map<String, String> typed,
                   @AuthenticationPrincipal OidcUser user, Model model, RedirectAttributes redirect) {
        Map<String, Object> body = CaseFile.form(REQUEST, typed);
        return CaseFile.answered(file.services().post("plan", "/cases/{caseId}/assistive-device-requests", body, caseId),
                "Behovet av ett nytt hjälpmedel är skickat till arbetsterapeuten.",
                CaseFile.fields(REQUEST), this::show, PART, caseId, typed, user, model, redirect);
    }

    /**
     * A device's field on the page: {@code checkedOn-<deviceId>}; any other (the device itself, say
     * returned already, when its forms are no longer on the page) is the request's as a whole.
     */
    static Function<String, String> ofDevice(String deviceId, String... fields) {
        List<String> form = List.of(fields);
        return field -> form.contains(field) ? field + "-" + deviceId : "";
    }

    private String show(String caseId, OidcUser user, Model model, Map<String, String> typed,
                        Map<String, String> errors) {
        JsonNode theCase = file.theCase(caseId);
        Function<String, String> names = file.names(theCase);
        JsonNode recorded = file.read(caseId, "/assistive-devices");
        Map<String, String> values = CaseFile.today("receivedOn", "requestedOn");
        List<Device> devices = new ArrayList<>();
        for (JsonNode device : recorded.path("devices")) {
            String id = device.path("deviceId").asString();
            List<Check> checks = new ArrayList<>();
            for (JsonNode check : device.path("checks")) {
                checks.add(new Check(CaseFile.text(check, "checkedOn"),
                        CaseFile.words(CHECKS, check.path("text").path("check").asString("")),
                        check.path("text").path("inOrder").asBoolean() ? "Ja" : "Nej",
                        CaseFile.text(check.path("text"), "note"), names.apply(CaseFile.text(check, "signedBy"))));
            }
            String returnedOn = CaseFile.text(device, "returnedOn");
            JsonNode text = device.path("text");
            devices.add(new Device(id, CaseFile.text(text, "kind"), CaseFile.text(text, "aidCentreId"),
                    CaseFile.text(device, "receivedOn"), CaseFile.text(text, "risks"), CaseFile.text(text, "cleaning"),
                    checks, returnedOn.isEmpty() ? "" : returnedOn + ", av "
                    + CaseFile.words(RETURNED_BY, CaseFile.text(device, "returnedBy")).toLowerCase(),
                    device.path("toBeReturnedByRelatives").asBoolean()));
            values.put("checkedOn-" + id, Stockholm.today().toString());
            values.put("returnedOn-" + id, Stockholm.today().toString());
        }
        List<Request> requests = new ArrayList<>();
        for (JsonNode request : recorded.path("requests")) {
            requests.add(new Request(CaseFile.text(request, "requestedOn"), CaseFile.text(request.path("text"), "need"),
                    CaseFile.text(request.path("text"), "occupationalTherapist"),
                    names.apply(CaseFile.text(request, "requestedBy"))));
        }
        CaseFile.page(model, user, "Hjälpmedel", caseId, theCase, CaseFile.typedOver(values, typed), errors, LABELS);
        model.addAttribute("devices", devices);
        model.addAttribute("requests", requests);
        model.addAttribute("checks", CHECKS);
        model.addAttribute("returnedBy", RETURNED_BY);
        return "akt/hjalpmedel";
    }
}
