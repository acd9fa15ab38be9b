package se.kontaktman.assignment.retention;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.stereotype.Component;

/**
 * For operations (a token with the role OPERATIONS, as the whole actuator): {@code GET
 * /actuator/retention} shows the last run of the nightly gallring, {@code POST} runs it now (after
 * moving the clock in a demo, or to see what tonight's run would do: it does it).
 */
@Component
@Endpoint(id = "retention")
class RetentionEndpoint {

    private final RetentionJob job;

    RetentionEndpoint(RetentionJob job) {
        this.job = job;
    }

    @ReadOperation
    RetentionJob.Report lastRun() {
        return job.lastReport().orElse(null);
    }

    @WriteOperation
    RetentionJob.Report runNow() {
        return job.run();
    }
}
