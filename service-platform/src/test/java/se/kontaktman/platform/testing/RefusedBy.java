package se.kontaktman.platform.testing;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import se.kontaktman.platform.rules.Refusal;
import se.kontaktman.platform.rules.Rule;

/** For fixture tests: the command was refused by the named rule ({@code expectException(refusedBy(H1_...))}). */
public final class RefusedBy {

    private RefusedBy() {
    }

    public static Matcher<Throwable> refusedBy(Rule rule) {
        return refusedBy(rule, null);
    }

    /** Refused by the rule, naming the field ({@code areas[0].actions}); any field when it is null. */
    public static Matcher<Throwable> refusedBy(Rule rule, String field) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Throwable thrown) {
                return thrown instanceof Refusal refusal && refusal.rule() == rule
                        && (field == null || field.equals(refusal.error().field()));
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("refused by rule ").appendValue(rule.id());
                if (field != null) {
                    description.appendText(" at ").appendValue(field);
                }
            }

            @Override
            protected void describeMismatchSafely(Throwable thrown, Description description) {
                description.appendText(thrown instanceof Refusal refusal
                        ? "refused by rule " + refusal.rule().id() + " at " + refusal.error().field() + ": "
                                + refusal.getMessage()
                        : "threw " + thrown);
            }
        };
    }
}
