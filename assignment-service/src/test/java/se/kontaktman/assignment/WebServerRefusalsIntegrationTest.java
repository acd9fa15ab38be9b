package se.kontaktman.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.kontaktman.assignment.support.OrganisationFixture;
import se.kontaktman.platform.testing.ServiceIntegrationTest;

/**
 * Requests the web server refuses before Spring reads them, and bodies over the size limit, are
 * answered as every other refusal is: problem details, naming the rule, quoting nothing of the
 * request. Sent over a raw socket, as an HTTP client would not send them.
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

    @Test
    void aBodyThatSaysItIsOverTheLimitIsRefusedBeforeItIsRead() throws IOException {
        String answer = send("POST /cases HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + (2 * 1024 * 1024) + "\r\nConnection: close\r\n\r\n{\"name\":\"");

        assertThat(answer).startsWith("HTTP/1.1 413");
        assertThat(answer).containsIgnoringCase("Content-Type: application/problem+json")
                .contains("\"rule\":\"request-size-limit\"");
    }

    @Test
    void aBodySentInChunksIsRefusedOnceItPassesTheLimit() throws IOException {
        // A planner of a group: a body is read only for a request its sender may make.
        String[] signedIn = as(new OrganisationFixture().defineOver(http).plannerId);
        StringBuilder request = new StringBuilder("POST /cases HTTP/1.1\r\nHost: localhost\r\n" + signedIn[0] + ": "
                + signedIn[1] + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n"
                + "Connection: close\r\n\r\n");
        String chunk = "{\"name\":\"" + "a".repeat(64 * 1024 - 10);
        request.append(Integer.toHexString(chunk.length())).append("\r\n").append(chunk).append("\r\n");
        String more = "a".repeat(64 * 1024);
        for (int i = 0; i < 20; i++) { // 1.3 MB in all
            request.append(Integer.toHexString(more.length())).append("\r\n").append(more).append("\r\n");
        }
        request.append("2\r\n\"}\r\n0\r\n\r\n");

        String answer = send(request.toString());

        assertThat(answer).startsWith("HTTP/1.1 413");
        assertThat(answer).contains("\"rule\":\"request-size-limit\"").doesNotContain("aaaa");
    }

    /** What the server answered, read until it closes or says no more for a second. */
    private String send(String request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(1_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            long giveUp = System.nanoTime() + 15_000_000_000L;
            while (System.nanoTime() < giveUp) {
                try {
                    int n = in.read(buffer);
                    if (n < 0) {
                        break;
                    }
                    answer.write(buffer, 0, n);
                } catch (SocketTimeoutException quiet) {
                    if (answer.size() > 0) {
                        break;
                    }
                }
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }
}
