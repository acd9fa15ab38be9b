package se.kontaktman.platform.testing;

import java.time.Instant;

import se.kontaktman.events.EventCatalog;
import se.kontaktman.events.PublishedEvent;
import se.kontaktman.events.assignment.ContactPersonAssigned;
import se.kontaktman.events.assignment.ContactPersonAssignedV2;

/** An assignment as assignment-service publishes it while v1 is in its deprecation period, for consumers' tests. */
public final class AssignmentVersions {

    private AssignmentVersions() {
    }

    /** The v1 sent first, marked as superseded by v2, with the id the v2 then carries too. */
    public static PublishedEvent<ContactPersonAssigned> markedV1(String id, Instant time, ContactPersonAssignedV2 v2) {
        return new PublishedEvent<>(id, "/kontaktman/assignment-service", time, v2.toV1())
                .markedSupersededBy(EventCatalog.of(ContactPersonAssignedV2.class).cloudEventType());
    }
}
