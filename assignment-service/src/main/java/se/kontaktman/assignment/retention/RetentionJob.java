package se.kontaktman.assignment.retention;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import se.kontaktman.assignment.cases.CaseView;
import se.kontaktman.assignment.cases.api.CaseCommands.DestroyCaseRecordsCommand;
import se.kontaktman.assignment.clients.Client;
import se.kontaktman.assignment.clients.ClientRegistry;
import se.kontaktman.assignment.clients.OpenCaseClaims;
import se.kontaktman.platform.views.RebuildProgress;
import se.kontaktman.platform.views.ViewRebuild;

/**
 * Gallring, every night: each client whose cases are all closed and whose last entry is older
 * than the retention time ({@link RetentionRule}) loses their personal data (their key first:
 * crypto-shredding) and each of their cases is marked destroyed, which is published
 * ({@code CaseRecordsDestroyed}) so that plan-service destroys the plans' text too. What it
 * destroyed is logged by case id (random ids, no personal data) and counted in
 * {@code kontaktman.retention.cases.destroyed}. Safe to run again and on several instances at once:
 * a case destroyed twice is one event, a key destroyed twice is one deletion.
 */
@Component
public class RetentionJob {

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    /**
     * What one run did. {@code clientsKept}: past their time but kept, for research (born on a kept
     * day) or because a case of theirs is LSS; {@code skipped} says why a run did nothing.
     */
    public record Report(LocalDate ranOn, List<String> destroyedCases, int clientsKept, String skipped) {
    }

    private final MongoTemplate mongo;
    private final ClientRegistry clients;
    private final OpenCaseClaims claims;
    private final ObjectProvider<ViewRebuild> rebuilds;
    private final CommandGateway commands;
    private final RetentionRule rule;
    private final Clock clock;
    private final Counter destroyed;
    private final AtomicInteger keptForResearch = new AtomicInteger();
    private final AtomicReference<Report> last = new AtomicReference<>();

    RetentionJob(MongoTemplate mongo, ClientRegistry clients, OpenCaseClaims claims, ObjectProvider<ViewRebuild> rebuilds,
                 CommandGateway commands, RetentionRule rule, Clock clock, MeterRegistry meters) {
        this.mongo = mongo;
        this.clients = clients;
        this.claims = claims;
        this.rebuilds = rebuilds;
        this.commands = commands;
        this.rule = rule;
        this.clock = clock;
        this.destroyed = Counter.builder("kontaktman.retention.cases.destroyed")
                .description("Cases whose records were destroyed when their retention time ended (gallring)")
                .register(meters);
        meters.gauge("kontaktman.retention.clients.kept", keptForResearch);
    }

    @Scheduled(cron = "${kontaktman.retention.cron:0 30 2 * * *}", zone = "Europe/Stockholm")
    void nightly() {
        run();
    }

    /** The last run's report, if one ran since the service started. */
    public Optional<Report> lastReport() {
        return Optional.ofNullable(last.get());
    }

    public synchronized Report run() {
        LocalDate today = LocalDate.now(clock);
        ViewRebuild rebuild = rebuilds.getIfAvailable();
        if (rebuild != null && rebuild.progress().state() == RebuildProgress.State.RUNNING) {
            // The case views are being refilled: a client's recent case may not be back yet.
            Report report = new Report(today, List.of(), 0, "the views are being rebuilt");
            last.set(report);
            log.info("Gallring {}: not run while the views are rebuilt", today);
            return report;
        }
        Set<String> due = new LinkedHashSet<>();
        mongo.find(query(where("status").is(CaseView.Status.CLOSED).and("recordsDestroyedOn").is(null)
                        .and("lastEntryOn").lte(rule.lastEntryEndedBy(today))), CaseView.class)
                .forEach(view -> due.add(view.clientId()));
        List<String> destroyedCases = new ArrayList<>();
        int kept = 0;
        for (String clientId : due) {
            if (!claims.claimForGallring(clientId, clock.instant())) {
                continue; // another instance is on this client
            }
            try {
                // Checked after the claim: an opening claims first and checks for this one after.
                List<CaseView> cases = mongo.find(query(where("clientId").is(clientId)), CaseView.class);
                if (claims.openFor(clientId) || !allEnded(cases, today)) {
                    continue; // SoL 12 kap. 1 §: not while anything else of the same person is kept
                }
                Optional<Client> client = clients.find(clientId);
                if (cases.stream().anyMatch(c -> rule.keptForGood(c.careProfile()))
                        || client.isPresent() && rule.keptForResearch(client.get().identityNumber())) {
                    kept++;
                    continue;
                }
                clients.destroy(clientId);
                for (CaseView view : cases) {
                    if (view.recordsDestroyedOn() == null) {
                        destroy(view.caseId(), today);
                        destroyedCases.add(view.caseId());
                    }
                }
            } finally {
                claims.releaseGallring(clientId);
            }
        }
        destroyed.increment(destroyedCases.size());
        keptForResearch.set(kept);
        Report report = new Report(today, List.copyOf(destroyedCases), kept, null);
        last.set(report);
        log.info("Gallring {}: the records of {} case(s) destroyed {}; {} client(s) past their retention time kept "
                + "(for research, or LSS)", today, destroyedCases.size(), destroyedCases, kept);
        return report;
    }

    private boolean allEnded(List<CaseView> cases, LocalDate today) {
        if (cases.stream().anyMatch(c -> c.status() != CaseView.Status.CLOSED || c.lastEntryOn() == null)) {
            return false;
        }
        return cases.stream().map(CaseView::lastEntryOn).max(Comparator.naturalOrder())
                .map(lastEntry -> rule.ended(lastEntry, today)).orElse(false);
    }

    private void destroy(String caseId, LocalDate today) {
        try {
            commands.sendAndWait(new DestroyCaseRecordsCommand(caseId, today));
        } catch (ConcurrencyException anotherInstance) {
            // Another instance destroyed it at the same moment: one event either way.
        }
    }
}
