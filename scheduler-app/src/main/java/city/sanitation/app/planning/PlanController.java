package city.sanitation.app.planning;

import city.sanitation.app.district.DistrictData;
import city.sanitation.app.infra.BadRequestException;
import city.sanitation.app.infra.NotFoundException;
import city.sanitation.app.security.CurrentAccount;
import city.sanitation.app.weather.ForecastSnapshots;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** What dispatchers do with plans: create, solve, follow, stop, pin, report breakdowns, re-plan, publish. */
@RestController
class PlanController {

    private final Plans plans;
    private final PlanRepository repository;
    private final LiveSolving solving;
    private final DistrictData data;
    private final ForecastSnapshots snapshots;

    private final CurrentAccount current;

    PlanController(
            Plans plans,
            PlanRepository repository,
            LiveSolving solving,
            DistrictData data,
            ForecastSnapshots snapshots,
            CurrentAccount current) {
        this.snapshots = snapshots;
        this.current = current;
        this.plans = plans;
        this.repository = repository;
        this.solving = solving;
        this.data = data;
    }

    record NewPlan(LocalDate date) {}

    record PlanView(Plan plan, boolean solving, String liveScore, List<PlanVersion> versions, List<SolverRun> runs) {}

    record Breakdown(String vehicleId, LocalDateTime at) {}

    @PreAuthorize("@access.dispatch(#districtId)")
    @PostMapping("/api/districts/{districtId}/plans")
    @ResponseStatus(HttpStatus.CREATED)
    Plan create(@PathVariable String districtId, @RequestBody NewPlan request) {
        return plans.create(districtId, request.date(), current.username());
    }

    @PreAuthorize("@access.read(#districtId)")
    @GetMapping("/api/districts/{districtId}/plans")
    List<Plan> list(@PathVariable String districtId) {
        return repository.plans(districtId);
    }

    @PreAuthorize("@access.readPlan(#planId)")
    @GetMapping("/api/plans/{planId}")
    PlanView get(@PathVariable long planId) {
        return new PlanView(
                repository.plan(planId),
                solving.isSolving(planId),
                solving.liveScore(planId).orElse(null),
                repository.versions(planId),
                repository.runs(planId));
    }

    /** Starts the plan's solver job; a body with fromVersion (and pins) re-plans from that version. */
    @PreAuthorize("@access.dispatchPlan(#planId)")
    @PostMapping("/api/plans/{planId}/solve")
    @ResponseStatus(HttpStatus.ACCEPTED)
    SolverRun solve(@PathVariable long planId, @RequestBody(required = false) SolveRequest request) {
        if (request != null) {
            checkSolveRequest(request);
        }
        return solving.start(
                planId,
                "DISPATCHER",
                request == null ? SolveRequest.fresh(current.username()) : request.by(current.username()));
    }

    /** At most this many pins: one per vehicle of the largest district, with room to spare. */
    private static final int MAX_PINS = 1000;

    private static void checkSolveRequest(SolveRequest request) {
        List<BadRequestException.FieldProblem> problems = new java.util.ArrayList<>();
        if (request.fromVersion() != null && request.fromVersion() < 1) {
            problems.add(new BadRequestException.FieldProblem(
                    "fromVersion", "(" + request.fromVersion() + ") must be a version of the plan, 1 or more"));
        }
        if (request.pins() != null) {
            if (request.pins().size() > MAX_PINS) {
                problems.add(new BadRequestException.FieldProblem(
                        "pins", "has " + request.pins().size() + " vehicles, at most " + MAX_PINS + " are taken"));
            } else {
                request.pins().forEach((vehicleId, count) -> {
                    if (count == null || count < 0) {
                        problems.add(new BadRequestException.FieldProblem(
                                "pins." + vehicleId,
                                "(" + count + ") must be the number of the vehicle's first tasks to keep, 0 or more"));
                    }
                });
            }
        }
        if (!problems.isEmpty()) {
            throw new BadRequestException(problems);
        }
    }

