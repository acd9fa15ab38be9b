package se.kontaktman.gateway;

import java.util.Map;
import java.util.TreeMap;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.client.ClientAuthorizationRequiredException;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls to the services on behalf of the signed-in staff member, with their access token. A
 * refusal is an answer like any other: the page shows it next to the field it names.
 */
@Configuration(proxyBeanMethods = false)
public class ServiceClients {

    /** A service's answer: its status and its JSON (problem details when refused), or null when it sent none. */
    public record Answer(int status, JsonNode body, byte[] bytes) {

        public Answer(int status, JsonNode body) {
            this(status, body, null);
        }

        public boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    private final Map<String, RestClient> clients = new TreeMap<>();
    private final JsonMapper json = JsonMapper.builder().build();

    ServiceClients(GatewayProperties properties, OAuth2AuthorizedClientManager authorizedClients,
                   OAuth2AuthorizedClientRepository tokens) {
        OAuth2ClientHttpRequestInterceptor withToken = new OAuth2ClientHttpRequestInterceptor(authorizedClients);
        withToken.setClientRegistrationIdResolver(request -> Registration.ID);
        // A token the service no longer takes (it has run out: a public client gets no refresh token) is forgotten.
        withToken.setAuthorizationFailureHandler(OAuth2ClientHttpRequestInterceptor.authorizationFailureHandler(tokens));
        properties.services().forEach((name, uri) -> clients.put(name, RestClient.builder().baseUrl(uri)
                .requestInterceptor(withToken)
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> { })
                .build()));
    }

    public Answer get(String service, String path, Object... variables) {
        return client(service).get().uri(path, variables).accept(MediaType.APPLICATION_JSON)
                .exchange((request, response) -> answer(response.getStatusCode(), response.getBody().readAllBytes()));
    }

    /** The service's answer in another format (CSV, PDF), as bytes; a refusal is an answer without them. */
    public Answer download(String service, MediaType type, String path, Object... variables) {
        return client(service).get().uri(path, variables).accept(type)
                .exchange((request, response) -> {
                    byte[] body = response.getBody().readAllBytes();
                    if (response.getStatusCode().is2xxSuccessful()) {
                        return new Answer(response.getStatusCode().value(), null, body);
                    }
                    return answer(response.getStatusCode(), body);
                });
    }

    public Answer post(String service, String path, Object body, Object... variables) {
        return client(service).post().uri(path, variables).contentType(MediaType.APPLICATION_JSON).body(body)
                .accept(MediaType.APPLICATION_JSON)
                .exchange((request, response) -> answer(response.getStatusCode(), response.getBody().readAllBytes()));
    }

    public Answer put(String service, String path, Object body, Object... variables) {
        return client(service).put().uri(path, variables).contentType(MediaType.APPLICATION_JSON).body(body)
                .accept(MediaType.APPLICATION_JSON)
                .exchange((request, response) -> answer(response.getStatusCode(), response.getBody().readAllBytes()));
    }

    private Answer answer(HttpStatusCode status, byte[] body) {
        if (status.value() == 401) {
            // Signed in again at the provider (usually without a word, its own session still runs), then back here.
            throw new ClientAuthorizationRequiredException(Registration.ID);
        }
        return new Answer(status.value(), body.length == 0 ? null : json.readTree(body));
    }

    private RestClient client(String service) {
        RestClient client = clients.get(service);
        if (client == null) {
            throw new IllegalArgumentException("no address for the service " + service);
        }
        return client;
    }

    /** The OpenID provider's registration in the configuration. */
    static final class Registration {
        static final String ID = "kontaktman";

        private Registration() {
        }
    }

    /** Tokens per signed-in staff member; a new sign-in when one has run out (the provider gives no refresh token). */
    @Bean
    static OAuth2AuthorizedClientManager authorizedClients(ClientRegistrationRepository registrations,
                                                           OAuth2AuthorizedClientRepository tokens) {
        DefaultOAuth2AuthorizedClientManager manager = new DefaultOAuth2AuthorizedClientManager(registrations, tokens);
        manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder().authorizationCode()
                .refreshToken().build());
        return manager;
    }
}
