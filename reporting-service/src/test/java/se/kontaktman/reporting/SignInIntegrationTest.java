package se.kontaktman.reporting;

import se.kontaktman.platform.testing.SignInContractTest;

/** reporting-service answers only signed-in staff: see {@link SignInContractTest}. */
class SignInIntegrationTest extends SignInContractTest {

    @Override
    protected String protectedPath() {
        return "/projection";
    }

    @Override
    protected String reader() {
        return "anna.berg";
    }
}
