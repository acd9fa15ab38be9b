package se.kontaktman.assignment.organisation.api;

import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.kontaktman.platform.rules.OrganisationId;
import se.kontaktman.events.StaffRole;

/**
 * Organisation units are defined as a whole: the same command registers a unit or changes it,
 * and repeating it unchanged records nothing. That makes seeding from a file idempotent.
 */
public final class OrganisationCommands {

    private OrganisationCommands() {
    }

    /** A Swedish phone number as printed on the "Jag är din kontaktman" sheet, e.g. 0486-331 00. */
    public static final String PHONE = "^\\+?[0-9][0-9 -]{4,19}$";

    public record DefineAreaCommand(@TargetAggregateIdentifier @NotNull @OrganisationId String areaId,
                             @NotBlank @Size(max = 200) String name,
                             @OrganisationId String areaManagerStaffId) {
    }

    public record DefineStaffGroupCommand(@TargetAggregateIdentifier @NotNull @OrganisationId String staffGroupId,
                                   @NotNull @OrganisationId String areaId,
                                   @NotBlank @Size(max = 200) String name,
                                   @NotNull @Pattern(regexp = PHONE, message = "must be a phone number such as 0486-331 00")
                                   String phoneNumber) {
    }

    public record DefineStaffMemberCommand(@TargetAggregateIdentifier @NotNull @OrganisationId String staffId,
                                    @NotBlank @Size(max = 200) String name,
                                    @NotEmpty Set<@NotNull StaffRole> roles,
                                    @OrganisationId String staffGroupId,
                                    boolean active) {
    }
}
