package se.kontaktman.reporting.projection;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** Every fact known of a case, in the order they happened (ties: in the order they were known). */
public record CaseHistory(String caseId, Fact[] facts) {

    private static final Comparator<Fact> ORDER = Comparator.comparingInt(Fact::on).thenComparingLong(Fact::knownAt)
            .thenComparing(Fact::kind).thenComparingInt(Fact::code);

    public static CaseHistory of(String caseId, List<Fact> facts) {
        Fact[] sorted = facts.toArray(Fact[]::new);
        Arrays.sort(sorted, ORDER);
        return new CaseHistory(caseId, sorted);
    }
}
