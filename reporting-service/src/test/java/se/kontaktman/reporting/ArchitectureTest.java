package se.kontaktman.reporting;

import se.kontaktman.platform.testing.ServiceArchitectureTest;

/** The architecture every service keeps, applied to this one. */
class ArchitectureTest extends ServiceArchitectureTest {

    ArchitectureTest() {
        super("se.kontaktman.reporting");
    }
}
