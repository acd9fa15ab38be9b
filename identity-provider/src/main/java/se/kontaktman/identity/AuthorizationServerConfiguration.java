package se.kontaktman.identity;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import se.kontaktman.identity.signin.PasswordSignIn;

/**
 * The OpenID provider: the authorization server's endpoints (discovery, keys, authorize, token,
 * user info), a sign-in form for the staff, and the clients it knows. Access tokens carry
 * {@code staff_id}, {@code roles} and the suite's audience; the services need nothing else.
 */
@Configuration(proxyBeanMethods = false)
class AuthorizationServerConfiguration {

    private static final String STAFF_ID = "staff_id";
    private static final String ROLES = "roles";
    /** The staff gateway's client id (kontaktman.gateway's configuration names the same). */
    static final String GATEWAY_CLIENT = "kontaktman-gateway";

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
        http.oauth2AuthorizationServer(server -> {
                    http.securityMatcher(server.getEndpointsMatcher());
                    server.oidc(Customizer.withDefaults());
                })
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                // A browser that is not signed in is sent to the sign-in form.
                .exceptionHandling(handling -> handling.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain signIn(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/error").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").permitAll());
        return http.build();
    }

    @Bean
    UserDetailsService staff(StaffDirectory directory, DemoCredentials credentials) {
        PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        Map<String, User> byId = new HashMap<>();
        for (StaffDirectory.Person person : directory.everyone()) {
            byId.put(person.staffId(), (User) User.withUsername(person.staffId())
                    .password(encoder.encode(credentials.passwordOf(person.staffId())))
                    .authorities(person.roles().stream().map(role -> "ROLE_" + role).toArray(String[]::new))
                    .build());
        }
        return username -> {
            User user = byId.get(username);
            if (user == null) {
                throw new UsernameNotFoundException("no such staff member");
            }
            // A copy: the framework erases the password of what it is given after sign-in.
            return User.withUserDetails(user).build();
        };
    }

    @Bean
    RegisteredClientRepository clients(IdentityProperties properties, DemoCredentials credentials) {
        Duration lifetime = properties.accessTokenLifetime() != null ? properties.accessTokenLifetime()
                : Duration.ofMinutes(30);
        // A public client for command-line tools and tests: authorization code with PKCE, a loopback redirect.
        RegisteredClient cli = RegisteredClient
                .withId(UUID.nameUUIDFromBytes(PasswordSignIn.CLI_CLIENT.getBytes()).toString())
                .clientId(PasswordSignIn.CLI_CLIENT)
                .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri(PasswordSignIn.CLI_REDIRECT)
                .scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE)
                .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false)
                        .build())
                .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(lifetime).build())
                .build();
        PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        RegisteredClient monitoring = RegisteredClient.withId(
                        UUID.nameUUIDFromBytes(DemoCredentials.MONITORING_CLIENT.getBytes()).toString())
                .clientId(DemoCredentials.MONITORING_CLIENT)
                .clientSecret(encoder.encode(credentials.monitoringSecret()))
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(lifetime).build())
                .build();
        String gateway = properties.gateway() != null ? properties.gateway() : "http://localhost:8080";
        // The staff gateway: a public client too, signing staff in with PKCE and out again.
        RegisteredClient staffGateway = RegisteredClient
                .withId(UUID.nameUUIDFromBytes(GATEWAY_CLIENT.getBytes()).toString())
                .clientId(GATEWAY_CLIENT)
                .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri(gateway + "/login/oauth2/code/kontaktman")
                .postLogoutRedirectUri(gateway + "/utloggad")
                .scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE)
                .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false)
                        .build())
                .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(lifetime).build())
                .build();
        return new InMemoryRegisteredClientRepository(cli, monitoring, staffGateway);
    }

    /** Access tokens for the services: who (staff_id) and what they may be (roles), for the suite's audience. */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> claims(IdentityProperties properties, StaffDirectory directory) {
        return context -> {
            boolean accessToken = OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType());
            if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
                if (accessToken && DemoCredentials.MONITORING_CLIENT.equals(context.getRegisteredClient().getClientId())) {
                    context.getClaims().audience(List.of(properties.audience()))
                            .claim(ROLES, List.of(Roles.OPERATIONS));
                }
                return;
            }
            String staffId = context.getPrincipal().getName();
            directory.find(staffId).ifPresent(person -> {
                context.getClaims().claim(STAFF_ID, person.staffId());
                if (accessToken) {
                    context.getClaims().audience(List.of(properties.audience())).claim(ROLES, person.roles());
                } else {
                    // The gateway shows the name and the pages that fit the roles; the services decide from the access token.
                    context.getClaims().claim("name", person.name()).claim(ROLES, person.roles());
                }
            });
        };
    }

    @Bean
    JWKSource<SecurityContext> signingKeys(IdentityProperties properties) {
        JWKSet keys = SigningKey.loadOrCreate(properties.dataDir());
        return new ImmutableJWKSet<>(keys);
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings(IdentityProperties properties) {
        AuthorizationServerSettings.Builder settings = AuthorizationServerSettings.builder();
        if (properties.issuer() != null && !properties.issuer().isBlank()) {
            settings.issuer(properties.issuer());
        }
        return settings.build();
    }
}
