package se.kontaktman.gateway.pages;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words staff see: the seeds' Swedish for the services' codes. A refusal is shown with its
 * rule's Swedish text; a rule not listed here shows the service's own message with its code.
 */
final class Swedish {

    private static final Map<String, String> RULES = Map.ofEntries(
            Map.entry("NotBlank", "Fältet måste fyllas i."),
            Map.entry("NotNull", "Fältet måste fyllas i."),
            Map.entry("NotEmpty", "Fältet måste fyllas i."),
            Map.entry("Size", "Texten är för lång."),
            Map.entry("readable-request", "Adressen eller förfrågan går inte att läsa. Kontrollera länken."),
            Map.entry("request-size-limit", "Det som skickades är för stort. Korta texterna och försök igen."),
            Map.entry("no-control-characters",
                    "Texten innehåller ett styrtecken som inte hör hemma i en text. Skriv in texten igen."),
            Map.entry("readable-json", "Uppgiften har fel form (till exempel ett datum som inte är ÅÅÅÅ-MM-DD)."),
            Map.entry("date-not-in-future", "Datumet får inte ligga efter i dag."),
            Map.entry("date-in-order", "Datumet ligger före det som det följer på (till exempel ärendets start, "
                    + "utseendet av kontaktmannen eller det första hembesöket)."),
            Map.entry("case-open", "Ärendet är avslutat."),
            Map.entry("retention-ended", "Uppgifterna är gallrade: bevarandetiden har gått ut och de har förstörts."),
            Map.entry("records-being-destroyed", "Brukarens tidigare uppgifter gallras just nu. Försök igen om "
                    + "en minut."),
            Map.entry("store-available", "Tjänsten når inte sin databas just nu. Det du sparade kan ha sparats "
                    + "eller inte: läs in sidan igen innan du försöker på nytt."),
            Map.entry("views-rebuilding", "Tjänsten bygger om sina översikter just nu. Försök igen om en stund."),
            Map.entry("contact-person-or-planner",
                    "Bara ärendets kontaktmän och gruppens planerare får dokumentera i ärendet."),
            Map.entry("reads-the-case", "Bara ärendets kontaktmän, gruppens planerare och enhetschefen får läsa ärendet."),
            Map.entry("own-or-planned-clients",
                    "Bara kontaktmannen själv, gruppens planerare och enhetschefen får se kontaktmannens brukare."),
            Map.entry("lists-a-staff-members-cases",
                    "Bara personen själv, gruppens planerare och enhetschefen får se en persons ärenden."),
            Map.entry("own-area", "Bara områdets enhetschef och gruppernas planerare får se områdets nyckeltal."),
            Map.entry("lists-a-groups-cases", "Bara arbetsgruppens planerare och enhetschefen får se gruppens ärenden."),
            Map.entry("planned-group", "Bara arbetsgruppens planerare och enhetschefen får se gruppens översikt."),
            Map.entry("own-or-planned-deadlines",
                    "Bara personen själv, gruppens planerare och enhetschefen får se personens tidsgränser."),
            Map.entry("audit-by-area-manager", "Bara områdets enhetschef får se vem som har läst ett ärende."),
            Map.entry("finds-own-cases", "Du kan bara söka bland ärenden du får läsa."),
            Map.entry("planner-closes-cases-of-the-group", "Bara arbetsgruppens planerare avslutar ärenden."),
            Map.entry("reads-the-organisation", "Bara kommunens personal får läsa organisationen."),
            Map.entry("changes-the-organisation", "Bara en administratör får ändra organisationen."),
            Map.entry("reads-the-projection-state", "Du har inte behörighet till detta."),
            Map.entry("rebuild-by-area-manager", "Bara en enhetschef får bygga om rapporterna."),
            Map.entry("H3-plan-after-introduction-visit",
                    "Genomförandeplanen skrivs efter det första hembesöket (H3). Registrera hembesöket först."),
            Map.entry("H3-plan-in-client-home",
                    "Genomförandeplanen skrivs tillsammans med brukaren i brukarens hem (H3)."),
            Map.entry("L1-plan-after-arrival-conversation",
                    "Genomförandeplanen arbetas fram efter ankomstsamtalet (L1)."),
            Map.entry("step-in-care-profile", "Det steget finns inte för ärendets insatsform."),
            Map.entry("personnummer",
                    "Personnumret stämmer inte: datumet, födelsenumret eller kontrollsiffran är fel."),
            Map.entry("one-open-case-per-staff-group", "Brukaren har redan ett öppet ärende i gruppen."),
            Map.entry("H1-two-different-people", "Ordinarie kontaktman och ersättare ska vara två olika personer (H1)."),
            Map.entry("H1-active-care-staff-of-group",
                    "En kontaktman ska vara aktiv omsorgspersonal i ärendets arbetsgrupp (H1)."),
            Map.entry("H1-planner-assigns", "Bara arbetsgruppens planerare utser kontaktmän (H1)."),
            Map.entry("H1-planner-opens-cases-of-the-group", "Bara arbetsgruppens planerare registrerar ärenden."),
            Map.entry("backdating-limit", "Datumet ligger för långt bak i tiden: ange ett skäl."),
            Map.entry("signed-in", "Du är inte inloggad."),
            Map.entry("role", "Din roll ger inte behörighet till detta."),
            Map.entry("H4-follow-up-after-plan",
                    "Det finns ingen genomförandeplan att följa upp ännu (H4). Skriv planen först."),
            Map.entry("revision-matches-outcome", "Välj \"reviderades\" och skriv den nya versionen, eller välj "
                    + "\"är aktuell\": en ny version följer bara med en reviderad plan."),
            Map.entry("H5-check-of-a-plan", "Det finns ingen genomförandeplan att kontrollera ännu (H5)."),
            Map.entry("H5-check-in-a-check-window",
                    "Kontrollen görs i april/maj eller oktober/november (H5). Datumet ligger utanför dem."),
            Map.entry("H5-one-check-per-window",
                    "Planen är redan kontrollerad under den här perioden (H5): en kontroll per april/maj och oktober/november."),
            Map.entry("H6-planner-acknowledges", "Bara arbetsgruppens planerare kvitterar anteckningar (H6)."),
            Map.entry("recorded-once", "Det är redan registrerat: det registreras en gång."),
            Map.entry("L1-arrival-conversation-once", "Ankomstsamtalet är redan hållet: det hålls en gång (L1)."),
            Map.entry("L2-review-of-an-established-version",
                    "Arbetsgruppen går igenom en version som finns: planen har ingen sådan version (L2)."),
            Map.entry("L3-plan-meeting-after-plan",
                    "Det finns ingen genomförandeplan ännu: genomförandeplansmötet hålls om en plan (L3)."),
            Map.entry("H9-working-material-destroyed", "Ärendet är avslutat, och \"Information vid akutbesök\" "
                    + "förstördes då: det är ett arbetsmaterial som inte sparas (H9)."),
            Map.entry("Positive", "Skriv ett antal större än noll."),
            Map.entry("AssertTrue", "Uppgiften är ofullständig."),
            // The contact person's file (genomförandeakten).
            Map.entry("Pattern", "Uppgiften har fel form: initialer är 2–4 versaler (till exempel AB), "
                    + "ett telefonnummer siffror, mellanslag och + ( ) -."),
            Map.entry("H7-made-by-the-contact-person",
                    "Riskbedömningen görs av brukarens kontaktman, ordinarie eller ersättare (H7)."),
            Map.entry("H7-every-risk-area", "Varje riskområde bedöms, en gång var (H7)."),
            Map.entry("H7-actions-for-a-risk",
                    "Där det finns en risk skrivs de förebyggande åtgärderna (H7)."),
            Map.entry("H8-device-in-use", "Hjälpmedlet är återlämnat och kontrolleras inte längre (H8)."),
            Map.entry("L5-contact-with-the-network",
                    "En kontakt dokumenteras med någon i brukarens nätverk: lägg till personen först (L5)."),
            Map.entry("L6-visit-of-a-daily-activity", "Brukaren var inte i någon daglig verksamhet den dagen: "
                    + "registrera verksamheten och från vilket datum brukaren är där först (L6)."),
            Map.entry("signature-initials-unique",
                    "Någon på signaturlistan signerar redan med de initialerna: välj andra, så att varje signatur går att läsa."),
            Map.entry("L8-amount-in-kronor",
                    "Ange beloppet i kronor, mer än 0 och högst 1 000 000, med högst två decimaler (öre), till exempel 250 eller 99,50 (L8)."),
            Map.entry("L8-balance-not-negative",
                    "Saldot i kassaboken får inte bli mindre än 0 kr någon dag: uttaget är större än det som finns (L8)."),
            Map.entry("L8-difference-explained",
                    "Det räknade beloppet skiljer sig från kassabokens saldo: skriv varför (L8)."),
            Map.entry("L8-correction-against-the-entry", "En rättelse går åt andra hållet än posten den rättar, "
                    + "och rättar högst hela posten (L8)."),
            Map.entry("L8-countersigned-by-a-colleague", "Den andra signaturen görs av en annan kollega i brukarens "
                    + "arbetsgrupp, inte av den som skrev posten (L8)."),
            Map.entry("L8-countersigned-before-closing",
                    "Alla poster i månaden ska vara signerade av två personer innan månaden stängs (L8)."),
            Map.entry("L8-month-closed", "Månaden är redan stängd, eller det är inte nästa månad att räkna: "
                    + "månaderna stängs i ordning (L8)."),
            Map.entry("L8-handover-of-the-balance", "Slutsaldot lämnas över när ärendet är avslutat, "
                    + "hela beloppet, en gång (L8)."));

