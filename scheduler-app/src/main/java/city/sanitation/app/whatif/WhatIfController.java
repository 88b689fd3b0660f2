package city.sanitation.app.whatif;

import city.sanitation.app.planning.Plan;
import city.sanitation.app.planning.PlanRepository;
import city.sanitation.app.security.CurrentAccount;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Managers' what-if plans: a plan's day under another forecast, solved and compared, never published. */
@RestController
class WhatIfController {

    private final WhatIfPlans whatIfs;
    private final PlanRepository plans;
    private final CurrentAccount current;

    WhatIfController(WhatIfPlans whatIfs, PlanRepository plans, CurrentAccount current) {
        this.whatIfs = whatIfs;
        this.plans = plans;
        this.current = current;
    }

    @PreAuthorize("@access.readPlan(#planId)")
    @PostMapping("/api/plans/{planId}/what-ifs")
    @ResponseStatus(HttpStatus.CREATED)
    WhatIfPlans.WhatIf create(@PathVariable long planId, @RequestBody(required = false) WhatIfRequest request) {
        return whatIfs.create(planId, request, current.username());
    }

    @PreAuthorize("@access.readPlan(#planId)")
    @GetMapping("/api/plans/{planId}/what-ifs")
    List<Plan> list(@PathVariable long planId) {
        plans.plan(planId);
        return plans.whatIfsOf(planId);
    }
}
