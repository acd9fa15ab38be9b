package se.kontaktman.reporting.rebuild;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import se.kontaktman.platform.rules.Refusal;
import se.kontaktman.platform.security.Access;
import se.kontaktman.platform.security.Who;
import se.kontaktman.reporting.ReportingRule;
import se.kontaktman.reporting.projection.Generations;
import se.kontaktman.reporting.projection.ProjectionCache;

/**
 * The projection's state and its rebuild: {@code GET /projection} says which generation answers
 * and how far the one being built has come; {@code POST /projection/rebuilds} starts building the
 * next from the topics' beginning while the current one goes on answering.
 */
@RestController
class RebuildController {

    private final Generations generations;
    private final RebuildMonitor monitor;
    private final ProjectionCache cache;

    RebuildController(Generations generations, RebuildMonitor monitor, ProjectionCache cache) {
        this.generations = generations;
        this.monitor = monitor;
        this.cache = cache;
    }

    /**
     * @param answering the generation that answers (0 while the first is built)
     * @param inMemory  the generation this instance answers from (it loads a new one before using it)
     * @param building  the generation being built, 0 when none is
     */
    record ProjectionState(int answering, int inMemory, int building, RebuildMonitor.Progress progress) {
    }

    @Access(rule = "reads-the-projection-state", value = Who.SIGNED_IN)
    @GetMapping("/projection")
    ProjectionState state() {
        Generations.State state = generations.current();
        return new ProjectionState(state.active(), cache.answering().map(ProjectionCache.Loaded::generation)
                .orElse(0), state.building(), state.building() > 0 ? monitor.progress() : null);
    }

    @Access(rule = "rebuild-by-area-manager", value = Who.AREA_MANAGER)
    @PostMapping("/projection/rebuilds")
    @ResponseStatus(HttpStatus.ACCEPTED)
    ProjectionState rebuild() {
        try {
            generations.startRebuild();
        } catch (Generations.RebuildUnderWay underWay) {
            throw new Refusal(ReportingRule.ONE_REBUILD_AT_A_TIME, "rebuild",
                    "generation " + underWay.generation() + " is being built");
        }
        return state();
    }
}
