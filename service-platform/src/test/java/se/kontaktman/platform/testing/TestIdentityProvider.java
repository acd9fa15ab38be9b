package se.kontaktman.platform.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.json.JsonMapper;

/**
 * An OpenID provider for the services' tests, one per test JVM, over real HTTP: it serves its
 * discovery document and its keys, as any provider does, and signs access tokens the way the
 * suite's providers issue them ({@code staff_id}, {@code roles}, audience {@code kontaktman}).
 * It also signs the tokens a service must refuse: expired, by an unknown key, for another
 * audience, from another issuer.
 */
public final class TestIdentityProvider {

    public static final String AUDIENCE = "kontaktman";
    /** The roles of a token from {@code as(staffId)}: every staff role, so that the organisation's record decides. */
    public static final List<String> STAFF_ROLES = List.of("PLANNER", "CARE_STAFF", "AREA_MANAGER");

    private static TestIdentityProvider instance;

    private final HttpServer server;
    private final String issuer;
    private final RSAKey key;
    private final RSAKey unknownKey;

    private TestIdentityProvider() {
        try {
            key = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
            unknownKey = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (JOSEException | IOException e) {
            throw new IllegalStateException(e);
        }
        issuer = "http://127.0.0.1:" + server.getAddress().getPort() + "/test-idp";
        JsonMapper json = JsonMapper.builder().build();
        String discovery = json.writeValueAsString(Map.of("issuer", issuer, "jwks_uri", issuer + "/jwks",
                "subject_types_supported", List.of("public"),
                "id_token_signing_alg_values_supported", List.of("RS256"),
                "response_types_supported", List.of("code"),
                "authorization_endpoint", issuer + "/authorize", "token_endpoint", issuer + "/token"));
        String keys = new JWKSet(key.toPublicJWK()).toString();
        server.createContext("/test-idp/.well-known/openid-configuration", exchange -> answer(exchange, discovery));
        server.createContext("/test-idp/jwks", exchange -> answer(exchange, keys));
        server.setExecutor(null);
        server.start();
    }

    public static synchronized TestIdentityProvider get() {
        if (instance == null) {
            instance = new TestIdentityProvider();
        }
        return instance;
    }

    public String issuer() {
        return issuer;
    }

    /** A valid token for the staff member with the given roles (for a person, {@code staff_id} is set). */
    public String token(String staffId, List<String> roles) {
        return tokenFor(staffId).roles(roles).sign();
    }

    public Token tokenFor(String staffId) {
        return new Token(staffId);
    }

    /** A token to build: valid unless told otherwise. */
    public final class Token {

        private final String staffId;
        private List<String> roles = STAFF_ROLES;
        private String audience = AUDIENCE;
        private String tokenIssuer = issuer;
        private Instant expiresAt = Instant.now().plus(Duration.ofMinutes(30));
        private RSAKey signingKey = key;

        private Token(String staffId) {
            this.staffId = staffId;
        }

        public Token roles(List<String> given) {
            roles = List.copyOf(given);
            return this;
        }

        public Token audience(String given) {
            audience = given;
            return this;
        }

        public Token issuer(String given) {
            tokenIssuer = given;
            return this;
        }

        public Token expiresAt(Instant given) {
            expiresAt = given;
            return this;
        }

        public Token signedByAnUnknownKey() {
            signingKey = unknownKey;
            return this;
        }

        public String sign() {
            JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                    .issuer(tokenIssuer)
                    .subject(staffId != null ? staffId : "monitoring-client")
                    .audience(audience)
                    .issueTime(Date.from(expiresAt.minus(Duration.ofMinutes(30))))
                    .notBeforeTime(Date.from(expiresAt.minus(Duration.ofMinutes(30))))
                    .expirationTime(Date.from(expiresAt))
                    .jwtID(UUID.randomUUID().toString())
                    .claim("roles", new ArrayList<>(roles));
            if (staffId != null) {
                claims.claim("staff_id", staffId);
            }
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signingKey.getKeyID())
                    .build(), claims.build());
            try {
                jwt.sign(new RSASSASigner(signingKey));
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
            return jwt.serialize();
        }
    }

    private static void answer(com.sun.net.httpserver.HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
