package se.kontaktman.reminder.days;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import se.kontaktman.reminder.agenda.Agenda;
import se.kontaktman.reminder.agenda.TickProgress;
import se.kontaktman.reminder.facts.FactsBacklog;
import se.kontaktman.reminder.rebuild.FactsRebuild;
import se.kontaktman.reminder.keeper.CaseKeeper;
import se.kontaktman.reminder.organisation.Organisation;

/**
 * The passing of days: every day not yet worked through, up to today on the business clock, the
 * cases on its agenda are kept as of that day (the stages they reached by then published), oldest
 * day first, so that what fell due while no instance ran is published, in the order it fell due.
 * Instances share the work by claiming a day's shards; a day counts as worked through once no
 * shard of it is left. A day is worked only once the facts published before the tick began have
 * been read.
 */
@Component
public class Ticker {

    private static final Logger log = LoggerFactory.getLogger(Ticker.class);
    private static final int CASES_AT_A_TIME = 1_000;

    private final Agenda agenda;
    private final TickProgress progress;
    private final CaseKeeper keeper;
    private final Organisation organisation;
    private final FactsBacklog backlog;
    private final FactsRebuild rebuild;
    private final Clock clock;
    private final Duration claimFor;
    private final Duration tickEvery;
    private final Timer ticks;
    private final String instance = UUID.randomUUID().toString();

    Ticker(Agenda agenda, TickProgress progress, CaseKeeper keeper, Organisation organisation, FactsBacklog backlog,
           FactsRebuild rebuild, Clock clock, MeterRegistry meters, @Value("${kontaktman.reminder.claim-for:PT2M}") Duration claimFor,
           @Value("${kontaktman.reminder.tick-every:PT1M}") Duration tickEvery) {
        this.agenda = agenda;
        this.progress = progress;
        this.keeper = keeper;
        this.organisation = organisation;
        this.backlog = backlog;
        this.rebuild = rebuild;
        this.clock = clock;
        this.claimFor = claimFor;
        this.tickEvery = tickEvery;
        this.ticks = Timer.builder("kontaktman.reminder.tick").description("Ticks that worked the agenda")
                .register(meters);
    }

    /**
     * What a tick did; {@code factsBehind} when it did nothing because facts published before it
     * began were still unread (the next tick tries again).
     */
    public record Result(List<LocalDate> daysWorked, int casesKept, int stagesPublished, Duration took,
                         boolean factsBehind) {

        static Result waiting(boolean factsBehind) {
            return new Result(List.of(), 0, 0, Duration.ZERO, factsBehind);
        }

        /** Did nothing, waiting for the organisation or for facts. */
        boolean waited() {
            return daysWorked.isEmpty();
        }
    }

    @Scheduled(fixedDelayString = "${kontaktman.reminder.tick-every:PT1M}",
            initialDelayString = "${kontaktman.reminder.first-tick-after:PT5S}")
    public void onSchedule() {
        // Waiting for the organisation or for facts is tried again every second, not a tick later.
        Result result = tick();
        long giveUpAt = System.nanoTime() + tickEvery.toNanos();
        while (result.waited() && System.nanoTime() < giveUpAt) {
            try {
                Thread.sleep(1_000);
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
                return;
            }
            result = tick();
        }
        if (result.casesKept() > 0) {
            log.info("Worked {}: {} cases kept, {} stages published in {} ms", result.daysWorked(),
                    result.casesKept(), result.stagesPublished(), result.took().toMillis());
        }
    }

    /**
     * Days are counted from the service's first start, not its first tick: what is put on the
     * agenda from then on is worked, however soon the service is stopped again.
     */
    @EventListener(ApplicationStartedEvent.class)
    void startCountingDays() {
        progress.workedThrough(LocalDate.now(clock));
    }


    /** Works through every day up to today; nothing before the organisation has been read. */
    public synchronized Result tick() {
        long started = System.nanoTime();
        List<LocalDate> worked = new ArrayList<>();
        int cases = 0;
        int stages = 0;
        if (!organisation.isCaughtUp()) {
            return Result.waiting(false);
        }
        if (rebuild.underWay()) {
            // Half-rebuilt case files would remind of what was done long ago.
            return Result.waiting(true);
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate through = progress.workedThrough(today);
        if (!backlog.readUpToWhenAsked()) {
            return Result.waiting(true);
        }
        for (LocalDate day = through.plusDays(1); !day.isAfter(today); day = day.plusDays(1)) {
            for (int shard : agenda.shardsWithCases(day)) {
                Instant now = Instant.now();
                Optional<Set<String>> claimed = agenda.claim(day, shard, instance, now, now.plus(claimFor));
                if (claimed.isPresent()) {
                    List<String> caseIds = List.copyOf(claimed.get());
                    for (int from = 0; from < caseIds.size(); from += CASES_AT_A_TIME) {
                        Instant renewed = Instant.now();
                        if (from > 0 && !agenda.renew(day, shard, instance, renewed, renewed.plus(claimFor))) {
                            break; // the claim ran out and another instance took the shard
                        }
                        Set<String> chunk = Set.copyOf(caseIds.subList(from,
                                Math.min(caseIds.size(), from + CASES_AT_A_TIME)));
                        stages += keeper.keepAsOf(day, chunk);
                        cases += chunk.size();
                    }
                    agenda.done(day, shard, instance, caseIds);
                }
            }
            if (!agenda.shardsWithCases(day).isEmpty()) {
                break; // another instance is still at it; the next tick carries on from here
            }
            worked.add(day);
            if (day.isBefore(today)) {
                // Today is never done: cases put on it later in the day are worked by the next tick.
                progress.workedThrough(day, day.minusDays(1));
                agenda.forget(day);
            }
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        ticks.record(took);
        return new Result(worked, cases, stages, took, false);
    }
}
