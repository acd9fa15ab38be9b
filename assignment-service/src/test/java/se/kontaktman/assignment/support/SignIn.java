package se.kontaktman.assignment.support;

import java.util.List;

import se.kontaktman.platform.security.SignedIn;
import se.kontaktman.platform.testing.TestIdentityProvider;

/**
 * The Authorization header of a signed-in request, for test code that is not a
 * {@code ServiceIntegrationTest} (and so has no {@code as(...)}): the fixture, the real-servers test.
 */
public final class SignIn {

    private SignIn() {
    }

    /** A staff member's request, with every staff role, as {@code ServiceIntegrationTest.as} signs it. */
    public static String[] staff(String staffId) {
        return header(TestIdentityProvider.get().token(staffId, TestIdentityProvider.STAFF_ROLES));
    }

    /**
     * An administrator's request: the identity provider gives the role ADMINISTRATOR to those
     * configured to change the organisation, who need not be in the organisation's record.
     */
    public static String[] administrator(String staffId) {
        return header(TestIdentityProvider.get().token(staffId, List.of(SignedIn.ADMINISTRATOR)));
    }

    private static String[] header(String token) {
        return new String[]{"Authorization", "Bearer " + token};
    }
}
