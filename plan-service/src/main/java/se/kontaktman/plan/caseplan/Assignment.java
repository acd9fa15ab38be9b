package se.kontaktman.plan.caseplan;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A staff member holding a contact role from a date, as plan-service heard it from
 * assignment-service. Assignments may arrive late or twice: the one with the latest effective
 * date wins (the later published one on the same date), so the order of arrival does not matter.
 */
public record Assignment(String staffId, LocalDate from, Instant publishedAt) {

    public boolean supersedes(Assignment other) {
        int byDate = from.compareTo(other.from);
        return byDate > 0 || (byDate == 0 && publishedAt.isAfter(other.publishedAt));
    }
}
