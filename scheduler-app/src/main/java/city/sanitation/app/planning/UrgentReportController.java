package city.sanitation.app.planning;

import city.sanitation.app.infra.BadRequestException;
import city.sanitation.app.planning.UrgentReports.Inserted;
import city.sanitation.app.planning.UrgentReports.Recommendation;
import city.sanitation.app.security.CurrentAccount;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A new urgent blind-spot report and today's running plan: where it would fit, and putting it in. */
@RestController
class UrgentReportController {

    private static final int MAX_RECOMMENDATIONS = 20;

    private final UrgentReports urgent;

    private final CurrentAccount current;

    UrgentReportController(UrgentReports urgent, CurrentAccount current) {
        this.urgent = urgent;
        this.current = current;
    }

    @Operation(
            summary = "The best places in the plan for an open ledger report, best first",
            description = "The solver's recommendation: every crew that can do the work and every position in its"
                    + " route tried on the running solve's best plan (or the newest version), ranked by the change"
                    + " of the plan's score.")
    @PreAuthorize("@access.dispatchPlan(#planId)")
    @GetMapping("/api/plans/{planId}/urgent-reports/{reportId}/recommendations")
    List<Recommendation> recommendations(
            @PathVariable long planId, @PathVariable String reportId, @RequestParam(defaultValue = "3") int limit) {
        if (limit < 1 || limit > MAX_RECOMMENDATIONS) {
            throw new BadRequestException("limit", "(" + limit + ") must be between 1 and " + MAX_RECOMMENDATIONS);
        }
        return urgent.recommend(planId, reportId, limit);
    }

    @Operation(
            summary = "Puts an open ledger report into the plan",
            description = "While the plan is being solved, the report joins the running solve as a real-time"
                    + " problem change and the solver places it without moving pinned or started work; otherwise"
                    + " (or when the running solve's data does not know the place) the plan is re-planned from its"
                    + " newest version with the report in it.")
    @PreAuthorize("@access.dispatchPlan(#planId)")
    @PostMapping("/api/plans/{planId}/urgent-reports/{reportId}/insert")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Inserted insert(@PathVariable long planId, @PathVariable String reportId) throws InterruptedException {
        return urgent.insert(planId, reportId, current.username());
    }
}
