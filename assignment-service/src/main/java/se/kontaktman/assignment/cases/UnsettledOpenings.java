package se.kontaktman.assignment.cases;

import java.time.Duration;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import se.kontaktman.assignment.clients.ClientRegistry;
import se.kontaktman.assignment.clients.OpenCaseClaims;
import se.kontaktman.platform.eventsourcing.ViewRepair;
import se.kontaktman.platform.mongo.StoreFailures;

/**
 * Openings of a case that failed after something was written: the client registered, the one open
 * case claimed, perhaps the case's events stored (MongoDB gone before its answer, or before the
 * views took them). Each is settled: if the case's events are stored the case was opened, and the
 * views are given them; otherwise the claim is released and a client registered for it forgotten.
 * What cannot be settled while MongoDB is away is tried again every {@code retry-every} until it is
 * back, so a 503 leaves nothing half-stored. Kept in memory: a process that dies with some unsettled
 * leaves a claim, released by the next opening for the client after a minute (OpenCaseService), and
 * views, caught up at the next start (ViewCatchUp); a client registered without its case stays.
 */
@Component
class UnsettledOpenings implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(UnsettledOpenings.class);

    /** What one request to open a case writes on the way. */
    record Opening(String caseId, String clientId, String staffGroupId, boolean clientCreated) {
    }

    private final Queue<Opening> unsettled = new ConcurrentLinkedQueue<>();
    private final ViewRepair views;
    private final OpenCaseClaims claims;
    private final ClientRegistry clients;
    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "unsettled-openings");
        thread.setDaemon(true);
        return thread;
    });

    UnsettledOpenings(ViewRepair views, OpenCaseClaims claims, ClientRegistry clients,
                      @Value("${kontaktman.assignment.settle-openings-every:PT2S}") Duration every) {
        this.views = views;
        this.claims = claims;
        this.clients = clients;
        retries.scheduleWithFixedDelay(this::retry, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Settles the failed opening now, or later if MongoDB is away; returns the failure to throw. */
    RuntimeException settle(Opening opening, RuntimeException failure) {
        try {
            settleNow(opening);
        } catch (RuntimeException notSettled) {
            if (!StoreFailures.isUnavailable(notSettled)) {
                failure.addSuppressed(notSettled);
                return failure;
            }
            unsettled.add(opening);
            log.warn("Opening of case {} left unsettled while MongoDB is away; settled once it is back",
                    opening.caseId());
        }
        return failure;
    }

    int count() {
        return unsettled.size();
    }

    /** Repeating it is harmless: each step is conditional. */
    private void settleNow(Opening opening) {
        if (views.catchUp(opening.caseId())) {
            return;
        }
        claims.release(opening.clientId(), opening.staffGroupId(), opening.caseId());
        // Unless a concurrent request has meanwhile claimed a case for the same person: that one needs it.
        if (opening.clientCreated() && !claims.anyFor(opening.clientId())) {
            clients.forget(opening.clientId());
        }
    }

    private void retry() {
        for (Opening opening = unsettled.peek(); opening != null; opening = unsettled.peek()) {
            try {
                settleNow(opening);
                unsettled.remove(opening);
                log.info("Opening of case {} settled", opening.caseId());
            } catch (RuntimeException e) {
                if (!StoreFailures.isUnavailable(e)) {
                    unsettled.remove(opening);
                    log.error("Opening of case {} could not be settled", opening.caseId(), e);
                }
                return;
            }
        }
    }

    @Override
    public void destroy() {
        retries.shutdownNow();
    }
}
