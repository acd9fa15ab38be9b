package se.kontaktman.plan.organisation;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** An area as last defined: its manager reads every case of its groups. */
@Document("areas")
public record KnownArea(@Id String areaId, String name, String areaManagerStaffId, Instant definedAt) {
}
