package city.sanitation.app.manager;

import city.sanitation.app.planning.PlanDocuments;
import city.sanitation.app.planning.PlanRepository;
import city.sanitation.app.planning.PlanVersion;
import city.sanitation.app.planning.SolverRun;
import city.sanitation.planning.report.PlanReport;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** What managers read: plan versions, two of them compared, and the nightly runs. */
@RestController
class ManagerController {

    private final PlanRepository plans;
    private final PlanDocuments documents;

    ManagerController(PlanRepository plans, PlanDocuments documents) {
        this.plans = plans;
        this.documents = documents;
    }

    @PreAuthorize("@access.readPlan(#planId)")
    @GetMapping("/api/plans/{planId}/versions")
    List<PlanVersion> versions(@PathVariable long planId) {
        plans.plan(planId);
        return plans.versions(planId);
    }

    /** Compares version {@code leftVersion} of plan {@code leftPlan} with {@code rightVersion} of {@code rightPlan}. */
    @PreAuthorize("@access.readPlan(#leftPlan) and @access.readPlan(#rightPlan)")
    @GetMapping("/api/comparisons")
    PlanComparison compare(
            @RequestParam long leftPlan,
            @RequestParam int leftVersion,
            @RequestParam long rightPlan,
            @RequestParam int rightVersion) {
        PlanVersion left = plans.version(leftPlan, leftVersion);
        PlanVersion right = plans.version(rightPlan, rightVersion);
        return PlanComparer.compare(side(left), report(left), side(right), report(right));
    }

    @Operation(
            summary = "A plan version's KPIs per subdistrict and per grid",
            description = "Crews working there, tasks done by kind, blind spots cleared within their SLA, minutes of"
                    + " work, and (per subdistrict) the tasks left unassigned.")
    @PreAuthorize("@access.readPlan(#planId)")
    @GetMapping("/api/plans/{planId}/versions/{version}/area-kpis")
    AreaKpis areaKpis(@PathVariable long planId, @PathVariable int version) {
        return AreaKpis.of(planId, version, report(plans.version(planId, version)));
    }

    @PreAuthorize("@access.read(#districtId)")
    @GetMapping("/api/districts/{districtId}/nightly-runs")
    List<SolverRun> nightlyRuns(@PathVariable String districtId) {
        return plans.runsOfDistrict(districtId, "NIGHTLY");
    }

    private PlanReport report(PlanVersion version) {
        return documents.report(plans.document(version.id(), "report"));
    }

    private static PlanComparison.Side side(PlanVersion version) {
        return new PlanComparison.Side(
                version.planId(),
                version.version(),
                version.status().name(),
                version.score(),
                version.feasible(),
                version.whatIf(),
                version.forecast());
    }
}