    private static final Map<String, String> DEADLINES = Map.ofEntries(
            Map.entry("H1", "Två kontaktmän utsedda"),
            Map.entry("H2", "Första hembesöket, presentation"),
            Map.entry("H3", "Genomförandeplan"),
            Map.entry("H4", "Uppföljning av genomförandeplanen"),
            Map.entry("H5", "Kontroll april/maj eller oktober/november"),
            Map.entry("H7", "Riskbedömning"),
            Map.entry("H8", "Återlämning av hjälpmedel"),
            Map.entry("L1", "Ankomstsamtal"),
            Map.entry("L3", "Genomförandeplansmöte"));

    private static final Map<String, String> STANDINGS = Map.of(
            "PENDING", "Att göra",
            "UPCOMING", "Snart",
            "DUE", "Ska göras",
            "OVERDUE", "Försenad",
            "ESCALATED", "Försenad, enhetschefen underrättad",
            "MET", "Klar",
            "CANCELLED", "Utgått");

    /** What a read of the audit is of, by its endpoint after {@code /cases/{caseId}}; plan-service's unless said. */
    private static final Map<String, String> READS = Map.ofEntries(
            Map.entry("assignment:", "Ärendet: namn, personnummer och kontaktmän"),
            Map.entry("assignment:/contact-persons", "Ärendets kontaktmän"),
            Map.entry("", "Ärendets läge i planeringen"),
            Map.entry("/plan", "Genomförandeplanen"),
            Map.entry("/plan/versions/{version}", "En version av genomförandeplanen"),
            Map.entry("/follow-ups", "Uppföljningarna"),
            Map.entry("/planning-notes", "Viktigt att tänka på vid planering"),
            Map.entry("/arrival-conversation", "Ankomstsamtalet"),
            Map.entry("/contact-sheet", "Jag är din kontaktman"),
            Map.entry("/follow-up-sheet", "Uppföljningsbladet"),
            Map.entry("/risk-assessments", "Riskbedömningarna"),
            Map.entry("/assistive-devices", "Hjälpmedlen"),
            Map.entry("/network", "Nätverket"),
            Map.entry("/daily-activity", "Daglig verksamhet"),
            Map.entry("/signature-list", "Signaturlistan"),
            Map.entry("/emergency-information", "Information vid akutbesök"),
            Map.entry("/emergency-information/page", "Information vid akutbesök, utskrift"),
            Map.entry("/private-funds", "Privata medel"),
            Map.entry("/feedback-information", "Information om synpunkter"));
    private static final Pattern CASE_ENDPOINT = Pattern.compile("^\\w+ /cases/\\{caseId}(.*)$");

