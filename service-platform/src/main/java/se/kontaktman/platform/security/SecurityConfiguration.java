package se.kontaktman.platform.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import se.kontaktman.platform.web.EventDocuments;

/**
 * Every service is an OAuth 2.0 resource server: a request is answered only with a valid signed
 * JWT access token from the configured issuer, for the suite's audience (Boot's
 * {@code spring.security.oauth2.resourceserver.jwt.*}, set in kontaktman-service-defaults.yml).
 * Open are only the health probes, the API document and the event document with its schemas
 * ({@link EventDocuments}). The rest of the actuator is for
 * operations: a token with the role {@value SignedIn#OPERATIONS}. No session and no cookie: every
 * request carries its token, so there is nothing for a cross-site request to ride on (hence no
 * CSRF token).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
public class SecurityConfiguration {

    /** Who may do what, from the service's own {@link AccessFacts}: every service provides them. */
    @Bean
    AccessRules accessRules(ObjectProvider<AccessFacts> facts) {
        AccessFacts provided = facts.getIfAvailable();
        if (provided == null) {
            throw new IllegalStateException("A service provides AccessFacts: who may do what depends on them");
        }
        return new AccessRules(provided);
    }

    @Bean
    SecurityFilterChain resourceServer(HttpSecurity http) throws Exception {
        ProblemResponses problems = new ProblemResponses();
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**",
                                EventDocuments.DOCUMENT, EventDocuments.SCHEMAS + "*", "/error").permitAll()
                        .requestMatchers("/actuator/**").hasRole(SignedIn.OPERATIONS)
                        // Everything else is a staff member's: a system's token (no staff id) reads nothing.
                        .anyRequest().access((authentication, request) ->
                                new AuthorizationDecision(SignedIn.isStaffMember(authentication.get()))))
                .oauth2ResourceServer(server -> server.jwt(Customizer.withDefaults())
                        .authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable());
        return http.build();
    }
}
