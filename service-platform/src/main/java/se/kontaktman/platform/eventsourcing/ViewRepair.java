package se.kontaktman.platform.eventsourcing;

import java.util.List;

import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.SubscribingEventProcessor;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;

/**
 * One aggregate's stored events given to every view again, for a command whose outcome is unknown:
 * MongoDB went away after the events were stored and before the views took them (without
 * transactions they are two writes). What a view has seen changes nothing, as in {@link ViewCatchUp};
 * what it missed is applied, without waiting for the service's next start.
 */
public class ViewRepair {

    private final Configuration axon;
    private final EventStore eventStore;

    ViewRepair(Configuration axon, EventStore eventStore) {
        this.axon = axon;
        this.eventStore = eventStore;
    }

    /** @return whether the aggregate has any stored event (and so exists) */
    public boolean catchUp(String aggregateId) {
        List<EventHandlerInvoker> views = axon.eventProcessingConfiguration().eventProcessors().values().stream()
                .filter(SubscribingEventProcessor.class::isInstance)
                .map(processor -> ((SubscribingEventProcessor) processor).eventHandlerInvoker())
                .toList();
        DomainEventStream events = eventStore.readEvents(aggregateId, 0);
        boolean any = false;
        while (events.hasNext()) {
            DomainEventMessage<?> event = events.next();
            any = true;
            for (EventHandlerInvoker view : views) {
                if (view.canHandle(event, Segment.ROOT_SEGMENT)) {
                    DefaultUnitOfWork.startAndGet(event).execute(() -> {
                        try {
                            view.handle(event, Segment.ROOT_SEGMENT);
                        } catch (RuntimeException e) {
                            throw e;
                        } catch (Exception e) {
                            throw new IllegalStateException("a view could not take stored event " + event.getIdentifier(), e);
                        }
                    });
                }
            }
        }
        return any;
    }
}
