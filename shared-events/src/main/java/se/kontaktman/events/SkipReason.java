package se.kontaktman.events;

import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Why a reader skips a record unread, seen from its envelope alone, before any check of its data:
 * a subscriber's copy of this jar decides it the same way the suite's own consumers do.
 */
public enum SkipReason {

    /** A CloudEvent of a type this copy of the catalogue does not know: a newer contract. */
    UNKNOWN_TYPE,

    /**
     * An older version sent together with a newer one this copy knows (the envelope's
     * {@code supersededby} naming a later version of the same event): the newer one follows on the
     * same key, with the same id, and is read instead. What the older one says, the newer one says too, so a fault in its data does not
     * matter either.
     */
    NEWER_VERSION_FOLLOWS;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final EventSchemas SCHEMAS = new EventSchemas();

    /** @return the reason, or null for a record to be read (including one that is not JSON at all) */
    public static SkipReason of(byte[] recordValue) {
        if (recordValue == null || recordValue.length == 0) {
            return null;
        }
        JsonNode envelope;
        try {
            envelope = JSON.readTree(recordValue);
        } catch (JacksonException | IllegalArgumentException notJson) {
            return null; // reading it says what is wrong with it
        }
        String type = text(envelope, "type");
        if (type == null) {
            return null; // not a CloudEvent: reading it says so
        }
        Optional<EventCatalog.Entry> contract = EventCatalog.byCloudEventType(type);
        if (contract.isEmpty()) {
            // Only a CloudEvent as the suite sends them is a newer contract; anything else is read,
            // found malformed and set aside.
            return SCHEMAS.envelopeViolations(envelope).isEmpty() ? UNKNOWN_TYPE : null;
        }
        String newer = text(envelope, EventCodec.SUPERSEDED_BY_EXTENSION);
        Optional<EventCatalog.Entry> successor = newer == null ? Optional.empty() : EventCatalog.byCloudEventType(newer);
        // Only a later version of the same event: any other mark is a fault of the record, which
        // reading it finds (EventSchemas), so that it goes to the dead-letter topic.
        return successor.isPresent() && contract.get().isSupersededBy(successor.get()) ? NEWER_VERSION_FOLLOWS : null;
    }

    /** The envelope's type, or null when the value is not a JSON object with a textual {@code type}. */
    public static String typeOf(byte[] recordValue) {
        try {
            return recordValue == null ? null : text(JSON.readTree(recordValue), "type");
        } catch (JacksonException | IllegalArgumentException notJson) {
            return null;
        }
    }

    private static String text(JsonNode envelope, String field) {
        JsonNode node = envelope == null ? null : envelope.get(field);
        return node != null && node.isString() ? node.asString() : null;
    }
}
