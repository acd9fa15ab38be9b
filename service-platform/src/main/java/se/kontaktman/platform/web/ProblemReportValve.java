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
        if (status == RefusalStatus.INVALID_INPUT.httpStatus()) {
            return Problems.json(RefusalStatus.INVALID_INPUT, "the web server refused the request before reading it:"
                    + " its address or headers break HTTP's rules (an encoded NUL or slash in the path, a character a"
                    + " query may not hold, headers over 8 KB)", RULE);
        }
        return Problems.json(status, "web-server", "Refused by the web server",
                "the web server could not answer the request", RULE);
    }
}
