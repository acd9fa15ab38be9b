package se.kontaktman.platform.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;
import se.kontaktman.events.AsyncApiDocuments;

/**
 * The AsyncAPI document of the topics the service publishes, {@code GET /asyncapi}, as kept in
 * shared-events, and the JSON Schemas it refers to, {@code GET /schemas/<Name>.v<n>.schema.json}
 * (the document's relative {@code ../schemas/...} references resolve there). Open without a token,
 * like {@code /v3/api-docs}: it is the published contract, holds no data, and an integrator reads it
 * before their system has any credentials. A functional endpoint like the framework's own API
 * document, not a controller: it has no staff member's rule ({@code @Access}) and is not an
 * endpoint of the OpenAPI document. A service that publishes nothing (reporting-service) has none.
 */
@Configuration(proxyBeanMethods = false)
public class EventDocuments {

    /** The paths, open in the security filter. */
    public static final String DOCUMENT = "/asyncapi";
    public static final String SCHEMAS = "/schemas/";

    private static final Pattern SCHEMA_FILE = Pattern.compile("[A-Za-z0-9-]+(\\.v[0-9]+)?\\.schema\\.json");

    @Bean
    RouterFunction<ServerResponse> eventDocument(@Value("${spring.application.name}") String service) {
        Optional<byte[]> document = AsyncApiDocuments.kept(service);
        if (document.isEmpty()) {
            return request -> Optional.empty(); // nothing to route: /asyncapi is 404
        }
        byte[] body = document.get();
        return RouterFunctions.route()
                .GET(DOCUMENT, request -> ServerResponse.ok().contentType(MediaType.APPLICATION_JSON)
                        .cacheControl(CacheControl.noCache()).body(body))
                .GET(SCHEMAS + "{file}", request -> {
                    String file = request.pathVariable("file");
                    byte[] schema = SCHEMA_FILE.matcher(file).matches() ? resource(SCHEMAS + file) : null;
                    return schema == null ? ServerResponse.notFound().build()
                            : ServerResponse.ok().contentType(MediaType.valueOf("application/schema+json"))
                            .cacheControl(CacheControl.noCache()).body(schema);
                })
                .build();
    }

    private static byte[] resource(String path) {
        try (InputStream in = AsyncApiDocuments.class.getResourceAsStream(path)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
