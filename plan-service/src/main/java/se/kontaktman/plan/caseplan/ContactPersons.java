package se.kontaktman.plan.caseplan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import se.kontaktman.events.ContactRole;

/**
 * The case's current ordinarie and ersättare as plan-service has heard of them. Appointments
 * may arrive late or twice; the one with the latest effective date wins (the later published
 * one on the same date), so the order of arrival does not matter.
 */
final class ContactPersons {

    record Appointment(String staffId, LocalDate from, Instant publishedAt) {

        boolean supersedes(Appointment other) {
            int byDate = from.compareTo(other.from);
            return byDate > 0 || (byDate == 0 && publishedAt.isAfter(other.publishedAt));
        }
    }

    private final Map<ContactRole, Appointment> current = new EnumMap<>(ContactRole.class);

    void note(ContactRole role, Appointment appointment) {
        Appointment held = current.get(role);
        if (held == null || appointment.supersedes(held)) {
            current.put(role, appointment);
        }
    }

    Optional<Appointment> holder(ContactRole role) {
        return Optional.ofNullable(current.get(role));
    }

    boolean includes(String staffId) {
        return appointmentOf(staffId).isPresent();
    }

    Optional<Appointment> appointmentOf(String staffId) {
        return current.values().stream().filter(a -> a.staffId().equals(staffId)).findFirst();
    }
}
