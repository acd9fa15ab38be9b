package se.kontaktman.reporting.overviews;

import java.net.URI;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import se.kontaktman.reporting.projection.ProjectionNotReady;

/** 503 with Retry-After while nothing answers: also for the access check, which needs the projection's organisation. */
@RestControllerAdvice
class NotReadyAdvice {

    @ExceptionHandler(ProjectionNotReady.class)
    ResponseEntity<ProblemDetail> notReady(ProjectionNotReady e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
        problem.setTitle("Not ready");
        problem.setType(URI.create("urn:se.kontaktman:problem:projection-being-built"));
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "10")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
