package se.kontaktman.gateway;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Staff sign in with OpenID Connect (authorization code with PKCE, as a public client) and keep
 * a session here; the access token stays on the server and goes to the services with each call.
 * Every form carries a CSRF token. Pages may load nothing but their own files and may not be
 * framed; they may post only here and, to sign out, to the provider.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** The roles claim of the ID token, as {@code ROLE_PLANNER} and so on. */
    static final String ROLES_CLAIM = "roles";

    @Bean
    SecurityFilterChain staff(HttpSecurity http, ClientRegistrationRepository registrations,
                              GatewayProperties properties) throws Exception {
        OidcClientInitiatedLogoutSuccessHandler signedOut = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        signedOut.setPostLogoutRedirectUri("{baseUrl}/utloggad");
        String provider = properties.issuer().getScheme() + "://" + properties.issuer().getAuthority();
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/utloggad", "/css/**", "/js/**",
                                "/favicon.ico", "/error").permitAll()
                        .anyRequest().authenticated())
                .oauth2Login(login -> login.userInfoEndpoint(userInfo -> userInfo.userAuthoritiesMapper(roles())))
                .logout(logout -> logout.logoutSuccessHandler(signedOut))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; script-src 'self'; "
                                + "style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; "
                                + "frame-ancestors 'none'; form-action 'self' " + provider))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(frame -> frame.deny()));
        return http.build();
    }

    /** What the staff member may be, from the ID token's {@code roles}: the services decide what they may do. */
    private static GrantedAuthoritiesMapper roles() {
        return authorities -> {
            Set<GrantedAuthority> mapped = new HashSet<>(authorities);
            for (GrantedAuthority authority : authorities) {
                if (authority instanceof OidcUserAuthority oidc) {
                    Object roles = oidc.getIdToken().getClaims().get(ROLES_CLAIM);
                    if (roles instanceof Collection<?> names) {
                        names.forEach(role -> mapped.add(new SimpleGrantedAuthority("ROLE_" + role)));
                    }
                }
            }
            return List.copyOf(mapped);
        };
    }
}
