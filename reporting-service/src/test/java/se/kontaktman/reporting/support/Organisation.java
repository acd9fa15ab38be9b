package se.kontaktman.reporting.support;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import se.kontaktman.events.IntegrationEvent;
import se.kontaktman.events.StaffRole;
import se.kontaktman.events.organisation.AreaDefined;
import se.kontaktman.events.organisation.StaffGroupDefined;
import se.kontaktman.events.organisation.StaffMemberDefined;
import se.kontaktman.platform.testing.EventWriter;
import se.kontaktman.platform.time.ClockConfiguration;

/**
 * An area of its own per test, on the shared broker: one staff group with a planner and two care
 * staff, and the area's manager; events published as assignment-service and plan-service would,
 * each known at a moment the test chooses.
 */
public final class Organisation {

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    public final String area = "area-" + suffix;
    public final String group = "group-" + suffix;
    public final String manager = "manager-" + suffix;
    public final String planner = "planner-" + suffix;
    public final String anna = "anna-" + suffix;
    public final String bertil = "bertil-" + suffix;
    private final EventWriter writer;

    public Organisation(EventWriter writer) {
        this.writer = writer;
    }

    public Organisation define(LocalDate on) {
        Instant at = noonOf(on);
        writer.publish(UUID.randomUUID().toString(), at, new AreaDefined(area, "Område Norr", manager));
        writer.publish(UUID.randomUUID().toString(), at, new StaffGroupDefined(group, area, "Solbacken", "0480-123 45"));
        writer.publish(UUID.randomUUID().toString(), at,
                new StaffMemberDefined(manager, "Maria Chef", Set.of(StaffRole.AREA_MANAGER), group, true));
        writer.publish(UUID.randomUUID().toString(), at,
                new StaffMemberDefined(planner, "Pia Planerare", Set.of(StaffRole.PLANNER), group, true));
        writer.publish(UUID.randomUUID().toString(), at,
                new StaffMemberDefined(anna, "Åsa Öberg", Set.of(StaffRole.CARE_STAFF), group, true));
        writer.publish(UUID.randomUUID().toString(), at,
                new StaffMemberDefined(bertil, "Bertil Ek", Set.of(StaffRole.CARE_STAFF), group, true));
        return this;
    }

    /** Publishes an event known at noon of {@code knownOn}; returns its CloudEvent id. */
    public String publish(LocalDate knownOn, IntegrationEvent event) {
        return writer.publish(UUID.randomUUID().toString(), noonOf(knownOn), event);
    }

    public static Instant noonOf(LocalDate day) {
        return day.atTime(12, 0).atZone(ClockConfiguration.STOCKHOLM).toInstant();
    }

    public static String newCaseId() {
        return UUID.randomUUID().toString();
    }
}
