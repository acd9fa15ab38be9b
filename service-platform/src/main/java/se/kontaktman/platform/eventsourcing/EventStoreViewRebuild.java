package se.kontaktman.platform.eventsourcing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.data.mongodb.core.MongoTemplate;
import se.kontaktman.platform.views.RebuildProgress;
import se.kontaktman.platform.views.RebuildProgress.State;
import se.kontaktman.platform.views.ViewRebuild;

/**
 * Rebuilds an event-sourced service's views from its own event store: clears the view collections
 * ({@code kontaktman.views.collections}, emptied, so their indexes stay) and gives every view
 * (subscribing processor) the whole store again, in order, as {@link ViewCatchUp} does at start.
 * Meanwhile staff requests are refused (503 {@code views-rebuilding}) and live events wait at
 * {@link LiveViewUpdates}, then go on top. In place rather than into fresh collections switched
 * afterwards: the projections write to their classes' collections, and a switch would need every
 * one of them to write elsewhere. One instance rebuilds; the others share the database, so run it
 * with one instance up, or accept that theirs answer from half-filled views meanwhile. After a
 * failure the views stay half-filled (and requests refused): run it again.
 */
class EventStoreViewRebuild implements ViewRebuild, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(EventStoreViewRebuild.class);
    private static final String NOTE = "staff requests are answered 503 views-rebuilding until it has finished;"
            + " events stored meanwhile reach the views after it";

    private final Configuration axon;
    private final EventStorageEngine storage;
    private final MongoTemplate mongo;
    private final List<String> collections;
    private final LiveViewUpdates live;
    private final LongSupplier storedEvents;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "view-rebuild");
        thread.setDaemon(true);
        return thread;
    });
    private volatile Run run;

    EventStoreViewRebuild(Configuration axon, EventStorageEngine storage, MongoTemplate mongo, List<String> collections,
                          LiveViewUpdates live, LongSupplier storedEvents) {
        this.axon = axon;
        this.storage = storage;
        this.mongo = mongo;
        this.collections = List.copyOf(collections);
        this.live = live;
        this.storedEvents = storedEvents;
    }

    /** One rebuild's counters, read by {@link #progress()} while the worker writes them. */
    private static final class Run {
        final Instant startedAt = Instant.now();
        final long toRead;
        final AtomicLong read = new AtomicLong();
        final Map<String, AtomicLong> taken = new LinkedHashMap<>();
        volatile State state = State.RUNNING;
        volatile Instant finishedAt;
        volatile String failure;

        Run(long toRead, Iterable<String> views) {
            this.toRead = toRead;
            views.forEach(view -> taken.put(view, new AtomicLong()));
        }
    }

    @Override
    public synchronized RebuildProgress start() {
        if (run != null && run.state == State.RUNNING) {
            throw new RebuildUnderWay();
        }
        Map<String, EventHandlerInvoker> views = ViewCatchUp.subscribingViews(axon);
        Run started = new Run(storedEvents.getAsLong(), views.keySet());
        run = started;
        worker.execute(() -> rebuild(started, views));
        return progress();
    }

    private void rebuild(Run current, Map<String, EventHandlerInvoker> views) {
        log.info("Rebuilding views {} from {} stored events", views.keySet(), current.toRead);
        live.close();
        try {
            collections.forEach(collection -> mongo.getCollection(collection).deleteMany(new Document()));
            ViewCatchUp.replay(views, storage, (view, event) -> current.taken.get(view).incrementAndGet(),
                    () -> current.read.incrementAndGet());
            current.state = State.FINISHED;
            log.info("Views rebuilt from {} stored events in {} ms", current.read.get(),
                    java.time.Duration.between(current.startedAt, Instant.now()).toMillis());
        } catch (RuntimeException e) {
            current.failure = e.getClass().getName();
            current.state = State.FAILED;
            log.error("Rebuilding the views failed after {} events; they stay half-filled until it is run again",
                    current.read.get(), e);
        } finally {
            current.finishedAt = Instant.now();
            live.open();
        }
    }

    @Override
    public RebuildProgress progress() {
        Run current = run;
        if (current == null) {
            return RebuildProgress.none("no rebuild since this instance started; views " + collections);
        }
        List<RebuildProgress.View> views = new ArrayList<>();
        current.taken.forEach((view, taken) -> views.add(new RebuildProgress.View(view, taken.get(), -1)));
        return new RebuildProgress(current.state, current.read.get(), current.toRead, views, current.startedAt,
                current.finishedAt, current.failure, NOTE);
    }

    @Override
    public boolean refusesRequests() {
        Run current = run;
        return current != null && current.state != State.FINISHED;
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
