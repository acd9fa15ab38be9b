package se.kontaktman.plan.followupsheet;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What only the follow-up sheet holds: the April/May and October/November checks (H5), each with
 * the follow-up it booked. Deleted when the case closes (H9), as the paper form is.
 */
@Document(SheetEntries.COLLECTION)
public record SheetEntries(@Id String caseId, List<Check> checks, long version) {

    public static final String COLLECTION = "follow_up_sheets";

    public record Check(LocalDate windowStart, LocalDate windowEnd, LocalDate checkedOn, String checkedBy,
                        boolean planCurrent, LocalDate followUpBookedFor, int planVersion) {
    }

    public SheetEntries {
        checks = checks == null ? List.of() : List.copyOf(checks);
    }
}
