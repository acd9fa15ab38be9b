package se.kontaktman.platform.security;

import jakarta.servlet.http.HttpServletRequest;

/** Told of every refused request to an endpoint that reads personal data ({@link Access#reads()}): the audit. */
public interface ReadRefusals {

    void refused(SignedIn actor, Access access, HttpServletRequest request);
}
