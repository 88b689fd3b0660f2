package city.sanitation.app.nightly;

import city.sanitation.app.district.District;
import city.sanitation.app.district.DistrictRepository;
import city.sanitation.app.planning.LiveSolving;
import city.sanitation.app.planning.PlanRepository;
import city.sanitation.app.planning.SolverRun;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quartz.SchedulerException;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * Operations at a glance: the last nightly run of every district in {@code /actuator/health} (down when it failed;
 * {@link #DEGRADED} when a district's schedule is not registered), the solver jobs running on this instance as the
 * metric {@code sanitation.solver.jobs.running}, the districts whose last nightly run failed as
 * {@code sanitation.nightly.districts.failed} and those without a registered schedule as
 * {@code sanitation.nightly.districts.unscheduled} (alert when either is above 0).
 */
@Component("nightly")
class NightlyHealth implements HealthIndicator, MeterBinder {

    /**
     * A district gets no nightly plan while every other one does and the app serves them all: an operator must act,
     * but the instance must stay in its load balancer. Ordered between OUT_OF_SERVICE and UP in
     * {@code management.endpoint.health.status.order}, answered with HTTP 200.
     */
    static final Status DEGRADED = new Status("DEGRADED", "A district's nightly re-planning is not scheduled");

    private final DistrictRepository districts;
    private final PlanRepository plans;
    private final LiveSolving solving;
    private final NightlySchedule schedule;

    NightlyHealth(DistrictRepository districts, PlanRepository plans, LiveSolving solving, NightlySchedule schedule) {
        this.districts = districts;
        this.plans = plans;
        this.solving = solving;
        this.schedule = schedule;
    }

    @Override
    public Health health() {
        Map<String, Object> details = new LinkedHashMap<>();
        boolean failed = false;
        boolean unscheduled = false;
        for (District district : districts.findAll()) {
            List<SolverRun> runs = plans.runsOfDistrict(district.id(), NightlyReplanJob.TRIGGER);
            Object lastRun;
            if (runs.isEmpty()) {
                lastRun = "no nightly run yet";
            } else {
                SolverRun last = runs.get(runs.size() - 1);
                failed |= "FAILED".equals(last.outcome().name());
                lastRun = Map.of(
                        "outcome", last.outcome().name(),
                        "startedAt", String.valueOf(last.startedAt()),
                        "score", String.valueOf(last.bestScore()));
            }
            Optional<NightlyCron.Problem> problem = problem(district);
            unscheduled |= problem.isPresent();
            details.put(
                    district.id(),
                    problem.<Object>map(p -> Map.of(
                                    "scheduled",
                                    false,
                                    "problemKind",
                                    p.kind().name(),
                                    "problem",
                                    p.reason(),
                                    "lastRun",
                                    lastRun))
                            .orElse(lastRun));
        }
        Health.Builder health = failed ? Health.down() : unscheduled ? Health.status(DEGRADED) : Health.up();
        return health.withDetails(details).build();
    }

    private Optional<NightlyCron.Problem> problem(District district) {
        try {
            return schedule.problem(district);
        } catch (SchedulerException e) {
            throw new IllegalStateException("Cannot read the nightly trigger of district " + district.id(), e);
        }
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("sanitation.solver.jobs.running", solving, LiveSolving::runningJobs)
                .description("Solver jobs running on this instance")
                .register(registry);
        Gauge.builder("sanitation.nightly.districts.failed", this, NightlyHealth::districtsWhoseLastNightFailed)
                .description("Districts whose last nightly re-planning failed or was interrupted: no proposed plan"
                        + " for tomorrow")
                .register(registry);
        Gauge.builder(
                        "sanitation.nightly.districts.unscheduled",
                        this,
                        health -> districts.findAll().stream()
                                .filter(district -> health.problem(district).isPresent())
                                .count())
                .description("Districts whose stored nightly schedule Quartz does not fire: no nightly re-planning")
                .register(registry);
    }

    private double districtsWhoseLastNightFailed() {
        return districts.findAll().stream()
                .map(district -> plans.runsOfDistrict(district.id(), NightlyReplanJob.TRIGGER))
                .filter(runs -> !runs.isEmpty())
                .map(runs -> runs.get(runs.size() - 1).outcome().name())
                .filter(outcome -> outcome.equals("FAILED") || outcome.equals("INTERRUPTED"))
                .count();
    }
}
