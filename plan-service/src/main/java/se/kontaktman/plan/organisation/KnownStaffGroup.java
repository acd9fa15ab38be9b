package se.kontaktman.plan.organisation;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A staff group as last defined, with the phone number printed on the contact person's sheet. */
@Document("staff_groups")
public record KnownStaffGroup(@Id String staffGroupId, String areaId, String name, String phoneNumber,
                              Instant definedAt) {
}
