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
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Operations at a glance: the last nightly run of every district in {@code /actuator/health} (down when it failed),
 * the solver jobs running on this instance as the metric {@code sanitation.solver.jobs.running}, and the districts
 * whose last nightly run failed as {@code sanitation.nightly.districts.failed} (alert when above 0).
 */
@Component("nightly")
class NightlyHealth implements HealthIndicator, MeterBinder {

    private final DistrictRepository districts;
    private final PlanRepository plans;
    private final LiveSolving solving;

    NightlyHealth(DistrictRepository districts, PlanRepository plans, LiveSolving solving) {
        this.districts = districts;
        this.plans = plans;
        this.solving = solving;
    }

    @Override
    public Health health() {
        Map<String, Object> details = new LinkedHashMap<>();
        boolean failed = false;
        for (District district : districts.findAll()) {
            List<SolverRun> runs = plans.runsOfDistrict(district.id(), NightlyReplanJob.TRIGGER);
            if (runs.isEmpty()) {
                details.put(district.id(), "no nightly run yet");
                continue;
            }
            SolverRun last = runs.get(runs.size() - 1);
            failed |= "FAILED".equals(last.outcome().name());
            details.put(
                    district.id(),
                    Map.of(
                            "outcome", last.outcome().name(),
                            "startedAt", String.valueOf(last.startedAt()),
                            "score", String.valueOf(last.bestScore())));
        }
        return (failed ? Health.down() : Health.up()).withDetails(details).build();
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
