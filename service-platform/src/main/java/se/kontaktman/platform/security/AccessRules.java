package se.kontaktman.platform.security;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import se.kontaktman.platform.rules.Refusal;
import se.kontaktman.platform.rules.RefusalStatus;
import se.kontaktman.platform.rules.Rule;

/**
 * The one place that decides whether a signed-in staff member is one of the {@link Who}s for what
 * a request names. Used by {@link AccessInterceptor} for what the path and query name, and by a
 * controller for what only the body names (the staff group of a case being opened) or to keep
 * from a list what the staff member may not see.
 */
public final class AccessRules {

    private static final Set<Who> CASE_RULES = EnumSet.of(Who.PLANNER_OF_CASE, Who.CONTACT_PERSON_OF_CASE,
            Who.MANAGER_OF_CASE);

    private final AccessFacts facts;

    /**
     * A case whose records were destroyed when their retention time ended is answered 410, after
     * the asker's right to the case is checked, so that no one else learns even that.
     */
    public void requireRecordsKept(Scope scope) {
        if (scope.caseId() != null) {
            facts.recordsDestroyedOn(scope.caseId()).ifPresent(on -> {
                throw new Refusal(se.kontaktman.platform.rules.CommonRule.RETENTION_ENDED, "caseId",
                        "the case's records were destroyed on " + on + ", when their retention time ended");
            });
        }
    }

    public AccessRules(AccessFacts facts) {
        this.facts = facts;
    }

    /** What a request names; any of them may be null. */
    public record Scope(String caseId, String staffGroupId, String areaId, String staffId) {

        public static Scope ofCase(String caseId) {
            return new Scope(caseId, null, null, null);
        }

        public static Scope ofGroup(String staffGroupId) {
            return new Scope(null, staffGroupId, null, null);
        }
    }

    /** @throws Refusal 403 naming the rule unless the staff member is any of {@code who} */
    public void require(SignedIn actor, String rule, Scope scope, Who... who) {
        if (!new Asked(actor, scope).byAnyOf(who)) {
            throw refusal(rule, who);
        }
    }

    public boolean allows(SignedIn actor, Who who, Scope scope) {
        return new Asked(actor, scope).byAnyOf(who);
    }

    /**
     * For the cases a list already holds: whether the staff member is any of {@code who} for each,
     * by the same rule, without reading the cases again; the staff member is looked up once.
     */
    public Predicate<AccessFacts.CaseFacts> onCases(SignedIn actor, Who... who) {
        Optional<AccessFacts.Member> me = facts.member(actor.staffId()).filter(AccessFacts.Member::active);
        return theCase -> me.isPresent() && Arrays.stream(who)
                .anyMatch(each -> hasRole(actor, me.get(), each) && allowsOnCase(me.get(), each, theCase));
    }

    /** Both the token and the organisation give the role the {@link Who} needs, if any. */
    private static boolean hasRole(SignedIn actor, AccessFacts.Member me, Who who) {
        return who.role() == null || actor.has(who.role()) && me.roles().contains(who.role());
    }

    /**
     * One request's question, with what answers it read at most once however many {@link Who}s
     * are tried: the staff member and the case.
     */
    private final class Asked {

        private final SignedIn actor;
        private final Scope scope;
        private Optional<AccessFacts.Member> me;
        private Optional<AccessFacts.CaseFacts> theCase;

        Asked(SignedIn actor, Scope scope) {
            this.actor = actor;
            this.scope = scope;
        }

        boolean byAnyOf(Who... who) {
            for (Who each : who) {
                if (by(each)) {
                    return true;
                }
            }
            return false;
        }

        private boolean by(Who who) {
            if (who == Who.ADMINISTRATOR) {
                return actor.administrator();
            }
            if (who == Who.SIGNED_IN) {
                return true;
            }
            if (me == null) {
                me = facts.member(actor.staffId()).filter(AccessFacts.Member::active);
            }
            if (me.isEmpty() || !hasRole(actor, me.get(), who)) {
                return false;
            }
            if (!CASE_RULES.contains(who)) {
                return allows(me.get(), who, scope);
            }
            if (scope.caseId() == null) {
                return false;
            }
            if (theCase == null) {
                theCase = facts.caseFacts(scope.caseId());
            }
            // An unknown case: nothing to see, the service answers that no such case exists.
            return theCase.map(known -> allowsOnCase(me.get(), who, known)).orElse(true);
        }
    }

    private boolean allows(AccessFacts.Member me, Who who, Scope scope) {
        switch (who) {
            case STAFF:
            case PLANNER:
            case AREA_MANAGER:
                return true;
            case SELF:
                return me.staffId().equals(scope.staffId());
            case PLANNER_OF_GROUP:
                return same(me.staffGroupId(), scope.staffGroupId());
            case MANAGER_OF_GROUP:
                return managesGroup(me, scope.staffGroupId());
            case MANAGER_OF_AREA:
                return scope.areaId() != null && facts.managerOfArea(scope.areaId())
                        .map(me.staffId()::equals).orElse(false);
            case PLANNER_IN_AREA:
                return scope.areaId() != null && me.staffGroupId() != null && facts.areaOfGroup(me.staffGroupId())
                        .map(scope.areaId()::equals).orElse(false);
            case PLANNER_OF_STAFF:
                return scope.staffId() != null && facts.member(scope.staffId())
                        .map(member -> same(me.staffGroupId(), member.staffGroupId())).orElse(false);
            case MANAGER_OF_STAFF:
                return scope.staffId() != null && facts.member(scope.staffId())
                        .map(member -> managesGroup(me, member.staffGroupId())).orElse(false);
            default:
                throw new IllegalArgumentException(who + " is not answered here");
        }
    }

    private boolean allowsOnCase(AccessFacts.Member me, Who who, AccessFacts.CaseFacts theCase) {
        switch (who) {
            case PLANNER_OF_CASE:
                return same(me.staffGroupId(), theCase.staffGroupId());
            case CONTACT_PERSON_OF_CASE:
                // A contact person moved to another group no longer counts (H1).
                return theCase.contactPersons().contains(me.staffId())
                        && same(me.staffGroupId(), theCase.staffGroupId());
            case MANAGER_OF_CASE:
                return managesGroup(me, theCase.staffGroupId());
            default:
                throw new IllegalArgumentException(who + " is not about a case");
        }
    }

    private boolean managesGroup(AccessFacts.Member me, String staffGroupId) {
        return staffGroupId != null && facts.areaOfGroup(staffGroupId).flatMap(facts::managerOfArea)
                .map(me.staffId()::equals).orElse(false);
    }

    private static boolean same(String mine, String named) {
        return mine != null && mine.equals(named);
    }

    static Refusal refusal(String rule, Who... who) {
        String whoMay = Arrays.stream(who).map(Who::description).collect(Collectors.joining(", or "));
        return new Refusal(new Named(rule), "actor", "only " + whoMay + " may do this");
    }

    /** An access rule as a refusal names it. */
    private record Named(String id) implements Rule {

        @Override
        public RefusalStatus status() {
            return RefusalStatus.FORBIDDEN;
        }
    }
}
