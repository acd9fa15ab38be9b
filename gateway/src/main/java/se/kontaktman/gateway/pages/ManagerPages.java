package se.kontaktman.gateway.pages;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import se.kontaktman.gateway.ServiceClients;
import tools.jackson.databind.JsonNode;

/**
 * The area manager's pages (enhetschef): the area's key figures from reporting-service as a table
 * and per month as charts, drill-down to a staff group's cases, CSV downloads, and who has read a
 * case. Charts are drawn on the server as SVG, each with the same numbers in a table beside it.
 */
@Controller
class ManagerPages {

    /** One figure of the table. */
    record Figure(String name, String value) {
    }

    /** One month's bar: its height in the chart (of 100) and the value as read aloud. */
    record Bar(String month, int height, String text) {
    }

    /** A chart: its heading and its bars. */
    record Chart(String id, String heading, List<Bar> bars) {
    }

    /** A read of the case's data, or a refused attempt. */
    /** {@code who} by name where the organisation knows them; {@code what} in words where the page knows it. */
    record Read(Instant at, String who, String what, boolean allowed) {

        /** In Stockholm's time, as staff read a clock. */
        public String when() {
            return Stockholm.minute(at);
        }
    }

    /** A staff group of the area, for drill-down. */
    record Group(String staffGroupId, String name) {
    }

    private static final String CSV = "text/csv";
    private static final MediaType CSV_UTF8 = MediaType.parseMediaType("text/csv;charset=UTF-8");
    private static final String[] RULES = {"H1", "H2", "H3", "H4", "H5", "H7", "H8", "L1", "L3"};

    private final ServiceClients services;

    ManagerPages(ServiceClients services) {
        this.services = services;
    }

