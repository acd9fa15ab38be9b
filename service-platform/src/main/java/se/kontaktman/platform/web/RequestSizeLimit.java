package se.kontaktman.platform.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import se.kontaktman.platform.rules.RefusalStatus;

/**
 * No request body over the limit ({@code kontaktman.web.max-request-body}, 1 MB by default: the
 * largest plan the API takes, every text at its longest, is well under it) is read: one that says
 * its length is refused at once, one sent in chunks when the limit is passed. Refused as problem
 * details, {@code 413} with the rule {@code request-size-limit}; the web server's own limit on
 * headers is 8 KB.
 */
class RequestSizeLimit extends OncePerRequestFilter {

    static final String RULE = "request-size-limit";

    private final long limit;

    RequestSizeLimit(DataSize limit) {
        this.limit = limit.toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > limit) {
            refuse(response);
            return;
        }
        // A JSON body over the limit is refused by the problem-details advice, which sees TooLarge as the
        // cause of the unreadable message; this catches a body read any other way.
        try {
            chain.doFilter(new Limited(request, limit), response);
        } catch (TooLarge overTheLimit) {
            if (!response.isCommitted()) {
                response.reset();
                refuse(response);
            }
        }
    }

    private void refuse(HttpServletResponse response) throws IOException {
        response.setStatus(RefusalStatus.TOO_LARGE.httpStatus());
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        // The rest of the body is not waited for: the answer goes now, and the connection with it.
        response.setHeader("Connection", "close");
        response.getWriter().write(Problems.json(RefusalStatus.TOO_LARGE, "the request body is over the limit of "
                + limit + " bytes", RULE));
        response.flushBuffer();
    }

    /** Thrown by the body's stream once more than the limit has been read. */
    static final class TooLarge extends IOException {
        TooLarge() {
            super("the request body is over the limit");
        }
    }

    /** The request, its body counted as it is read. */
    private static final class Limited extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream counted;

        Limited(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (counted == null) {
                ServletInputStream body = super.getInputStream();
                counted = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int b = body.read();
                        if (b >= 0 && ++read > limit) {
                            throw new TooLarge();
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        int n = body.read(buffer, offset, length);
                        if (n > 0 && (read += n) > limit) {
                            throw new TooLarge();
                        }
                        return n;
                    }

                    @Override
                    public boolean isFinished() {
                        return body.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return body.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        body.setReadListener(listener);
                    }
                };
            }
            return counted;
        }
    }
}
