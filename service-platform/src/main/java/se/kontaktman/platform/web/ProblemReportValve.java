package se.kontaktman.platform.web;

import java.io.IOException;
import java.io.PrintWriter;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import se.kontaktman.platform.rules.RefusalStatus;

/**
 * What the web server answers by itself, before a request reaches Spring (an encoded NUL or slash
 * in the path, a character a query may not hold, headers over the limit): problem details with
 * the rule {@code readable-request}, like every other refusal, instead of Tomcat's HTML page. The
 * request's own text is never quoted back.
 */
public class ProblemReportValve extends ErrorReportValve {

    static final String RULE = "readable-request";

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        // As Tomcat's own: only an error no one has written an answer for, and only once.
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            PrintWriter writer = response.getReporter();
            if (writer != null) {
                writer.write(problem(status));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The connection is gone or the answer under way: nothing more to say on it.
        }
    }

    static String problem(int status) {
        boolean refused = status == RefusalStatus.INVALID_INPUT.httpStatus();
        String type = refused ? RefusalStatus.INVALID_INPUT.problemType() : "web-server";
        String title = refused ? RefusalStatus.INVALID_INPUT.title() : "Refused by the web server";
        String detail = status == 400 || status == 431 || status == 414
                ? "the web server refused the request before reading it: its address or headers break HTTP's rules"
                + " (an encoded NUL or slash in the path, a character a query may not hold, headers over 8 KB)"
                : "the web server could not answer the request";
        return "{\"type\":\"urn:se.kontaktman:problem:" + type + "\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\",\"rule\":\"" + RULE + "\"}";
    }
}
