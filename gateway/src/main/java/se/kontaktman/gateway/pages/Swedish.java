package se.kontaktman.gateway.pages;

import java.util.Map;

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
            Map.entry("readable-json", "Uppgiften har fel form (till exempel ett datum som inte är ÅÅÅÅ-MM-DD)."),
            Map.entry("date-not-in-future", "Datumet får inte ligga efter i dag."),
            Map.entry("date-in-order", "Datumet ligger före det som det följer på."),
            Map.entry("case-open", "Ärendet är avslutat."),
            Map.entry("contact-person-or-planner",
                    "Bara ärendets kontaktmän och gruppens planerare får dokumentera i ärendet."),
            Map.entry("reads-the-case", "Bara ärendets kontaktmän, gruppens planerare och enhetschefen får läsa ärendet."),
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
            Map.entry("role", "Din roll ger inte behörighet till detta."));

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

    private Swedish() {
    }

    static String refusal(String rule, String message) {
        String text = RULES.get(rule);
        if (text != null) {
            return text;
        }
        if (rule == null || rule.isBlank()) {
            return message == null || message.isBlank() ? "Du har inte behörighet till detta." : message;
        }
        return message + " (" + rule + ")";
    }

    static String deadline(String rule) {
        return DEADLINES.getOrDefault(rule, rule) + " (" + rule + ")";
    }

    static String standing(String standing) {
        return STANDINGS.getOrDefault(standing, standing);
    }
}
