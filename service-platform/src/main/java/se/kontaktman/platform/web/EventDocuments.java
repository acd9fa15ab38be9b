package se.kontaktman.platform.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.servlet.function.RequestPredicate;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;
import se.kontaktman.events.AsyncApiDocuments;
import se.kontaktman.events.EventCatalog;
import se.kontaktman.events.EventSchemas;

/**
 * The AsyncAPI document of the topics the service publishes, {@code GET /asyncapi}, as kept in
 * shared-events, and the JSON Schemas the event catalogue publishes, {@code GET /schemas/<file>}:
 * each entry's {@code <Name>.v<n>.schema.json} and {@code cloudevent-envelope.schema.json} (the
 * document's relative {@code ../schemas/...} references resolve there). Any other name is 404
 * problem details, whatever else the classpath holds under {@code /schemas}. Open without a token,
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

    private static final MediaType SCHEMA_JSON = MediaType.valueOf("application/schema+json");

    @Bean
    RouterFunction<ServerResponse> eventDocument(@Value("${spring.application.name}") String service) {
        Optional<byte[]> document = AsyncApiDocuments.kept(service);
        if (document.isEmpty()) {
            return request -> Optional.empty(); // nothing to route: /asyncapi is 404
        }
        byte[] body = document.get();
        Map<String, byte[]> schemas = publishedSchemas();
        return RouterFunctions.route()
                .route(readOf(DOCUMENT), request -> ServerResponse.ok().contentType(MediaType.APPLICATION_JSON)
                        .cacheControl(CacheControl.noCache()).body(body))
                .route(readOf(SCHEMAS + "{file}"), request -> {
                    byte[] schema = schemas.get(request.pathVariable("file"));
                    if (schema == null) {
                        // As every 404: the detail quotes nothing of the request, the instance is its path.
                        ProblemDetail problem = ProblemDetailsAdvice.notFound("no schema of the event catalogue "
                                + "has that name");
                        problem.setInstance(URI.create(request.uri().getRawPath()));
                        return ServerResponse.status(HttpStatus.NOT_FOUND)
                                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
                    }
                    return ServerResponse.ok().contentType(SCHEMA_JSON).cacheControl(CacheControl.noCache())
                            .body(schema);
                })
                .build();
    }

    /** GET, and HEAD as well: link checkers and some tools ask with HEAD first (the container drops the body). */
    private static RequestPredicate readOf(String pattern) {
        return RequestPredicates.path(pattern)
                .and(RequestPredicates.method(HttpMethod.GET).or(RequestPredicates.method(HttpMethod.HEAD)));
    }

    /**
     * The schemas the catalogue publishes, by file name, read once at start: the answer can name
     * only these, and a catalogued schema missing from the jar stops the service rather than
     * leaving a reference of its document unresolved.
     */
    static Map<String, byte[]> publishedSchemas() {
        Map<String, byte[]> schemas = new HashMap<>();
        Stream.concat(EventCatalog.entries().stream().map(EventCatalog.Entry::schemaResource),
                Stream.of(EventSchemas.ENVELOPE)).forEach(resource -> {
                    if (!resource.startsWith(SCHEMAS) || resource.indexOf('/', SCHEMAS.length()) >= 0) {
                        throw new IllegalStateException("not a schema served under " + SCHEMAS + ": " + resource);
                    }
                    byte[] schema = resource(resource);
                    if (schema == null) {
                        throw new IllegalStateException("no " + resource + " on the classpath, though catalogued");
                    }
                    schemas.put(resource.substring(SCHEMAS.length()), schema);
                });
        return Map.copyOf(schemas);
    }

    private static byte[] resource(String path) {
        try (InputStream in = AsyncApiDocuments.class.getResourceAsStream(path)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
