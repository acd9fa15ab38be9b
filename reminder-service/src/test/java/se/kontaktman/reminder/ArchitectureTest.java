package se.kontaktman.reminder;

import se.kontaktman.platform.testing.ServiceArchitectureTest;

/** The architecture every service keeps, applied to this one. */
class ArchitectureTest extends ServiceArchitectureTest {

    ArchitectureTest() {
        super("se.kontaktman.reminder");
    }
}
