package se.kontaktman.reminder.support;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;
import se.kontaktman.events.CareProfile;
import se.kontaktman.events.CaseClosureReason;
import se.kontaktman.events.ContactRole;
import se.kontaktman.events.IntegrationEvent;
import se.kontaktman.events.StaffRole;
import se.kontaktman.events.assignment.CaseClosed;
import se.kontaktman.events.assignment.CaseOpened;
import se.kontaktman.events.assignment.ContactPersonAssigned;
import se.kontaktman.events.organisation.AreaDefined;
import se.kontaktman.events.organisation.StaffGroupDefined;
import se.kontaktman.events.organisation.StaffMemberDefined;
import se.kontaktman.events.plan.IntroductionVisitHeld;
import se.kontaktman.events.plan.PlanChecked;
import se.kontaktman.events.plan.PlanEstablished;
import se.kontaktman.platform.testing.EventWriter;

/**
 * What assignment-service and plan-service would publish, with ids unique to the test: an area
 * with its manager, a staff group with a planner and three care-staff members, and their cases.
 * Events are stored "at 09:00" on the day they are given for.
 */
public final class Suite implements AutoCloseable {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private final EventWriter writer;

    public final String suffix = UUID.randomUUID().toString().substring(0, 8);
    public final String area = "area-" + suffix;
    public final String group = "grp-" + suffix;
    public final String manager = "karin-" + suffix;
    public final String planner = "per-" + suffix;
    public final String anna = "anna-" + suffix;
    public final String bertil = "bertil-" + suffix;
    public final String cecilia = "cecilia-" + suffix;

    public Suite(EventWriter writer) {
        this.writer = writer;
    }

    public Suite defineOrganisation(LocalDate on) {
        publish(on, new StaffMemberDefined(manager, "Karin Lund", Set.of(StaffRole.AREA_MANAGER), null, true));
        publish(on, new AreaDefined(area, "Norra", manager));
        publish(on, new StaffGroupDefined(group, area, "Solbacken", "0486-331 00"));
        publish(on, new StaffMemberDefined(planner, "Per Planerare", Set.of(StaffRole.PLANNER), group, true));
        for (String staff : List.of(anna, bertil, cecilia)) {
            publish(on, new StaffMemberDefined(staff, "Name of " + staff, Set.of(StaffRole.CARE_STAFF), group, true));
        }
        return this;
    }

    public String openCase(CareProfile profile, LocalDate on) {
        String caseId = UUID.randomUUID().toString();
        publish(on, new CaseOpened(caseId, group, profile, on));
        return caseId;
    }

    /** A case with anna as ordinarie and bertil as ersättare from the day it opened. */
    public String openCaseWithContactPersons(CareProfile profile, LocalDate on) {
        String caseId = openCase(profile, on);
        assign(caseId, ContactRole.PRIMARY, anna, on);
        assign(caseId, ContactRole.SUBSTITUTE, bertil, on);
        return caseId;
    }

    public String assign(String caseId, ContactRole role, String staffId, LocalDate from) {
        return publish(from, new ContactPersonAssigned(caseId, group, role, staffId, from, null));
    }

    public void visit(String caseId, String staffId, LocalDate on) {
        publish(on, new IntroductionVisitHeld(caseId, group, UUID.randomUUID().toString(), on, staffId,
                List.of(staffId), true));
    }

    public void plan(String caseId, int version, LocalDate on) {
        publish(on, new PlanEstablished(caseId, group, version, on, anna, 2));
    }

    public void close(String caseId, LocalDate on) {
        publish(on, new CaseClosed(caseId, group, on, CaseClosureReason.SERVICE_ENDED));
    }

    public void leaves(String staffId, LocalDate on) {
        publish(on, new StaffMemberDefined(staffId, "Name of " + staffId, Set.of(StaffRole.CARE_STAFF), group, false));
    }

    /** H5: the plan checked in the window, with a follow-up booked. */
    public void checkPlan(String caseId, LocalDate on, LocalDate windowStart, LocalDate windowEnd, LocalDate bookedFor) {
        publish(on, new PlanChecked(caseId, group, on, anna, windowStart, windowEnd, 1, true, bookedFor));
    }

    public String publish(LocalDate on, IntegrationEvent event) {
        return publish(UUID.randomUUID().toString(), at(on), event);
    }

    /** With the id and time given: to publish an event again, as a redelivery does. */
    public String publish(String id, Instant time, IntegrationEvent event) {
        return writer.publish(id, time, event);
    }

    /** The same event again and again, as redeliveries bring it. */
    public void publishAgain(String id, Instant time, IntegrationEvent event, int times) {
        writer.publishAgain(id, time, event, times);
    }

    /** A record as it is, readable or not. */
    public void send(ProducerRecord<String, byte[]> record) {
        writer.send(record);
    }

    public static Instant at(LocalDate day) {
        return day.atTime(9, 0).atZone(STOCKHOLM).toInstant();
    }

    @Override
    public void close() {
        writer.close();
    }
}
