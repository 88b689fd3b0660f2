package city.sanitation.app.planning;

import city.sanitation.app.district.DistrictClock;
import city.sanitation.app.district.DistrictRepository;
import city.sanitation.app.infra.BadRequestException;
import city.sanitation.app.infra.ConflictException;
import city.sanitation.app.ledger.BlindSpotLedger;
import city.sanitation.planning.report.PlanReport;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating plans and publishing their versions. */
@Service
public class Plans {

    private static final Logger LOG = LoggerFactory.getLogger(Plans.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final PlanRepository plans;
    private final DistrictRepository districts;
    private final BlindSpotLedger ledger;
    private final PlanDocuments documents;
    private final DistrictClock clock;
    private final PlanDates dates;

    Plans(
            PlanRepository plans,
            DistrictRepository districts,
            BlindSpotLedger ledger,
            PlanDocuments documents,
            DistrictClock clock,
            PlanDates dates) {
        this.plans = plans;
        this.districts = districts;
        this.ledger = ledger;
        this.documents = documents;
        this.clock = clock;
        this.dates = dates;
    }

    @Transactional
    public Plan create(String districtId, LocalDate date, String actor) {
        checkDate(districtId, date);
        return plans.plan(plans.createPlan(districtId, date, actor == null ? "dispatcher" : actor));
    }

    /**
     * A what-if plan of the base plan's day under the stored forecast {@code forecastDigest}: a plan of its own, solved
     * like any other, never published.
     *
     * @param scenario the change the manager asked for, as JSON, kept with the plan
     */
    @Transactional
    public Plan createWhatIf(Plan base, String forecastDigest, String scenario, String actor) {
        return plans.plan(plans.createWhatIfPlan(base, forecastDigest, scenario, actor));
    }

    /**
     * The nightly job's plan of the district's day, made if it does not exist yet. Two firings at once make one plan:
     * the database keeps one nightly plan per district and day, and the later firing reads the earlier one's.
     */
    @Transactional
    public Plan nightlyPlan(String districtId, LocalDate date) {
        Optional<Plan> existing = plans.nightlyPlan(districtId, date);
        if (existing.isPresent()) {
            return existing.get();
        }
        checkDate(districtId, date);
        Optional<Long> made = plans.createNightlyPlan(districtId, date);
        if (made.isEmpty()) {
            LOG.info("The nightly plan of {} for {} was made by another firing at the same time", districtId, date);
        }
        return made.map(plans::plan)
                .orElseGet(() -> plans.nightlyPlan(districtId, date)
                        .orElseThrow(
                                () -> new IllegalStateException("The nightly plan of " + districtId + " vanished")));
    }

    private void checkDate(String districtId, LocalDate date) {
        districts.get(districtId);
        if (date == null) {
            throw new BadRequestException("date", "is required: the day to plan");
        }
        LocalDate today = clock.today(districtId);
        LocalDate earliest = today.minus(dates.earliestDate());
        LocalDate latest = today.plus(dates.latestDate());
        if (date.isBefore(earliest) || date.isAfter(latest)) {
            throw new BadRequestException(
                    "date",
                    "(" + date + ") must be between " + earliest + " and " + latest + ", the district's today ("
                            + today + ") less " + dates.earliestDate() + " and plus " + dates.latestDate()
                            + " (sanitation.plans.earliest-date, latest-date).\nMaybe the year is mistyped.");
        }
        districts.currentVersionId(districtId);
    }

    /**
     * Publishes a version to the crews; the blind spots it assigns become PLANNED in the ledger. A district's day has
     * one published version: publishing another supersedes it, and what its crews reported carries over. Publishes of
     * one day wait for each other, so of two publishes of one version the second is refused.
     */
    @Transactional
    public PlanVersion publish(long planId, int version, String actor) {
        if (actor == null || actor.isBlank()) {
            throw new BadRequestException("actor", "is required: who publishes the plan");
        }
        Plan plan = plans.plan(planId);
        if (plan.whatIfOf() != null) {
            throw new ConflictException("The plan (" + planId + ") is a what-if of plan (" + plan.whatIfOf()
                    + ") under another forecast; a what-if plan is never published to crews.\nMaybe publish a version"
                    + " of plan (" + plan.whatIfOf() + "), or PUT the forecast to the district and re-plan that plan.");
        }
        plans.lockDay(plan.districtId(), plan.planDate(), true);
        // Read under the lock: a publish that committed while this one waited is seen.
        PlanVersion toPublish = plans.version(planId, version);
        if (toPublish.status() == PlanVersionStatus.PUBLISHED) {
            throw new ConflictException("The version (" + version + ") of plan (" + planId + ") is already published,"
                    + " by (" + toPublish.publishedBy() + ") at " + local(toPublish, plan.districtId()) + ".");
        }
        Optional<PlanVersion> previous = plans.published(plan.districtId(), plan.planDate());
        try {
            plans.publish(toPublish.id(), previous.map(PlanVersion::id).orElse(null), actor);
        } catch (DuplicateKeyException e) {
            // Only a writer bypassing the day's lock gets here; the database keeps one published version a day.
            throw new ConflictException("Another version of the plans of " + plan.districtId() + " on "
                    + plan.planDate() + " was published at the same time.\nMaybe reload and publish again.");
        }
        previous.ifPresent(old -> {
            int carried = plans.carryOverProgress(old.id(), toPublish.id());
            LOG.info(
                    "Plan {} v{} supersedes plan {} v{} of {} on {}; {} crew reports carried over",
                    planId,
                    version,
                    old.planId(),
                    old.version(),
                    plan.districtId(),
                    plan.planDate(),
                    carried);
        });
        PlanReport report = documents.report(plans.document(toPublish.id(), "report"));
        List<String> blindSpots = report.routes().stream()
                .flatMap(route -> route.stops().stream())
                .filter(stop -> "BLIND_SPOT".equals(stop.taskKind()))
                .map(PlanReport.StopReport::taskId)
                .toList();
        ledger.planned(plan.districtId(), blindSpots, actor);
        return plans.version(planId, version);
    }

    private String local(PlanVersion version, String districtId) {
        if (version.publishedAt() == null) {
            return "an unknown time";
        }
        ZoneId zone = clock.zone(districtId);
        return TIME.format(version.publishedAt().atZoneSameInstant(zone));
    }
}
