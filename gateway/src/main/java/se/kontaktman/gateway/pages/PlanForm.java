package se.kontaktman.gateway.pages;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
        json.put("participants", participants == null ? List.of() : Arrays.stream(participants.split("\\R"))
                .map(String::strip).filter(line -> !line.isEmpty()).map(line -> Map.of("description", line)).toList());
        json.put("clientParticipation", clientParticipation);
        json.put("wishes", wishes);
        json.put("interventions", interventions.stream().map(Intervention::json).toList());
        return json;
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

    public List<Intervention> getInterventions() {
        return interventions;
    }

    public void setInterventions(List<Intervention> interventions) {
        this.interventions = interventions;
    }
}
