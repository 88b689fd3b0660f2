package city.sanitation.app.planning;

import city.sanitation.app.district.DistrictRepository;
import city.sanitation.app.infra.BadRequestException;
import city.sanitation.app.infra.ConflictException;
import city.sanitation.app.ledger.BlindSpotLedger;
import city.sanitation.planning.report.PlanReport;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating plans and publishing their versions. */
@Service
public class Plans {

    private final PlanRepository plans;
    private final DistrictRepository districts;
    private final BlindSpotLedger ledger;
    private final PlanDocuments documents;

    Plans(PlanRepository plans, DistrictRepository districts, BlindSpotLedger ledger, PlanDocuments documents) {
        this.plans = plans;
        this.districts = districts;
        this.ledger = ledger;
        this.documents = documents;
    }

    @Transactional
    public Plan create(String districtId, LocalDate date, String actor) {
        districts.get(districtId);
        if (date == null) {
            throw new BadRequestException("date", "is required: the day to plan");
        }
        districts.currentVersionId(districtId);
        return plans.plan(plans.createPlan(districtId, date, actor == null ? "dispatcher" : actor));
    }

    /** Publishes a version to the crews; the blind spots it assigns become PLANNED in the ledger. */
    @Transactional
    public PlanVersion publish(long planId, int version, String actor) {
        if (actor == null || actor.isBlank()) {
            throw new BadRequestException("actor", "is required: who publishes the plan");
        }
        PlanVersion toPublish = plans.version(planId, version);
        if (toPublish.status() == PlanVersionStatus.PUBLISHED) {
            throw new ConflictException("The version (" + version + ") of plan (" + planId + ") is already published.");
        }
        plans.publish(planId, toPublish.id(), actor);
        PlanReport report = documents.report(plans.document(toPublish.id(), "report"));
        List<String> blindSpots = report.routes().stream()
                .flatMap(route -> route.stops().stream())
                .filter(stop -> "BLIND_SPOT".equals(stop.taskKind()))
                .map(PlanReport.StopReport::taskId)
                .toList();
        ledger.planned(plans.plan(planId).districtId(), blindSpots, actor);
        return plans.version(planId, version);
    }
}
