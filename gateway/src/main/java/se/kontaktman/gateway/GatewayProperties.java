package se.kontaktman.gateway;

import java.net.URI;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the services are ({@code assignment}, {@code plan}, {@code reminder}, {@code reporting})
 * and the OpenID provider's address, whose origin the pages may post to (signing out).
 */
@ConfigurationProperties("kontaktman.gateway")
public record GatewayProperties(Map<String, URI> services, URI issuer) {

    public URI service(String name) {
        URI uri = services.get(name);
        if (uri == null) {
            throw new IllegalArgumentException("no address for the service " + name);
        }
        return uri;
    }
}
