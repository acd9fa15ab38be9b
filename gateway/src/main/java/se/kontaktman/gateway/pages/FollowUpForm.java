package se.kontaktman.gateway.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A follow-up of the genomförandeplan with the client (H4), or in LSS a genomförandeplansmöte
 * (L3), which plan-service takes like a follow-up: the day, who took part, and whether the plan is
 * still current or was revised. A revision is the plan's own form ({@link PlanForm}), filled from
 * the current version and sent in the same command, dated the follow-up's day.
 */
public class FollowUpForm {

    static final String REVISED = "REVISED";

    private String date;
    private String kind = "SCHEDULED";
    private String outcome = "STILL_CURRENT";
    private String participants;
    private String clientParticipation;
    private String notes;
    private PlanForm revision = new PlanForm();

    /** The body of {@code POST /follow-ups}, or of {@code POST /plan-meetings} for a plan meeting. */
    Map<String, Object> json(boolean meeting) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put(meeting ? "heldOn" : "followedUpOn", Typed.blankToNull(date));
        if (!meeting) {
            json.put("kind", Typed.blankToNull(kind));
        }
        json.put("outcome", Typed.blankToNull(outcome));
        json.put("participants", PlanForm.participants(participants));
        if (!meeting) {
            json.put("clientParticipation", clientParticipation);
            json.put("notes", Typed.blankToNull(notes));
        }
        Map<String, Object> newVersion = null;
        if (REVISED.equals(outcome)) {
            newVersion = revision.json();
            newVersion.remove("establishedOn");
        }
        json.put("revision", newVersion);
        return json;
    }

    /**
     * A refusal's errors by the page's fields in their order: the date is the service's
     * {@code followedUpOn} or {@code heldOn}, and a revision that does not match the outcome
     * ({@code revision-matches-outcome}) stands by the outcome.
     */
    Map<String, String> errors(Map<String, String> refusal, boolean meeting) {
        Map<String, String> renamed = new LinkedHashMap<>();
        refusal.forEach((field, text) -> renamed.putIfAbsent(switch (field) {
            case "followedUpOn", "heldOn" -> "date";
            case "revision" -> "outcome";
            default -> field;
        }, text));
        List<String> order = new ArrayList<>(meeting ? List.of("date", "outcome", "participants")
                : List.of("date", "kind", "outcome", "participants", "clientParticipation", "notes"));
        revision.fieldOrder("revision.").stream().filter(field -> !field.endsWith("establishedOn")).forEach(order::add);
        return ErrorSummary.inOrder(renamed, order);
    }

    public String getDate() {
        return date;
    }

    public void setDate(String date) {
        this.date = date;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
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

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public PlanForm getRevision() {
        return revision;
    }

    public void setRevision(PlanForm revision) {
        this.revision = revision;
    }
}
