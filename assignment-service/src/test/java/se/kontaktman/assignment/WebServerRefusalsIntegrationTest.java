package se.kontaktman.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.kontaktman.platform.testing.ServiceIntegrationTest;

/**
 * Requests the web server refuses before Spring reads them are answered as every other refusal
 * is: problem details, naming the rule, quoting nothing of the request. Sent over a raw socket,
 * as an HTTP client would not send them.
 */
class WebServerRefusalsIntegrationTest extends ServiceIntegrationTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "GET /cases/%00 HTTP/1.1",                  // an encoded NUL in the path
            "GET /cases/a%2Fb HTTP/1.1",                // an encoded slash
            "GET /cases?[x=1 HTTP/1.1",                 // a character a query may not hold
            "GET /cases/%zz HTTP/1.1"})                 // not percent-encoding at all
    void aRequestLineTheWebServerRefusesIsAnsweredAsProblemDetails(String requestLine) throws IOException {
        String answer = send(requestLine + "\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 400");
        assertThat(answer).containsIgnoringCase("Content-Type: application/problem+json")
                .contains("\"rule\":\"readable-request\"", "\"status\":400").doesNotContain("<html", "%00", "%2F");
    }

    @ParameterizedTest
    @ValueSource(ints = {9 * 1024})
    void headersOverTheLimitAreAnsweredAsProblemDetails(int size) throws IOException {
        String answer = send("GET /cases HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "a".repeat(size)
                + "\r\nConnection: close\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 400");
        assertThat(answer).containsIgnoringCase("Content-Type: application/problem+json")
                .contains("\"rule\":\"readable-request\"").doesNotContain("<html", "aaaa");
    }

    private String send(String request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            return answer.toString(StandardCharsets.UTF_8);
        }
    }
}
