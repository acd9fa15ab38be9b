package se.kontaktman.platform.views;

/**
 * Rebuilding a service's views from where its facts are kept: its own event store (assignment,
 * plan) or the topics (reminder, reporting). One per service; the actuator's {@code views}
 * endpoint ({@link ViewsEndpoint}) starts it and shows how far it has come.
 */
public interface ViewRebuild {

    /**
     * Starts a rebuild in the background and returns at once.
     *
     * @throws RebuildUnderWay when one is running already
     */
    RebuildProgress start();

    /** The running rebuild's progress, or the last one's since this instance started. */
    RebuildProgress progress();

    /**
     * Whether staff requests are refused meanwhile (503 {@code views-rebuilding}): true where the
     * views are cleared and refilled in place, so they would answer with half of what is known.
     */
    default boolean refusesRequests() {
        return false;
    }

    /** A rebuild was asked for while one is running. */
    class RebuildUnderWay extends RuntimeException {

        public RebuildUnderWay() {
            super("a rebuild of the views is running");
        }
    }
}
