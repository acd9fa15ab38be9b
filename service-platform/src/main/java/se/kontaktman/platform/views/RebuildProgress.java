package se.kontaktman.platform.views;

import java.time.Instant;
import java.util.List;

/**
 * How far a rebuild of the views has come, as {@code GET /actuator/views} shows it.
 *
 * @param state      {@code NONE} (none since this instance started), {@code RUNNING}, {@code FINISHED}, {@code FAILED}
 * @param read       events or records read so far
 * @param toRead     how many there were to read when it started; -1 when not known
 * @param views      per view (or topic)
 * @param startedAt  system time; null for {@code NONE}
 * @param finishedAt system time; null until it has finished or failed
 * @param failure    the kind of failure (an exception's class, never data); the log has the rest
 * @param note       what readers see meanwhile
 */
public record RebuildProgress(State state, long read, long toRead, List<View> views, Instant startedAt,
                              Instant finishedAt, String failure, String note) {

    public enum State { NONE, RUNNING, FINISHED, FAILED }

    /**
     * @param name   a processing group, a topic or the projection
     * @param read   events or records this view has taken so far
     * @param toRead how many it has to take; -1 when not known in advance
     */
    public record View(String name, long read, long toRead) {
    }

    public static RebuildProgress none(String note) {
        return new RebuildProgress(State.NONE, 0, 0, List.of(), null, null, null, note);
    }

    public boolean running() {
        return state == State.RUNNING;
    }
}
