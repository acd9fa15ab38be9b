package se.kontaktman.platform.eventsourcing;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.SubscribingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.spring.config.SpringAxonConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Without Mongo transactions (the embedded stand-in) a command's events and the views they change
 * are two writes, and a process killed between them leaves a view behind its events for good: the
 * fact that caused them is not applied twice. At start, before the service takes requests or
 * reads its topics, every view is given the service's whole event store again, in order. A view
 * update is conditional on the view not having seen the event's sequence number (or replaces the
 * document with the newest), so what a view has seen changes nothing and what it missed is
 * applied. With transactions the two writes commit together and this does not run.
 */
class ViewCatchUp implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ViewCatchUp.class);

    private final Configuration axon;
    private final EventStorageEngine storage;
    private volatile boolean running;

    ViewCatchUp(Configuration axon, EventStorageEngine storage) {
        this.axon = axon;
        this.storage = storage;
    }

    @Override
    public void start() {
        long started = System.nanoTime();
        long events = replay(subscribingViews(axon), storage, (view, event) -> { }, () -> { });
        log.info("Views caught up with {} stored events in {} ms", events, (System.nanoTime() - started) / 1_000_000);
        running = true;
    }

    /** The views: every subscribing processor's handlers, by processing group. */
    static Map<String, EventHandlerInvoker> subscribingViews(Configuration axon) {
        Map<String, EventHandlerInvoker> views = new LinkedHashMap<>();
        axon.eventProcessingConfiguration().eventProcessors().forEach((name, processor) -> {
            if (processor instanceof SubscribingEventProcessor) {
                views.put(name, ((SubscribingEventProcessor) processor).eventHandlerInvoker());
            }
        });
        return views;
    }

    /**
     * Gives every view the whole event store, in order, each event in a unit of work of its own
     * (as a live event is), without waiting for events still to come.
     *
     * @param taken told of each event a view has taken
     * @param read  told of each event read
     * @return the number of events read
     */
    static long replay(Map<String, EventHandlerInvoker> views, EventStorageEngine storage,
                       BiConsumer<String, TrackedEventMessage<?>> taken, Runnable read) {
        long events = 0;
        try (Stream<? extends TrackedEventMessage<?>> stored = storage.readEvents(null, false)) {
            Iterator<? extends TrackedEventMessage<?>> each = stored.iterator();
            while (each.hasNext()) {
                TrackedEventMessage<?> event = each.next();
                events++;
                read.run();
                for (Map.Entry<String, EventHandlerInvoker> view : views.entrySet()) {
                    if (view.getValue().canHandle(event, Segment.ROOT_SEGMENT)) {
                        DefaultUnitOfWork.startAndGet(event).execute(() -> {
                            try {
                                view.getValue().handle(event, Segment.ROOT_SEGMENT);
                            } catch (Exception e) {
                                throw new IllegalStateException("a view could not take stored event "
                                        + event.getIdentifier(), e);
                            }
                        });
                        taken.accept(view.getKey(), event);
                    }
                }
            }
        }
        return events;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** After Axon has started (its processors subscribed), before the topics' consumers and the web server. */
    @Override
    public int getPhase() {
        return SpringAxonConfiguration.LIFECYCLE_PHASE + 1;
    }
}