    private Swedish() {
    }

    /**
     * The figure a refusal's message gives that staff need to put it right (the first date allowed,
     * the month to count, the balance, what is left to correct), in Swedish after the rule's text;
     * the service's messages are English, so they are matched, not shown.
     */
    private static final Map<Pattern, String> FIGURES = Map.of(
            Pattern.compile("must not be before .* \\((\\d{4}-\\d{2}-\\d{2})\\)$"), " Det får inte ligga före %s.",
            Pattern.compile("the next month to count is (\\S+)"), " Nästa månad att räkna är %s.",
            Pattern.compile("the month of (\\S+) is closed"), " Månaden för %s är stängd.",
            Pattern.compile("differs from the balance of (.+): say why"), " Kassabokens saldo är %s.",
            Pattern.compile("at most (.+)$"), " Högst %s kan rättas.");

    static String refusal(String rule, String message) {
        String text = RULES.get(rule);
        if (text != null) {
            return text + figure(message);
        }
        if (rule == null || rule.isBlank()) {
            return message == null || message.isBlank() ? "Du har inte behörighet till detta." : message;
        }
        return message + " (" + rule + ")";
    }

    private static String figure(String message) {
        if (message == null) {
            return "";
        }
        for (Map.Entry<Pattern, String> figure : FIGURES.entrySet()) {
            Matcher found = figure.getKey().matcher(message);
            if (found.find()) {
                return figure.getValue().formatted(found.group(1));
            }
        }
        return "";
    }

    /**
     * What a read in the audit was of, in words ({@code GET /cases/{caseId}/private-funds} in
     * plan-service: "Privata medel"); an endpoint not listed as it is.
     */
    static String read(String service, String endpoint) {
        Matcher ofCase = CASE_ENDPOINT.matcher(endpoint);
        if (!ofCase.matches()) {
            return endpoint;
        }
        String words = READS.get(("assignment".equals(service) ? "assignment:" : "") + ofCase.group(1));
        return words != null ? words : endpoint;
    }

    static String deadline(String rule) {
        return DEADLINES.getOrDefault(rule, rule) + " (" + rule + ")";
    }

    static String standing(String standing) {
        return STANDINGS.getOrDefault(standing, standing);
    }
}
