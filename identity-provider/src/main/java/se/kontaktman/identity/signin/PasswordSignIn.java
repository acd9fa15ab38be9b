package se.kontaktman.identity.signin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Signs a staff member in at an OpenID provider the way a browser would, without one: the
 * authorization code flow with PKCE for the public client {@code kontaktman-cli}, through the
 * provider's sign-in form, and the code exchanged for an access token. For command-line use, the
 * suite's own tests and benchmarks. Also gets a monitoring system's token (client credentials).
 */
public final class PasswordSignIn {

    public static final String CLI_CLIENT = "kontaktman-cli";
    public static final String CLI_REDIRECT = "http://127.0.0.1/callback";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern CODE = Pattern.compile("[?&]code=([^&]+)");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String issuer;

    /** @param issuer the provider's address, such as {@code http://localhost:9000} */
    public PasswordSignIn(String issuer) {
        this.issuer = issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
    }

    /** Refused sign-in: a wrong password, an unknown or inactive staff member. */
    public static final class Refused extends RuntimeException {

        Refused(String message) {
            super(message);
        }
    }

    /** @return an access token for the staff member */
    public String accessToken(String staffId, String password) {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        String verifier = random(48);
        String state = random(16);
        Map<String, String> authorize = new LinkedHashMap<>();
        authorize.put("response_type", "code");
        authorize.put("client_id", CLI_CLIENT);
        authorize.put("redirect_uri", CLI_REDIRECT);
        authorize.put("scope", "openid profile");
        authorize.put("state", state);
        authorize.put("code_challenge", challenge(verifier));
        authorize.put("code_challenge_method", "S256");
        String authorizeUrl = issuer + "/oauth2/authorize?" + form(authorize);

        HttpResponse<String> toSignIn = send(browser, html(authorizeUrl).GET());
        String signInPage = location(toSignIn, "the authorize endpoint did not send to its sign-in form");
        HttpResponse<String> page = send(browser, html(signInPage).GET());
        Matcher csrf = CSRF.matcher(page.body());
        if (!csrf.find()) {
            throw new IllegalStateException("The sign-in form has no CSRF token (status " + page.statusCode() + ")");
        }
        Map<String, String> credentials = new LinkedHashMap<>();
        credentials.put("username", staffId);
        credentials.put("password", password);
        credentials.put("_csrf", csrf.group(1));
        HttpResponse<String> signedIn = send(browser, html(signInPage)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(credentials))));
        String next = location(signedIn, "the sign-in form did not answer with a redirect");
        if (next.contains("error")) {
            throw new Refused("sign-in refused for " + staffId);
        }
        HttpResponse<String> withCode = send(browser, html(next).GET());
        String callback = location(withCode, "the authorize endpoint did not send back a code");
        Matcher code = CODE.matcher(callback);
        if (!callback.startsWith(CLI_REDIRECT) || !code.find() || !callback.contains("state=" + state)) {
            throw new IllegalStateException("The provider answered without a code for this request");
        }
        Map<String, String> exchange = new LinkedHashMap<>();
        exchange.put("grant_type", "authorization_code");
        exchange.put("code", URLDecoder.decode(code.group(1), StandardCharsets.UTF_8));
        exchange.put("redirect_uri", CLI_REDIRECT);
        exchange.put("client_id", CLI_CLIENT);
        exchange.put("code_verifier", verifier);
        return token(browser, HttpRequest.newBuilder(URI.create(issuer + "/oauth2/token")), exchange);
    }

    /** A monitoring system's access token (role OPERATIONS), by client credentials. */
    public String clientToken(String clientId, String secret) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String basic = Base64.getEncoder().encodeToString((URLEncoder.encode(clientId, StandardCharsets.UTF_8) + ":"
                + URLEncoder.encode(secret, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
        return token(client, HttpRequest.newBuilder(URI.create(issuer + "/oauth2/token"))
                .header("Authorization", "Basic " + basic), Map.of("grant_type", "client_credentials"));
    }

    private static String token(HttpClient client, HttpRequest.Builder request, Map<String, String> form) {
        HttpResponse<String> answer = send(client, request.header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(form(form))));
        if (answer.statusCode() != 200) {
            throw new Refused("the token endpoint answered " + answer.statusCode());
        }
        JsonNode token = JSON.readTree(answer.body());
        return token.get("access_token").asString();
    }

    private static HttpRequest.Builder html(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(15)).header("Accept", "text/html");
    }

    private String location(HttpResponse<String> response, String otherwise) {
        String location = response.headers().firstValue("Location").orElse(null);
        if (response.statusCode() / 100 != 3 || location == null) {
            throw new IllegalStateException(otherwise + " (status " + response.statusCode() + ")");
        }
        return location.startsWith("/") ? issuer + location : location;
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private static String random(int bytes) {
        byte[] made = new byte[bytes];
        RANDOM.nextBytes(made);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(made);
    }

    private static String challenge(String verifier) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