    @PreAuthorize("@access.dispatchPlan(#planId)")
    @PostMapping("/api/plans/{planId}/stop")
    @ResponseStatus(HttpStatus.ACCEPTED)
    void stop(@PathVariable long planId) {
        solving.stop(planId, current.username());
    }

    /** The best score as it improves, as Server-Sent Events: "best" while solving, then "finished" or "failed". */
    @PreAuthorize("@access.readPlan(#planId)")
    @GetMapping(path = "/api/plans/{planId}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter events(@PathVariable long planId) {
        repository.plan(planId);
        return solving.follow(planId);
    }

    /**
     * A vehicle broke down: while solving, the change goes into the running job; otherwise a re-plan from the
     * newest version starts with the vehicle out of service.
     */
    @PreAuthorize("@access.dispatchPlan(#planId)")
    @PostMapping("/api/plans/{planId}/breakdowns")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, Object> breakdown(@PathVariable long planId, @RequestBody Breakdown breakdown) {
        if (breakdown.vehicleId() == null || breakdown.at() == null) {
            throw new BadRequestException(breakdown.vehicleId() == null ? "vehicleId" : "at", "is required");
        }
        Plan plan = repository.plan(planId);
        boolean known = data.current(plan.districtId()).vehicles().stream()
                .anyMatch(vehicle -> vehicle.id().equals(breakdown.vehicleId()));
        if (!known) {
            throw new BadRequestException(
                    "vehicleId",
                    "the district (" + plan.districtId() + ") has no vehicle or crew (" + breakdown.vehicleId()
                            + "); GET /api/districts/" + plan.districtId() + "/vehicles lists them");
        }
        // A shift may start the evening before its plan date and end the morning after.
        LocalDate day = breakdown.at().toLocalDate();
        if (day.isBefore(plan.planDate().minusDays(1))
                || day.isAfter(plan.planDate().plusDays(1))) {
            throw new BadRequestException(
                    "at", "(" + breakdown.at() + ") is not within a day of the plan's date (" + plan.planDate() + ")");
        }
        SolveChange change = SolveChange.breakdown(breakdown.vehicleId(), breakdown.at());
        if (!solving.change(planId, change)) {
            List<PlanVersion> versions = repository.versions(planId);
            Integer from = versions.isEmpty()
                    ? null
                    : versions.get(versions.size() - 1).version();
            solving.start(planId, "BREAKDOWN", new SolveRequest(current.username(), from, Map.of()));
            solving.change(planId, change);
        }
        return Map.of("planId", planId, "vehicleId", breakdown.vehicleId(), "solving", solving.isSolving(planId));
    }

    @PreAuthorize("@access.dispatchPlan(#planId)")
    @PostMapping("/api/plans/{planId}/versions/{version}/publish")
    PlanVersion publish(@PathVariable long planId, @PathVariable int version) {
        return plans.publish(planId, version, current.username());
    }

    @PreAuthorize("@access.readPlan(#planId)")
    @GetMapping(path = "/api/plans/{planId}/versions/{version}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> report(@PathVariable long planId, @PathVariable int version) {
        return ResponseEntity.ok(
                repository.document(repository.version(planId, version).id(), "report"));
    }

    /** The forecast the version was planned with; 404 when its day was planned without one. */
    @PreAuthorize("@access.readPlan(#planId)")
    @GetMapping(path = "/api/plans/{planId}/versions/{version}/forecast", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> forecast(@PathVariable long planId, @PathVariable int version) {
        PlanVersion planVersion = repository.version(planId, version);
        return ResponseEntity.ok(java.util.Optional.ofNullable(planVersion.forecast())
                .flatMap(forecast -> snapshots.document(forecast.digest()))
                // A version whose day no forecast covered was planned without weather.
                .orElseThrow(() -> new NotFoundException("forecast of plan " + planId + " version", version)));
    }

    @PreAuthorize("@access.readPlan(#planId)")
    @GetMapping(path = "/api/plans/{planId}/versions/{version}/geojson", produces = "application/geo+json")
    ResponseEntity<String> geojson(@PathVariable long planId, @PathVariable int version) {
        return ResponseEntity.ok(
                repository.document(repository.version(planId, version).id(), "geojson"));
    }
}
