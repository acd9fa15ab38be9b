package se.kontaktman.reporting.projection;

/** The first generation of the projection is still being built: nothing answers yet (503). */
public final class ProjectionNotReady extends RuntimeException {

    public ProjectionNotReady() {
        super("the projection is being built from the topics' beginning");
    }
}
