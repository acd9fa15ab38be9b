package se.kontaktman.identity;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param issuer              the provider's address as the services know it (its tokens' {@code iss})
 * @param dataDir             where its signing key and the demo passwords are kept across restarts
 * @param organisation        the organisation file whose staff may sign in (the one the suite seeds)
 * @param administrators      who may change the organisation (areas, groups, staff): role ADMINISTRATOR
 * @param audience            the {@code aud} of every access token: the services accept only this
 * @param accessTokenLifetime how long an access token is good for
 * @param gateway             the staff gateway's address (its sign-in and sign-out come back there)
 */
@ConfigurationProperties("kontaktman.identity")
public record IdentityProperties(String issuer, Path dataDir, String organisation, List<Administrator> administrators,
                                 String audience, Duration accessTokenLifetime, String gateway) {

    public IdentityProperties {
        administrators = administrators == null ? List.of() : List.copyOf(administrators);
    }

    public record Administrator(String staffId, String name) {
    }
}