    @GetMapping("/nyckeltal")
    String keyFigures(@AuthenticationPrincipal OidcUser user, Model model) {
        String area = areaOf(user);
        JsonNode today = Refused.body(services.get("reporting", "/areas/{area}/key-figures", area));
        YearMonth now = YearMonth.now(Stockholm.ZONE);
        JsonNode monthly = Refused.body(services.get("reporting", "/areas/{area}/key-figures/monthly?from={from}&to={to}",
                area, now.minusMonths(11), now));
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure("Öppna ärenden", today.path("openCases").asString("0")));
        figures.add(new Figure("Med två kontaktmän (H1)", share(today, "withBothContactPersons",
                "shareWithBothContactPersons")));
        figures.add(new Figure("Med aktuell genomförandeplan (H4)", share(today, "withCurrentPlan",
                "shareWithCurrentPlan")));
        for (String rule : RULES) {
            figures.add(new Figure("Försenade: " + Swedish.deadline(rule),
                    today.path("overdueByRule").path(rule).asString("0")));
        }
        List<Bar> twoContactPersons = new ArrayList<>();
        List<Bar> currentPlan = new ArrayList<>();
        List<String> monthNames = new ArrayList<>();
        for (JsonNode month : monthly.path("months")) {
            String name = month.path("date").asString("").substring(0, 7);
            monthNames.add(name);
            twoContactPersons.add(percentBar(name, month.path("shareWithBothContactPersons")));
            currentPlan.add(percentBar(name, month.path("shareWithCurrentPlan")));
        }
        List<Chart> charts = new ArrayList<>(List.of(
                new Chart("tva-kontaktman", "Andel ärenden med två kontaktmän, per månad", twoContactPersons),
                new Chart("aktuell-plan", "Andel ärenden med aktuell genomförandeplan, per månad", currentPlan)));
        List<String> withoutOverdue = new ArrayList<>();
        List<List<Integer>> overdueTable = new ArrayList<>();
        monthNames.forEach(name -> overdueTable.add(new ArrayList<>()));
        for (String rule : RULES) {
            List<Integer> counts = new ArrayList<>();
            for (JsonNode month : monthly.path("months")) {
                counts.add(month.path("overdueByRule").path(rule).asInt(0));
            }
            for (int i = 0; i < counts.size(); i++) {
                overdueTable.get(i).add(counts.get(i));
            }
            // A chart of nothing but zeros says less than the sentence listing the rules with none.
            if (counts.stream().allMatch(count -> count == 0)) {
                withoutOverdue.add(Swedish.deadline(rule));
            } else {
                charts.add(new Chart("forsenade-" + rule, "Försenade: " + Swedish.deadline(rule) + ", per månad",
                        countBars(monthNames, counts)));
            }
        }
        List<Group> groups = new ArrayList<>();
        for (JsonNode group : Refused.body(services.get("assignment", "/staff-groups"))) {
            if (area.equals(group.path("areaId").asString())) {
                groups.add(new Group(group.path("staffGroupId").asString(), group.path("name").asString()));
            }
        }
        StaffPages.page(model, user, "Nyckeltal");
        model.addAttribute("area", area);
        model.addAttribute("areaName", today.path("areaName").asString(area));
        model.addAttribute("date", today.path("date").asString(LocalDate.now(Stockholm.ZONE).toString()));
        model.addAttribute("figures", figures);
        model.addAttribute("charts", charts);
        model.addAttribute("rules", List.of(RULES));
        model.addAttribute("months", monthNames);
        model.addAttribute("overdueTable", overdueTable);
        model.addAttribute("withoutOverdue", String.join(", ", withoutOverdue));
        model.addAttribute("groups", groups);
        return "nyckeltal";
    }

    /** The manager's own area's, as the page shows them; reporting-service decides again who may. */
    @GetMapping("/nyckeltal/nyckeltal.csv")
    ResponseEntity<byte[]> keyFiguresCsv(@AuthenticationPrincipal OidcUser user) {
        String area = areaOf(user);
        return download(services.download("reporting", MediaType.parseMediaType(CSV), "/areas/{area}/key-figures",
                area), CSV_UTF8, "nyckeltal-" + area + ".csv");
    }

    @GetMapping("/nyckeltal/manadsvis.csv")
    ResponseEntity<byte[]> monthlyCsv(@AuthenticationPrincipal OidcUser user) {
        String area = areaOf(user);
        YearMonth now = YearMonth.now(Stockholm.ZONE);
        return download(services.download("reporting", MediaType.parseMediaType(CSV),
                "/areas/{area}/key-figures/monthly?from={from}&to={to}", area, now.minusMonths(11), now),
                CSV_UTF8, "nyckeltal-per-manad-" + area + ".csv");
    }

    @GetMapping("/nyckeltal/manadsvis.pdf")
    ResponseEntity<byte[]> monthlyPdf(@AuthenticationPrincipal OidcUser user) {
        String area = areaOf(user);
        YearMonth now = YearMonth.now(Stockholm.ZONE);
        return download(services.download("reporting", MediaType.APPLICATION_PDF,
                "/areas/{area}/key-figures/monthly?from={from}&to={to}", area, now.minusMonths(11), now),
                MediaType.APPLICATION_PDF, "nyckeltal-per-manad-" + area + ".pdf");
    }

    @GetMapping("/grupper/{staffGroupId}")
    String group(@PathVariable String staffGroupId, @AuthenticationPrincipal OidcUser user, Model model) {
        JsonNode cases = Refused.body(services.get("assignment", "/cases?staffGroupId={group}", staffGroupId));
        List<PlannerPages.GroupCase> rows = PlannerPages.rows(cases);
        StaffPages.page(model, user, "Arbetsgrupp");
        model.addAttribute("groupName", Refused.body(services.get("assignment", "/staff-groups/{group}",
                staffGroupId)).path("name").asString(staffGroupId));
        model.addAttribute("cases", rows);
        model.addAttribute("lacking", rows.stream().filter(PlannerPages.GroupCase::incomplete).count());
        model.addAttribute("planning", false);
        model.addAttribute("contactPersons", PlannerPages.careStaff(services, staffGroupId));
        model.addAttribute("deadlines", List.of());
        return "planering";
    }

    @GetMapping("/arenden/{caseId}/lasningar")
    String reads(@PathVariable String caseId, @AuthenticationPrincipal OidcUser user, Model model) {
        Map<String, String> names = new HashMap<>();
        for (JsonNode member : Refused.body(services.get("assignment", "/staff"))) {
            names.put(member.path("staffId").asString(), member.path("name").asString());
        }
        List<Read> reads = new ArrayList<>();
        for (String service : List.of("assignment", "plan")) {
            for (JsonNode read : Refused.body(services.get(service, "/audit/cases/{caseId}/reads", caseId))) {
                String staffId = read.path("staffId").asString("");
                reads.add(new Read(Instant.parse(read.path("at").asString()), names.getOrDefault(staffId, staffId),
                        Swedish.read(service, read.path("endpoint").asString("")),
                        "READ".equals(read.path("outcome").asString())));
            }
        }
        reads.sort(Comparator.comparing(Read::at).reversed());
        StaffPages.page(model, user, "Vem har läst ärendet");
        model.addAttribute("caseId", caseId);
        model.addAttribute("reads", reads);
        return "lasningar";
    }

    /** The area whose manager the staff member is. */
    private String areaOf(OidcUser user) {
        String me = StaffPages.staffId(user);
        for (JsonNode area : Refused.body(services.get("assignment", "/areas"))) {
            if (me.equals(area.path("areaManagerStaffId").asString(""))) {
                return area.path("areaId").asString();
            }
        }
        throw new Refused(new ServiceClients.Answer(403, null), "Du är inte enhetschef för något område.");
    }

    private static String share(JsonNode figures, String count, String share) {
        JsonNode fraction = figures.path(share);
        return figures.path(count).asString("0") + (fraction.isNumber()
                ? " (" + Math.round(fraction.asDouble() * 100) + " %)" : "");
    }

    /** Bars of counts, the highest month reaching the top. */
    static List<Bar> countBars(List<String> months, List<Integer> counts) {
        int most = Math.max(1, counts.stream().mapToInt(Integer::intValue).max().orElse(1));
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            bars.add(new Bar(months.get(i), counts.get(i) * 100 / most, String.valueOf(counts.get(i))));
        }
        return bars;
    }

    private static Bar percentBar(String month, JsonNode share) {
        if (!share.isNumber()) {
            return new Bar(month, 0, "inga ärenden");
        }
        int percent = (int) Math.round(share.asDouble() * 100);
        return new Bar(month, percent, percent + " %");
    }

    /** A service's download passed on as the browser's; a refusal is a page, as everywhere. */
    static ResponseEntity<byte[]> download(ServiceClients.Answer answer, MediaType type, String filename) {
        if (!answer.ok()) {
            throw new Refused(answer);
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build()
                        .toString())
                .contentType(type).body(answer.bytes());
    }
}
