package se.kontaktman.reporting.rebuild;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;
import se.kontaktman.platform.views.RebuildProgress;
import se.kontaktman.platform.views.RebuildProgress.State;
import se.kontaktman.platform.views.ViewRebuild;
import se.kontaktman.reporting.projection.Generations;

/**
 * The platform's operations command ({@code POST /actuator/views}) for reporting-service: the
 * same rebuild as {@code POST /projection/rebuilds}, a new generation built from the topics'
 * beginning while the one answering goes on answering, so requests are never refused.
 */
@Component
class ProjectionRebuild implements ViewRebuild {

    private static final String NOTE = "the generation answering goes on answering until the new one has read"
            + " every record on the topics, then the new one answers";

    private final Generations generations;
    private final RebuildMonitor monitor;
    private volatile int started;
    private volatile Instant startedAt;

    ProjectionRebuild(Generations generations, RebuildMonitor monitor) {
        this.generations = generations;
        this.monitor = monitor;
    }

    @Override
    public RebuildProgress start() {
        try {
            started = generations.startRebuild();
            startedAt = Instant.now();
        } catch (Generations.RebuildUnderWay underWay) {
            throw new RebuildUnderWay();
        }
        return progress();
    }

    @Override
    public RebuildProgress progress() {
        Generations.State state = generations.current();
        if (state.building() > 0) {
            RebuildMonitor.Progress measured = monitor.progress();
            boolean measuredThis = measured.generation() == state.building();
            long read = measuredThis ? measured.read() : 0;
            long toRead = measuredThis ? measured.toRead() : -1;
            return new RebuildProgress(State.RUNNING, read, toRead, List.of(new RebuildProgress.View(
                    "projection generation " + state.building(), read, toRead)), state.buildingSince(), null, null,
                    NOTE);
        }
        if (started > 0 && state.active() >= started) {
            return new RebuildProgress(State.FINISHED, -1, -1, List.of(new RebuildProgress.View(
                    "projection generation " + state.active(), -1, -1)), startedAt, state.switchedAt(), null,
                    "generation " + state.active() + " answers; the records read are not counted once it has");
        }
        return RebuildProgress.none("generation " + state.active() + " answers; " + NOTE);
    }
}
