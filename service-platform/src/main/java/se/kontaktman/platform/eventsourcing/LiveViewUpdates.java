package se.kontaktman.platform.eventsourcing;

import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.SubscribingEventProcessor;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Live events reach the views (subscribing processors) through this gate, which a rebuild closes
 * while it clears and refills the views: an event stored meanwhile is applied after the rebuild,
 * on top of what it replayed (each update is conditional on the view not having seen the event,
 * so nothing is applied twice). Applied during it, an update could create a view document from a
 * later event, and the replay's earlier events would then count as seen.
 */
class LiveViewUpdates {

    private final ReadWriteLock lock = new ReentrantReadWriteLock();

    /** Closes the gate once the live updates under way have finished; the caller opens it again. */
    void close() {
        lock.writeLock().lock();
    }

    void open() {
        lock.writeLock().unlock();
    }

    /** For each processor; only the subscribing ones wait (the publisher tracks the store on its own). */
    MessageHandlerInterceptor<EventMessage<?>> interceptorFor(Configuration axon, String processor) {
        return new MessageHandlerInterceptor<>() {
            private volatile Boolean subscribing;

            @Override
            public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain)
                    throws Exception {
                if (subscribing == null) {
                    subscribing = axon.eventProcessingConfiguration().eventProcessor(processor)
                            .map(SubscribingEventProcessor.class::isInstance).orElse(false);
                }
                if (!subscribing) {
                    return chain.proceed();
                }
                lock.readLock().lock();
                try {
                    return chain.proceed();
                } finally {
                    lock.readLock().unlock();
                }
            }
        };
    }
}
