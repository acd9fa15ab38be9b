package se.kontaktman.subscriber;

import java.util.List;

import se.kontaktman.events.IntegrationEvent;
import se.kontaktman.events.PublishedEvent;

/**
 * Where the subscriber puts the events it read: the part an integrator replaces with their own
 * system (a table, a queue, a call to their API).
 *
 * <p>Two promises make the whole subscriber exactly-once in effect over an at-least-once stream:
 * <ul>
 *   <li><b>Idempotent, keyed by the CloudEvent id</b>: an event whose id the sink already holds
 *       is not written again, whether it comes as a redelivery, twice in one batch, or because the
 *       subscriber reads the topics from the beginning again. In a database this is a unique key
 *       on the id and an insert that ignores a conflict.</li>
 *   <li><b>Durable on return</b>: when {@link #write} returns, the events and their ids survive a
 *       crash. Only then does the listener return and Spring Kafka commit the offsets; a crash
 *       in between means a redelivery, which the first promise absorbs.</li>
 * </ul>
 */
public interface EventSink {

    /**
     * @param events read from one poll, in order
     * @return how many were new (the rest the sink already held)
     * @throws RuntimeException when they could not be stored; the batch is delivered again
     */
    int write(List<PublishedEvent<IntegrationEvent>> events);
}
