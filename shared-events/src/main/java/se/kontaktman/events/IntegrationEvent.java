package se.kontaktman.events;

/**
 * An event published on Kafka for other systems. Implementations are records annotated with
 * {@link EventContract}; they carry no personnummer, no client name and no free text about a
 * client: cases are known by a pseudonymous case id and staff by a staff id.
 */
public interface IntegrationEvent {

    /** The Kafka record key: all events of one case (or organisation unit) stay in order. */
    String partitionKey();
}
