package city.sanitation.app.whatif;

import city.sanitation.app.infra.BadRequestException;
import city.sanitation.app.infra.ConflictException;
import city.sanitation.app.planning.LiveSolving;
import city.sanitation.app.planning.Plan;
import city.sanitation.app.planning.PlanDocuments;
import city.sanitation.app.planning.PlanRepository;
import city.sanitation.app.planning.PlanVersion;
import city.sanitation.app.planning.Plans;
import city.sanitation.app.planning.SolveRequest;
import city.sanitation.app.planning.SolverRun;
import city.sanitation.app.weather.ForecastSnapshots;
import city.sanitation.weather.Forecast;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What-if plans: a base plan's day planned again under a changed forecast, for a manager to compare the two. A what-if
 * plan is a plan of its own, solved as a queued job like any other; it is never published and the nightly job never
 * makes one, so crews never see it.
 */
@Service
class WhatIfPlans {

    static final String TRIGGER = "WHAT_IF";

    private final PlanRepository repository;
    private final Plans plans;
    private final LiveSolving solving;
    private final ForecastSnapshots snapshots;
    private final PlanDocuments documents;

    WhatIfPlans(
            PlanRepository repository,
            Plans plans,
            LiveSolving solving,
            ForecastSnapshots snapshots,
            PlanDocuments documents) {
        this.repository = repository;
        this.plans = plans;
        this.solving = solving;
        this.snapshots = snapshots;
        this.documents = documents;
    }

    /**
     * A what-if plan made and queued for solving.
     *
     * @param baseVersion the version of the base plan it is compared with
     */
    record WhatIf(Plan plan, SolverRun run, long basePlanId, int baseVersion) {}

    /** Makes the what-if plan of the base plan's day and queues its solve; nothing is stored when it is refused. */
    @Transactional
    WhatIf create(long basePlanId, WhatIfRequest request, String actor) {
        Plan base = repository.plan(basePlanId);
        if (request == null) {
            throw new BadRequestException(
                    "body", "is required: {\"kind\": \"snow\", \"start\", \"hours\", \"depthCm\"}");
        }
        PlanVersion version = baseVersion(base, request.baseVersion());
        Forecast baseForecast = version.forecast() == null
                ? Forecast.NONE
                : snapshots.forecast(version.forecast().digest());
        Forecast forecast = WhatIfForecasts.of(
                request, baseForecast, "version (" + version.version() + ") of plan (" + base.id() + ")");
        String digest = snapshots.store(forecast).orElseThrow();
        Plan plan = plans.createWhatIf(base, digest, documents.write(scenario(request, version)), actor);
        SolverRun run = solving.start(plan.id(), TRIGGER, SolveRequest.fresh(actor));
        return new WhatIf(plan, run, base.id(), version.version());
    }

    private PlanVersion baseVersion(Plan base, Integer wanted) {
        List<PlanVersion> versions = repository.versions(base.id());
        if (versions.isEmpty()) {
            throw new ConflictException("The plan (" + base.id() + ") has no version yet to compare a what-if with.\n"
                    + "Maybe solve it first: POST /api/plans/" + base.id() + "/solve.");
        }
        if (wanted == null) {
            return versions.get(versions.size() - 1);
        }
        return versions.stream()
                .filter(version -> version.version() == wanted)
                .findFirst()
                .orElseThrow(() -> new BadRequestException(
                        "baseVersion",
                        "The plan (" + base.id() + ") has no version (" + wanted + "); its versions are 1 to "
                                + versions.get(versions.size() - 1).version()
                                + ".\nMaybe leave it out for the newest."));
    }

    /** The question as asked, kept with the plan (a whole forecast is kept as the plan's forecast). */
    private static Map<String, Object> scenario(WhatIfRequest request, PlanVersion base) {
        Map<String, Object> scenario = new LinkedHashMap<>();
        scenario.put("baseVersion", base.version());
        scenario.put("kind", request.kind().toLowerCase(java.util.Locale.ROOT));
        if (request.start() != null) {
            scenario.put("start", request.start().toString());
        }
        if (request.hours() != null) {
            scenario.put("hours", request.hours());
        }
        if (request.depthCm() != null) {
            scenario.put("depthCm", request.depthCm());
        }
        if (request.mmPerHour() != null) {
            scenario.put("mmPerHour", request.mmPerHour());
        }
        if (request.degreesC() != null) {
            scenario.put("degreesC", request.degreesC());
        }
        return scenario;
    }
}
