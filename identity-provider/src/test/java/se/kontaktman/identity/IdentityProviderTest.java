package se.kontaktman.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import se.kontaktman.identity.signin.PasswordSignIn;

/** The provider over real HTTP: staff sign in through its form and get the tokens the services accept. */
class IdentityProviderTest {

    @TempDir
    Path data;
    private ConfigurableApplicationContext provider;
    private String issuer;

    @BeforeEach
    void start() {
        startProvider();
    }

    @AfterEach
    void stop() {
        provider.close();
    }

    private void startProvider() {
        provider = IdentityProviderApplication.application().run("--server.port=0",
                "--kontaktman.identity.issuer=", "--kontaktman.identity.data-dir=" + data,
                "--kontaktman.identity.organisation=classpath:test-organisation.json");
        issuer = "http://127.0.0.1:" + provider.getEnvironment().getProperty("local.server.port");
    }

    private String passwordOf(String staffId) {
        return provider.getBean(DemoCredentials.class).passwordOf(staffId);
    }

    @Test
    void aStaffMemberSignsInWithTheirPasswordAndGetsATokenNamingThemAndTheirRolesForTheSuite() throws Exception {
        String token = new PasswordSignIn(issuer).accessToken("pia.planerare", passwordOf("pia.planerare"));

        SignedJWT jwt = SignedJWT.parse(token);
        assertThat(jwt.verify(new RSASSAVerifier(publishedKey(jwt.getHeader().getKeyID())))).isTrue();
        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        assertThat(claims.getStringClaim("staff_id")).isEqualTo("pia.planerare");
        assertThat(claims.getStringListClaim("roles")).containsExactly("PLANNER");
        assertThat(claims.getAudience()).containsExactly("kontaktman");
        assertThat(claims.getIssuer()).isEqualTo(issuer);
        assertThat(claims.getExpirationTime()).isAfter(new Date());
    }

    @Test
    void aWrongPasswordAnUnknownOrAnInactiveStaffMemberIsNotSignedIn() {
        PasswordSignIn signIn = new PasswordSignIn(issuer);
        assertThatThrownBy(() -> signIn.accessToken("pia.planerare", "not-the-password"))
                .isInstanceOf(PasswordSignIn.Refused.class);
        assertThatThrownBy(() -> signIn.accessToken("nobody.here", "whatever"))
                .isInstanceOf(PasswordSignIn.Refused.class);
        assertThat(passwordOf("gunnar.slutat")).isNull();
        assertThatThrownBy(() -> signIn.accessToken("gunnar.slutat", "whatever"))
                .isInstanceOf(PasswordSignIn.Refused.class);
    }

    @Test
    void theSignInPageIsSwedishWithLabelledFieldsAndTheGatewayIsAClientThatMustUsePkce() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(issuer + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.body()).contains("<html lang=\"sv\">", "<h1>Logga in på Kontaktman</h1>",
                "<label for=\"username\">Användar-id</label>", "<label for=\"password\">Lösenord</label>",
                "name=\"_csrf\"", "<button type=\"submit\">Logga in</button>");

        String authorize = issuer + "/oauth2/authorize?response_type=code&client_id=kontaktman-gateway&scope=openid"
                + "&redirect_uri=http://localhost:8080/login/oauth2/code/kontaktman&state=s";
        HttpResponse<String> withoutPkce = http.send(HttpRequest.newBuilder(URI.create(authorize)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(withoutPkce.headers().firstValue("Location")).get().asString().contains("error=invalid_request");
        HttpResponse<String> withPkce = http.send(HttpRequest.newBuilder(URI.create(authorize
                + "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(withPkce.headers().firstValue("Location")).get().asString().endsWith("/login");
    }

    @Test
    void theConfiguredAdministratorGetsTheAdministratorRole() throws Exception {
        String token = new PasswordSignIn(issuer).accessToken("sara.admin", passwordOf("sara.admin"));
        assertThat(SignedJWT.parse(token).getJWTClaimsSet().getStringListClaim("roles"))
                .containsExactly("ADMINISTRATOR");
    }

    @Test
    void theMonitoringClientGetsAnOperationsTokenWithoutAStaffId() throws Exception {
        String token = new PasswordSignIn(issuer).clientToken(DemoCredentials.MONITORING_CLIENT,
                provider.getBean(DemoCredentials.class).monitoringSecret());
        JWTClaimsSet claims = SignedJWT.parse(token).getJWTClaimsSet();
        assertThat(claims.getStringListClaim("roles")).containsExactly("OPERATIONS");
        assertThat(claims.getClaim("staff_id")).isNull();
        assertThat(claims.getAudience()).containsExactly("kontaktman");
    }

    @Test
    void theSigningKeyAndThePasswordsSurviveARestartAndAreReadableByTheOwnerOnly() throws Exception {
        String password = passwordOf("anna.berg");
        String token = new PasswordSignIn(issuer).accessToken("anna.berg", password);
        String keyId = SignedJWT.parse(token).getHeader().getKeyID();

        provider.close();
        startProvider();

        assertThat(passwordOf("anna.berg")).isEqualTo(password);
        assertThat(publishedKey(keyId)).isNotNull();
        assertThat(SignedJWT.parse(token).verify(new RSASSAVerifier(publishedKey(keyId)))).isTrue();
        try (var files = Files.list(data)) {
            for (Path file : files.toList()) {
                assertThat(Files.getPosixFilePermissions(file)).map(Object::toString)
                        .containsExactlyInAnyOrder("OWNER_READ", "OWNER_WRITE");
            }
        }
    }

    private RSAKey publishedKey(String keyId) throws Exception {
        HttpResponse<String> keys = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(issuer + "/oauth2/jwks")).build(), HttpResponse.BodyHandlers.ofString());
        List<com.nimbusds.jose.jwk.JWK> found = JWKSet.parse(keys.body()).getKeys().stream()
                .filter(key -> keyId.equals(key.getKeyID())).toList();
        return found.isEmpty() ? null : found.get(0).toRSAKey();
    }
}
