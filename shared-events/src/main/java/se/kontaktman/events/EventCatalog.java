package se.kontaktman.events;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import se.kontaktman.events.assignment.CaseClosed;
import se.kontaktman.events.assignment.CaseRecordsDestroyed;
import se.kontaktman.events.assignment.CaseOpened;
import se.kontaktman.events.assignment.ContactPersonAssigned;
import se.kontaktman.events.assignment.ContactPersonAssignedV2;
import se.kontaktman.events.organisation.AreaDefined;
import se.kontaktman.events.organisation.StaffGroupDefined;
import se.kontaktman.events.organisation.StaffMemberDefined;
import se.kontaktman.events.plan.ArrivalConversationHeld;
import se.kontaktman.events.plan.AssistiveDeviceRegistered;
import se.kontaktman.events.plan.AssistiveDeviceReturned;
import se.kontaktman.events.plan.AssistiveDevicesToBeReturned;
import se.kontaktman.events.plan.FeedbackInformationGiven;
import se.kontaktman.events.plan.FollowUpRecorded;
import se.kontaktman.events.plan.IntroductionVisitBooked;
import se.kontaktman.events.plan.IntroductionVisitHeld;
import se.kontaktman.events.plan.NewAssistiveDeviceRequested;
import se.kontaktman.events.plan.NewInterventionsRequested;
import se.kontaktman.events.plan.PlanChecked;
import se.kontaktman.events.plan.PlanClosed;
import se.kontaktman.events.plan.PlanEstablished;
import se.kontaktman.events.plan.PlanMeetingHeld;
import se.kontaktman.events.plan.PlanReviewedByTeam;
import se.kontaktman.events.plan.PlanningNoteAcknowledged;
import se.kontaktman.events.plan.PlanningNoteHandedOver;
import se.kontaktman.events.plan.RiskAssessed;
import se.kontaktman.events.reminder.DeadlineStageReached;

/** Every published event contract, with its CloudEvents type, schema and topic. */
public final class EventCatalog {

    /** Prefix of every CloudEvents {@code type}: {@code se.kontaktman.<Name>.v<version>}. */
    public static final String TYPE_PREFIX = "se.kontaktman.";

    /** One entry of the catalog. */
    public record Entry(Class<? extends IntegrationEvent> javaType, String name, int version, String topic) {

        public String cloudEventType() {
            return TYPE_PREFIX + name + ".v" + version;
        }

        /** The JSON Schema of the event's {@code data}, on the classpath of this module. */
        public String schemaResource() {
            return "/schemas/" + name + ".v" + version + ".schema.json";
        }

        public URI dataSchema() {
            return URI.create("urn:se.kontaktman:schema:" + name + ":v" + version);
        }

        /** Whether {@code other} is a later version of this event: what a {@code supersededby} may name. */
        public boolean isSupersededBy(Entry other) {
            return other.name.equals(name) && other.version > version;
        }
    }

    private static final List<Entry> ENTRIES = List.of(
            entry(CaseOpened.class),
            entry(ContactPersonAssigned.class),
            entry(ContactPersonAssignedV2.class),
            entry(CaseClosed.class),
            entry(CaseRecordsDestroyed.class),
            entry(AreaDefined.class),
            entry(StaffGroupDefined.class),
            entry(StaffMemberDefined.class),
            entry(IntroductionVisitBooked.class),
            entry(IntroductionVisitHeld.class),
            entry(ArrivalConversationHeld.class),
            entry(PlanEstablished.class),
            entry(PlanReviewedByTeam.class),
            entry(PlanMeetingHeld.class),
            entry(FollowUpRecorded.class),
            entry(PlanChecked.class),
            entry(PlanningNoteHandedOver.class),
            entry(PlanningNoteAcknowledged.class),
            entry(NewInterventionsRequested.class),
            entry(RiskAssessed.class),
            entry(AssistiveDeviceRegistered.class),
            entry(AssistiveDeviceReturned.class),
            entry(NewAssistiveDeviceRequested.class),
            entry(FeedbackInformationGiven.class),
            entry(AssistiveDevicesToBeReturned.class),
            entry(PlanClosed.class),
            entry(DeadlineStageReached.class));

    private static final Map<String, Entry> BY_TYPE =
            ENTRIES.stream().collect(Collectors.toUnmodifiableMap(Entry::cloudEventType, Function.identity()));
    private static final Map<Class<?>, Entry> BY_CLASS =
            ENTRIES.stream().collect(Collectors.toUnmodifiableMap(Entry::javaType, Function.identity()));

    private EventCatalog() {
    }

    public static List<Entry> entries() {
        return ENTRIES;
    }

    public static Optional<Entry> byCloudEventType(String type) {
        return Optional.ofNullable(BY_TYPE.get(type));
    }

    public static Entry of(Class<? extends IntegrationEvent> type) {
        Entry entry = BY_CLASS.get(type);
        if (entry == null) {
            throw new IllegalArgumentException(type.getName() + " is not in the event catalog");
        }
        return entry;
    }

    private static Entry entry(Class<? extends IntegrationEvent> type) {
        EventContract contract = type.getAnnotation(EventContract.class);
        if (contract == null) {
            throw new IllegalStateException(type.getName() + " lacks @EventContract");
        }
        return new Entry(type, contract.name(), contract.version(), contract.topic());
    }
}
