package se.kontaktman.platform.web;

import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.mongodb.MongoException;
import org.axonframework.common.AxonException;
import org.axonframework.messaging.interceptors.JSR303ViolationException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import se.kontaktman.platform.mongo.StoreFailures;
import se.kontaktman.platform.rules.CommonRule;
import se.kontaktman.platform.rules.FieldError;
import se.kontaktman.platform.rules.NotFoundException;
import se.kontaktman.platform.rules.Refusal;
import se.kontaktman.platform.rules.RefusalStatus;
import tools.jackson.databind.DatabindException;

/**
 * Every refusal as RFC 9457 problem details with an {@code errors} list of
 * {@code {field, rule, message}}; a refusal by one rule also names it at the top ({@code rule}).
 * Messages never echo the refused values: they may be a personnummer or a name.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);
    /** Seconds; about the driver's server selection timeout, in which a restarted MongoDB is found again. */
    static final String RETRY_AFTER = "5";

    @ExceptionHandler(Refusal.class)
    ResponseEntity<ProblemDetail> refused(Refusal refusal) {
        RefusalStatus status = refusal.rule().status();
        ProblemDetail problem = problem(status, List.of(refusal.error()));
        problem.setProperty("rule", refusal.rule().id());
        return ResponseEntity.status(status.httpStatus()).body(problem);
    }

    /** Commands are validated on dispatch against the constraints on their records. */
    /** Data whose key was destroyed at the end of its retention time, read between the two steps of gallring. */
    @ExceptionHandler(se.kontaktman.platform.protection.DataGoneException.class)
    ResponseEntity<ProblemDetail> destroyed(se.kontaktman.platform.protection.DataGoneException e) {
        return refused(new Refusal(se.kontaktman.platform.rules.CommonRule.RETENTION_ENDED, "caseId",
                "the data was destroyed when its retention time ended"));
    }

    @ExceptionHandler(JSR303ViolationException.class)
    ProblemDetail invalidCommand(JSR303ViolationException e) {
        return problem(RefusalStatus.INVALID_INPUT, e.getViolations().stream()
                .map(v -> new FieldError(v.getPropertyPath().toString(),
                        v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName(), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList());
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return notFound(e.getMessage());
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail aggregateNotFound(AggregateNotFoundException e) {
        return notFound("nothing with id " + e.getAggregateIdentifier());
    }

    @ExceptionHandler({ConcurrencyException.class, ConflictingModificationException.class})
    ProblemDetail concurrentChange(RuntimeException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "The case was changed by another request; read it again and retry.");
        problem.setType(URI.create("urn:se.kontaktman:problem:concurrent-change"));
        problem.setTitle("Changed by someone else");
        return problem;
    }

    /**
     * MongoDB away (stopped, unreachable, failing over) is not the request's fault: 503 with
     * Retry-After, never a 500. It comes as the driver's exception (Axon's event store uses the
     * driver directly), as Spring's translation of it, or wrapped by Axon or a transaction; anything
     * else of these types is not ours to answer and goes on to the default handling.
     */
    @ExceptionHandler({MongoException.class, DataAccessResourceFailureException.class, AxonException.class,
            TransactionException.class})
    ResponseEntity<ProblemDetail> storeUnavailable(RuntimeException e) {
        if (!StoreFailures.isUnavailable(e)) {
            throw e;
        }
        // The root cause's type and message, so a slow query's timeout can be told from an outage:
        // the driver's messages name hosts and timeouts, never request data.
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        log.warn("MongoDB unavailable, answered 503: {} ({}: {})", e.getClass().getSimpleName(),
                root.getClass().getName(), root.getMessage());
        ProblemDetail problem = problem(RefusalStatus.UNAVAILABLE, List.of());
        problem.setDetail("The service cannot reach its database. What was asked may or may not have been "
                + "stored: read it again before repeating it.");
        problem.setProperty("rule", CommonRule.STORE_AVAILABLE.id());
        return ResponseEntity.status(RefusalStatus.UNAVAILABLE.httpStatus())
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER).body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(problem(RefusalStatus.INVALID_INPUT, e.getBindingResult()
                .getFieldErrors().stream()
                .map(f -> new FieldError(f.getField(), f.getCode(), f.getDefaultMessage()))
                .toList()));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof RequestSizeLimit.TooLarge) {
                // A body sent in chunks passed the limit while it was read (RequestSizeLimit).
                return ResponseEntity.status(RefusalStatus.TOO_LARGE.httpStatus()).body(problem(RefusalStatus.TOO_LARGE,
                        List.of(new FieldError("body", RequestSizeLimit.RULE, "is over the limit"))));
            }
        }
        String field = e.getCause() instanceof DatabindException databind && !databind.getPath().isEmpty()
                ? fieldOf(databind) : "body";
        // The parser's own message can quote the value; say only where and what kind of error.
        FieldError error = e.getCause() instanceof TextWithoutControlCharacters.ControlCharacter
                ? new FieldError(field, CommonRule.NO_CONTROL_CHARACTERS.id(),
                        "must hold no control characters (tabs and line breaks are fine)")
                : new FieldError(field, CommonRule.READABLE_JSON.id(),
                        "must be JSON of the documented shape (wrong type, unknown value or malformed JSON)");
        return ResponseEntity.badRequest().body(problem(RefusalStatus.INVALID_INPUT, List.of(error)));
    }

    /**
     * What Spring refuses by itself, answered like every other refusal: a parameter missing or not
     * of its type (400), a path no endpoint has (404), a method or media type an endpoint does not
     * take. Spring's own body has no {@code type}, which the API document's {@code ProblemDetail}
     * requires, and its detail quotes the value or the path, which may be a personnummer: this one
     * names at most the parameter.
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        ProblemDetail problem;
        if (status.value() == HttpStatus.NOT_FOUND.value()) {
            problem = notFound("nothing at this path");
        } else if (status.value() == RefusalStatus.INVALID_INPUT.httpStatus()) {
            problem = problem(RefusalStatus.INVALID_INPUT, invalidRequest(e));
        } else {
            // Spring's detail here names a method or a media type; for an unsupported Content-Type it
            // quotes the request's, which is replaced by what the endpoint takes.
            problem = body instanceof ProblemDetail given ? given
                    : e instanceof ErrorResponse response ? response.getBody() : ProblemDetail.forStatus(status);
            if (e instanceof HttpMediaTypeNotSupportedException unsupported) {
                problem.setDetail("The body must be sent as " + MediaType.toString(unsupported.getSupportedMediaTypes())
                        + ".");
            }
            if (problem.getType() == null || "about:blank".equals(problem.getType().toString())) {
                HttpStatus known = HttpStatus.resolve(status.value());
                problem.setType(URI.create("urn:se.kontaktman:problem:" + (known == null ? "http-" + status.value()
                        : known.name().toLowerCase(Locale.ROOT).replace('_', '-'))));
            }
        }
        return super.handleExceptionInternal(e, problem, headers, status, request);
    }

    /** The parameter Spring found missing or not of its type, where it says which. */
    private static List<FieldError> invalidRequest(Exception e) {
        if (e instanceof MissingServletRequestParameterException missing) {
            return List.of(new FieldError(missing.getParameterName(), CommonRule.NOT_NULL.id(), "is required"));
        }
        if (e instanceof MissingRequestHeaderException missing) {
            return List.of(new FieldError(missing.getHeaderName(), CommonRule.NOT_NULL.id(), "is required"));
        }
        if (e instanceof TypeMismatchException mismatch && mismatch.getPropertyName() != null) {
            return List.of(new FieldError(mismatch.getPropertyName(), CommonRule.READABLE_PARAMETER.id(),
                    "must be of the documented type (a date as 2026-11-23, a month as 2026-11)"));
        }
        return List.of(new FieldError("request", CommonRule.READABLE_PARAMETER.id(),
                "must be of the documented shape"));
    }

    /** Where in the body, named as Bean Validation names a field: {@code interventions[0].how}. */
    static String fieldOf(DatabindException e) {
        StringBuilder field = new StringBuilder();
        e.getPath().forEach(ref -> {
            if (ref.getPropertyName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(ref.getPropertyName());
            } else {
                field.append('[').append(ref.getIndex()).append(']');
            }
        });
        return field.toString();
    }

    /** Also the answer of the functional endpoints ({@link EventDocuments}), which no advice reaches. */
    static ProblemDetail notFound(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, detail);
        problem.setType(URI.create("urn:se.kontaktman:problem:not-found"));
        problem.setTitle("Not found");
        return problem;
    }

    private static ProblemDetail problem(RefusalStatus status, List<FieldError> errors) {
        ProblemDetail problem = ProblemDetail.forStatus(status.httpStatus());
        problem.setType(URI.create("urn:se.kontaktman:problem:" + status.problemType()));
        problem.setTitle(status.title());
        if (!errors.isEmpty()) {
            problem.setDetail(errors.stream().map(err -> err.field() + ": " + err.message())
                    .collect(Collectors.joining("; ")));
            problem.setProperty("errors", errors);
        }
        return problem;
    }
}
