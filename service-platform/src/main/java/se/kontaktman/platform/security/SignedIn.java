package se.kontaktman.platform.security;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import se.kontaktman.events.StaffRole;
import se.kontaktman.platform.rules.CommonRule;
import se.kontaktman.platform.rules.Ids;
import se.kontaktman.platform.rules.Refusal;

/**
 * Who makes the request, from the access token: the staff id (claim {@code staff_id} unless
 * configured otherwise) and the roles the identity provider grants (claim {@code roles}). The
 * roles are an upper bound: what a staff member may do on a case also depends on the
 * organisation's own record of them (their group, their area, whether they are active), which
 * each service checks.
 */
public record SignedIn(String staffId, Set<StaffRole> roles, boolean administrator) {

    /** Changes the organisation: areas, staff groups, staff. */
    public static final String ADMINISTRATOR = "ADMINISTRATOR";
    /** Reads the actuator's metrics: a monitoring system, not a person. */
    public static final String OPERATIONS = "OPERATIONS";
    private static final String PREFIX = "ROLE_";

    /** @throws Refusal (401) when the request carries no staff member's token */
    public static SignedIn current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(authentication instanceof JwtAuthenticationToken token) || !authentication.isAuthenticated()) {
            throw new Refusal(CommonRule.SIGNED_IN, "Authorization", "a staff member's access token is required");
        }
        String staffId = token.getName();
        // Null when the token lacks the claim: a client's token (monitoring), not a person's.
        if (!isStaffMember(token)) {
            throw new Refusal(CommonRule.STAFF_TOKEN, "Authorization", "the access token names no staff member");
        }
        Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);
        boolean administrator = false;
        for (GrantedAuthority authority : token.getAuthorities()) {
            String role = authority.getAuthority().startsWith(PREFIX)
                    ? authority.getAuthority().substring(PREFIX.length()) : authority.getAuthority();
            if (role.equals(ADMINISTRATOR)) {
                administrator = true;
            }
            for (StaffRole known : StaffRole.values()) {
                if (known.name().equals(role)) {
                    roles.add(known);
                }
            }
        }
        return new SignedIn(staffId, roles, administrator);
    }

    /** A staff member's valid token: one that names a staff id of the right shape. */
    public static boolean isStaffMember(Authentication authentication) {
        return authentication instanceof JwtAuthenticationToken token && token.isAuthenticated()
                && Ids.isValid(token.getName());
    }

    public boolean has(StaffRole role) {
        return roles.contains(role);
    }
}
