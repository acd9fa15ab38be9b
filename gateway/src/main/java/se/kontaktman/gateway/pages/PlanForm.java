package se.kontaktman.gateway.pages;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * The genomförandeplan as seed 000's form: where and with whom it was written, how the client took
 * part and what they wish, and per granted intervention vad, hur, när, vem and mål. Bound from the
 * page's fields; what was typed is kept when a service refuses it.
 */
public class PlanForm {

    private String establishedOn;
    private String place = "CLIENT_HOME";
    private String placeDescription;
    private String participants;
    private String clientParticipation;
    private String wishes;
    private List<Intervention> interventions = new ArrayList<>(List.of(new Intervention()));

    /** One granted intervention. */
    public static class Intervention {
        private String what;
        private String how;
        private String when;
        private String responsible;
        private String goal;

        public String getWhat() {
            return what;
        }

        public void setWhat(String what) {
            this.what = what;
        }

        public String getHow() {
            return how;
        }

        public void setHow(String how) {
            this.how = how;
        }

        public String getWhen() {
            return when;
        }

        public void setWhen(String when) {
            this.when = when;
        }

        public String getResponsible() {
            return responsible;
        }

        public void setResponsible(String responsible) {
            this.responsible = responsible;
        }

        public String getGoal() {
            return goal;
        }

        public void setGoal(String goal) {
            this.goal = goal;
        }

        Map<String, Object> json() {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("what", what);
            json.put("how", how);
            json.put("when", when);
            json.put("responsible", responsible);
            json.put("goal", goal);
            return json;
        }
    }

    /** The body plan-service takes: each line of "participants" one participant. */
    Map<String, Object> json() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("establishedOn", Typed.blankToNull(establishedOn));
        json.put("place", place);
        json.put("placeDescription", Typed.blankToNull(placeDescription));
        json.put("participants", participants(participants));
        json.put("clientParticipation", clientParticipation);
        json.put("wishes", wishes);
        json.put("interventions", interventions.stream().map(Intervention::json).toList());
        return json;
    }

    /** Each line of a "Vilka var med" field one participant, described as typed; empty lines left out. */
    static List<Map<String, String>> participants(String lines) {
        return lines == null ? List.of() : Arrays.stream(lines.split("\\R")).map(String::strip)
                .filter(line -> !line.isEmpty()).map(line -> Map.of("description", line)).toList();
    }

    /** Participants as plan-service gives them back: one a line, a staff member by id where not described. */
    static String participantLines(JsonNode participants) {
        List<String> lines = new ArrayList<>();
        for (JsonNode participant : participants) {
            String description = Typed.text(participant.path("description"));
            lines.add(description != null ? description : participant.path("staffId").asString(""));
        }
        return String.join("\n", lines);
    }

    /**
     * A revision is written from the current version (H4: the plan is revised, not rewritten): its
     * text as given by {@code GET /plan}, dated {@code on}.
     */
    static PlanForm from(JsonNode text, String on) {
        PlanForm form = new PlanForm();
        form.setEstablishedOn(on);
        form.setPlace(text.path("place").asString("CLIENT_HOME"));
        form.setPlaceDescription(Typed.text(text.path("placeDescription")));
        form.setParticipants(participantLines(text.path("participants")));
        form.setClientParticipation(Typed.text(text.path("clientParticipation")));
        form.setWishes(Typed.text(text.path("wishes")));
        List<Intervention> interventions = new ArrayList<>();
        for (JsonNode given : text.path("interventions")) {
            Intervention intervention = new Intervention();
            intervention.setWhat(Typed.text(given.path("what")));
            intervention.setHow(Typed.text(given.path("how")));
            intervention.setWhen(Typed.text(given.path("when")));
            intervention.setResponsible(Typed.text(given.path("responsible")));
            intervention.setGoal(Typed.text(given.path("goal")));
            interventions.add(intervention);
        }
        if (!interventions.isEmpty()) {
            form.setInterventions(interventions);
        }
        return form;
    }

    /** The form's fields in the order they stand on the page, each name preceded by {@code prefix} ("revision."). */
    List<String> fieldOrder(String prefix) {
        List<String> order = new ArrayList<>();
        for (String field : List.of("establishedOn", "place", "placeDescription", "participants",
                "clientParticipation", "wishes")) {
            order.add(prefix + field);
        }
        for (int i = 0; i < interventions.size(); i++) {
            for (String part : List.of("what", "how", "when", "responsible", "goal")) {
                order.add(prefix + "interventions[" + i + "]." + part);
            }
        }
        return order;
    }

    public String getEstablishedOn() {
        return establishedOn;
    }

    public void setEstablishedOn(String establishedOn) {
        this.establishedOn = establishedOn;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getPlaceDescription() {
        return placeDescription;
    }

    public void setPlaceDescription(String placeDescription) {
        this.placeDescription = placeDescription;
    }

    public String getParticipants() {
        return participants;
    }

    public void setParticipants(String participants) {
        this.participants = participants;
    }

    public String getClientParticipation() {
        return clientParticipation;
    }

    public void setClientParticipation(String clientParticipation) {
        this.clientParticipation = clientParticipation;
    }

    public String getWishes() {
        return wishes;
    }

    public void setWishes(String wishes) {
        this.wishes = wishes;
    }

    /** Takes an intervention out of the form (one the staff member added by mistake); the last one stays. */
    void removeIntervention(int index) {
        if (interventions.size() > 1 && index >= 0 && index < interventions.size()) {
            interventions = new ArrayList<>(interventions);
            interventions.remove(index);
        }
    }

    public List<Intervention> getInterventions() {
        return interventions;
    }

    public void setInterventions(List<Intervention> interventions) {
        this.interventions = interventions;
    }
}
