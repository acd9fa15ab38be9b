package se.kontaktman.platform;

import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;

import org.axonframework.messaging.interceptors.JSR303ViolationException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.DatabindException;

/**
 * Every refusal as RFC 9457 problem details with an {@code errors} list of
 * {@code {field, rule, message}}. Messages never echo the refused values: they may be a
 * personnummer or a name.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalidInput(InvalidInputException e) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input", e.errors());
    }

    /** Commands are validated on dispatch against the constraints on their records. */
    @ExceptionHandler(JSR303ViolationException.class)
    ProblemDetail invalidCommand(JSR303ViolationException e) {
        List<FieldError> errors = e.getViolations().stream()
                .map(v -> new FieldError(v.getPropertyPath().toString(),
                        v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName(), v.getMessage()))
                .sorted(java.util.Comparator.comparing(FieldError::field))
                .toList();
        return problem(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input", errors);
    }

    @ExceptionHandler(UnprocessableException.class)
    ProblemDetail unprocessable(UnprocessableException e) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "unprocessable", "Breaks a rule",
                List.of(e.error()));
        problem.setProperty("rule", e.error().rule());
        return problem;
    }

    @ExceptionHandler(UnauthenticatedException.class)
    ProblemDetail unauthenticated(UnauthenticatedException e) {
        ProblemDetail problem = problem(HttpStatus.UNAUTHORIZED, "unauthenticated", "Who is asking?",
                List.of(e.error()));
        problem.setProperty("rule", e.error().rule());
        return problem;
    }

    @ExceptionHandler(ForbiddenException.class)
    ProblemDetail forbidden(ForbiddenException e) {
        ProblemDetail problem = problem(HttpStatus.FORBIDDEN, "forbidden", "Not allowed", List.of(e.error()));
        problem.setProperty("rule", e.error().rule());
        return problem;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        ProblemDetail problem = problem(HttpStatus.NOT_FOUND, "not-found", "Not found", List.of());
        problem.setDetail(e.getMessage());
        return problem;
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail aggregateNotFound(AggregateNotFoundException e) {
        ProblemDetail problem = problem(HttpStatus.NOT_FOUND, "not-found", "Not found", List.of());
        problem.setDetail("nothing with id " + e.getAggregateIdentifier());
        return problem;
    }

    @ExceptionHandler(RuleViolationException.class)
    ProblemDetail ruleViolation(RuleViolationException e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "rule-violation", "Refused by a rule", List.of(e.error()));
        problem.setProperty("rule", e.error().rule());
        return problem;
    }

    @ExceptionHandler({ConcurrencyException.class, ConflictingModificationException.class})
    ProblemDetail concurrentChange(RuntimeException e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "concurrent-change", "Changed by someone else", List.of());
        problem.setDetail("The case was changed by another request; read it again and retry.");
        return problem;
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new FieldError(f.getField(), f.getCode(), f.getDefaultMessage()))
                .toList();
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input", errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = "body";
        if (e.getCause() instanceof DatabindException databind && !databind.getPath().isEmpty()) {
            field = databind.getPath().stream()
                    .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining("."));
        }
        // The parser's own message can quote the value; say only where and what kind of error.
        FieldError error = new FieldError(field, "readable-json",
                "must be JSON of the documented shape (wrong type, unknown value or malformed JSON)");
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input",
                List.of(error)));
    }

    static ProblemDetail problem(HttpStatus status, String slug, String title, List<FieldError> errors) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create("urn:se.kontaktman:problem:" + slug));
        problem.setTitle(title);
        if (!errors.isEmpty()) {
            problem.setDetail(errors.stream().map(err -> err.field() + ": " + err.message())
                    .collect(Collectors.joining("; ")));
            problem.setProperty("errors", errors);
        }
        return problem;
    }
}
