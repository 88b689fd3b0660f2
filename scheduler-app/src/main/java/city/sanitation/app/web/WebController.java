package city.sanitation.app.web;

import city.sanitation.app.planning.PlanDocuments;
import city.sanitation.app.planning.PlanRepository;
import city.sanitation.app.planning.SolverProperties;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** What the web UI draws that the other endpoints do not give: the district's map, a plan's timeline, settings. */
@RestController
class WebController {

    private final DistrictBasemap basemap;
    private final UnassignedMap unassigned;
    private final LiveFiguresReader live;
    private final PlanRepository plans;
    private final PlanDocuments documents;
    private final SolverProperties solver;

    WebController(
            DistrictBasemap basemap,
            UnassignedMap unassigned,
            LiveFiguresReader live,
            PlanRepository plans,
            PlanDocuments documents,
            SolverProperties solver) {
        this.basemap = basemap;
        this.unassigned = unassigned;
        this.live = live;
        this.plans = plans;
        this.documents = documents;
        this.solver = solver;
    }

    record UiSettings(long solverTimeLimitSeconds) {}

    @PreAuthorize("@access.member(#districtId)")
    @GetMapping(path = "/api/districts/{districtId}/basemap", produces = "application/geo+json")
    ResponseEntity<String> basemap(@PathVariable String districtId) {
        return ResponseEntity.ok(basemap.geoJson(districtId));
    }

    @PreAuthorize("@access.readPlan(#planId)")
    @GetMapping("/api/plans/{planId}/versions/{version}/timeline")
    PlanTimeline timeline(@PathVariable long planId, @PathVariable int version) {
        return PlanTimeline.of(
                documents.report(plans.document(plans.version(planId, version).id(), "report")));
    }

    @PreAuthorize("@access.readPlan(#planId)")
    @GetMapping(path = "/api/plans/{planId}/versions/{version}/unassigned.geojson", produces = "application/geo+json")
    ResponseEntity<String> unassigned(@PathVariable long planId, @PathVariable int version) {
        return ResponseEntity.ok(unassigned.geoJson(planId, version));
    }

    /** What the plan's running solver job already knows; 204 when no job runs. */
    @PreAuthorize("@access.readPlan(#planId)")
    @GetMapping("/api/plans/{planId}/live")
    ResponseEntity<LiveFigures> live(@PathVariable long planId) {
        return live.of(planId)
                .map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.noContent().build());
    }

    /** Lets the board show how far a solver run has got: its time limit. */
    @PreAuthorize("@access.signedIn()")
    @GetMapping("/api/ui/settings")
    UiSettings settings() {
        return new UiSettings(solver.timeLimit().toSeconds());
    }
}
