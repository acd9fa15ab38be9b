package se.kontaktman.suite;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One local suite for every browser test class of a run (starting one takes longer than most of
 * the tests), started by the first class that needs it and stopped when the run ends. Each test
 * opens the cases it works on, so the classes do not depend on each other's data.
 */
final class BrowserSuite implements BeforeAllCallback {

    static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    static final HttpClient HTTP = HttpClient.newHttpClient();

    private static LocalSuite suite;

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .computeIfAbsent(BrowserSuite.class, key -> new Running(), Running.class);
    }

    static LocalSuite suite() {
        return suite;
    }

    static String gateway() {
        return "http://localhost:" + suite.gatewayPort();
    }

    /** A home-care or LSS case of the group Solbacken, opened by its planner with both contact persons. */
    static String openCase(String personnummer, String name, String careProfile, String primary, String substitute)
            throws Exception {
        String planner = suite.signIn("pia.planerare");
        HttpResponse<String> opened = call(suite.assignmentPort(), "POST", "/cases", planner, """
                {"personnummer":"%s","name":"%s","staffGroupId":"solbacken","careProfile":"%s","startDate":"%s"}"""
                .formatted(personnummer, name, careProfile, LocalDate.now(STOCKHOLM)));
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        Matcher id = Pattern.compile("\"caseId\":\"([^\"]+)\"").matcher(opened.body());
        assertThat(id.find()).isTrue();
        HttpResponse<String> assigned = call(suite.assignmentPort(), "PUT", "/cases/" + id.group(1) + "/contact-persons",
                planner, "{\"primaryStaffId\":\"%s\",\"substituteStaffId\":\"%s\",\"effectiveFrom\":\"%s\"}"
                        .formatted(primary, substitute, LocalDate.now(STOCKHOLM)));
        assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(204);
        return id.group(1);
    }

    static HttpResponse<String> call(int port, String method, String path, String token, String body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The suite while the run lasts; JUnit closes it with the root context. */
    private static final class Running implements AutoCloseable {

        private final Path data;

        Running() {
            try {
                data = Files.createTempDirectory("browser-suite");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            suite = LocalSuite.start(new LocalSuite.Settings(data, 0, 0, 0, 0, 0, 0, 0,
                    "classpath:seed/organisation.json"));
        }

        @Override
        public void close() throws Exception {
            suite.close();
            suite = null;
            try (var files = Files.walk(data)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }
}
