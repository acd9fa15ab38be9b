package se.kontaktman.gateway.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Viktigt att tänka på vid planering" (H6, seed 000's form): special wishes for the scheduling,
 * requests to increase or decrease an intervention's time (with minutes and a reason), and whether
 * new interventions are needed, handed over to the planner. Rows of time adjustments left empty
 * are not sent.
 */
public class PlanningNoteForm {

    private static final Pattern ROW = Pattern.compile("^timeAdjustments\\[(\\d+)](.*)$");

    private String handedOverOn;
    private String specialWishes;
    private List<TimeAdjustment> timeAdjustments = new ArrayList<>(List.of(new TimeAdjustment()));
    private boolean newInterventionsNeeded;
    private String newInterventionsDescription;

    /** A request to change the time of a granted intervention. */
    public static class TimeAdjustment {
        private String intervention;
        private String direction;
        private String minutes;
        private String reason;

        boolean empty() {
            return Typed.blankToNull(intervention) == null && Typed.blankToNull(direction) == null
                    && Typed.blankToNull(minutes) == null && Typed.blankToNull(reason) == null;
        }

        Map<String, Object> json() {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("intervention", intervention);
            json.put("direction", Typed.blankToNull(direction));
            String typed = Typed.blankToNull(minutes);
            Object number = typed;
            if (typed != null && typed.matches("\\d{1,6}")) {
                number = Integer.valueOf(typed);
            }
            json.put("minutes", number);
            json.put("reason", Typed.blankToNull(reason));
            return json;
        }

        public String getIntervention() {
            return intervention;
        }

        public void setIntervention(String intervention) {
            this.intervention = intervention;
        }

        public String getDirection() {
            return direction;
        }

        public void setDirection(String direction) {
            this.direction = direction;
        }

        public String getMinutes() {
            return minutes;
        }

        public void setMinutes(String minutes) {
            this.minutes = minutes;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }
    }

    /** The body of {@code POST /planning-notes}: only the rows something was written in. */
    Map<String, Object> json() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("handedOverOn", Typed.blankToNull(handedOverOn));
        json.put("specialWishes", Typed.blankToNull(specialWishes));
        json.put("timeAdjustments", timeAdjustments.stream().filter(row -> !row.empty()).map(TimeAdjustment::json)
                .toList());
        json.put("newInterventionsNeeded", newInterventionsNeeded);
        json.put("newInterventionsDescription", Typed.blankToNull(newInterventionsDescription));
        return json;
    }

    /**
     * A refusal's errors by the page's fields in their order: a row's index as sent is the row's on
     * the page (empty rows were left out), and a note about nothing stands for the whole form.
     */
    Map<String, String> errors(Map<String, String> refusal) {
        List<Integer> sent = new ArrayList<>();
        for (int i = 0; i < timeAdjustments.size(); i++) {
            if (!timeAdjustments.get(i).empty()) {
                sent.add(i);
            }
        }
        Map<String, String> onPage = new LinkedHashMap<>();
        refusal.forEach((field, text) -> {
            Matcher row = ROW.matcher(field);
            if (row.matches() && Integer.parseInt(row.group(1)) < sent.size()) {
                int index = sent.get(Integer.parseInt(row.group(1)));
                // Minutes typed as other than a whole number reach the service as text: say what it takes.
                String minutes = Typed.blankToNull(timeAdjustments.get(index).minutes);
                boolean notANumber = row.group(2).equals(".minutes") && minutes != null && !minutes.matches("\\d{1,6}");
                onPage.putIfAbsent("timeAdjustments[" + index + "]" + row.group(2),
                        notANumber ? "Skriv antalet minuter som ett heltal, till exempel 15." : text);
            } else if (field.equals("aboutSomething")) {
                onPage.putIfAbsent("", "Skriv särskilda önskemål, en ändring av tid eller att nya insatser behövs.");
            } else {
                onPage.putIfAbsent(field, text);
            }
        });
        List<String> order = new ArrayList<>(List.of("handedOverOn", "specialWishes"));
        for (int i = 0; i < timeAdjustments.size(); i++) {
            for (String part : List.of("intervention", "direction", "minutes", "reason")) {
                order.add("timeAdjustments[" + i + "]." + part);
            }
        }
        order.add("newInterventionsNeeded");
        order.add("newInterventionsDescription");
        return ErrorSummary.inOrder(onPage, order);
    }

    public String getHandedOverOn() {
        return handedOverOn;
    }

    public void setHandedOverOn(String handedOverOn) {
        this.handedOverOn = handedOverOn;
    }

    public String getSpecialWishes() {
        return specialWishes;
    }

    public void setSpecialWishes(String specialWishes) {
        this.specialWishes = specialWishes;
    }

    public List<TimeAdjustment> getTimeAdjustments() {
        return timeAdjustments;
    }

    public void setTimeAdjustments(List<TimeAdjustment> timeAdjustments) {
        this.timeAdjustments = timeAdjustments;
    }

    public boolean isNewInterventionsNeeded() {
        return newInterventionsNeeded;
    }

    public void setNewInterventionsNeeded(boolean newInterventionsNeeded) {
        this.newInterventionsNeeded = newInterventionsNeeded;
    }

    public String getNewInterventionsDescription() {
        return newInterventionsDescription;
    }

    public void setNewInterventionsDescription(String newInterventionsDescription) {
        this.newInterventionsDescription = newInterventionsDescription;
    }
}
