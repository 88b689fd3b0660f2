package city.sanitation.app.ledger;

import city.sanitation.app.district.DistrictClock;
import city.sanitation.app.infra.BadRequestException;
import city.sanitation.app.infra.BadRequestException.FieldProblem;
import city.sanitation.app.infra.ConflictException;
import city.sanitation.app.ledger.NewBlindSpot.ReportIds;
import city.sanitation.app.ledger.NewBlindSpot.ReportTexts;
import city.sanitation.task.BlindSpotCategory;
import city.sanitation.task.BlindSpotReport;
import city.sanitation.task.Priority;
import city.sanitation.task.ReportSource;
import jakarta.validation.Validator;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The district's blind-spot ledger: reports in, lifecycle steps with who and when, closing on crew confirmation. */
@Service
public class BlindSpotLedger {

    private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);

    private static final List<String> FIELDS = List.of(
            "id",
            "lon",
            "lat",
            "category",
            "volumeM3",
            "priority",
            "source",
            "photoRef",
            "description",
            "equipment",
            "reportedBy",
            "reportedAt",
            "deadline");

    private final LedgerRepository repository;
    private final DistrictClock clock;
    private final DistrictAreas areas;
    private final LedgerLimits limits;
    private final Validator validator;

    BlindSpotLedger(
            LedgerRepository repository,
            DistrictClock clock,
            DistrictAreas areas,
            LedgerLimits limits,
            Validator validator) {
        this.repository = repository;
        this.clock = clock;
        this.areas = areas;
        this.limits = limits;
        this.validator = validator;
    }

    /**
     * Files a report after checking it all (every problem at once, nothing stored on any): what the ledger accepts,
     * the plan build can place. A report whose id the district's ledger has already is a conflict, however many file
     * it at once.
     */
    @Transactional
    public BlindSpot report(String districtId, NewBlindSpot report, String account) {
        List<FieldProblem> problems = new ArrayList<>(beanProblems(report));
        // Whole seconds, as the dataset format writes times: a report's fraction of a second would make every
        // later problem of the district unreadable.
        LocalDateTime now = clock.now(districtId).truncatedTo(ChronoUnit.SECONDS);
        LocalDateTime reportedAt =
                report.reportedAt() == null ? now : report.reportedAt().truncatedTo(ChronoUnit.SECONDS);
        DistrictArea area = areas.current(districtId);
        problems.addAll(ReportRules.check(report, reportedAt, now, limits, area.equipment()));
        if (ReportIds.isValid(report.id()) && area.isTaken(report.id())) {
            problems.add(new FieldProblem(
                    "id",
                    "The id (" + report.id() + ") is used by a street, facility or task of district (" + districtId
                            + ").\nMaybe leave id out to have one generated."));
        }
        if (isCoordinate(report.lon(), 180) && isCoordinate(report.lat(), 90)) {
            problems.addAll(area.checkPlace(report.lon(), report.lat()));
        }
        if (!problems.isEmpty()) {
            throw new BadRequestException(problems);
        }
        LocalDateTime deadline = (report.deadline() == null
                        ? reportedAt.plus(report.priority().defaultSla())
                        : report.deadline())
                .truncatedTo(ChronoUnit.SECONDS);
        BlindSpot spot = new BlindSpot(
                report.id() == null ? "bs-" + UUID.randomUUID().toString().substring(0, 8) : report.id(),
                districtId,
                report.lon(),
                report.lat(),
                report.category().name(),
                report.volumeM3(),
                report.priority().name(),
                report.source().name(),
                report.photoRef(),
                report.description() == null ? "" : report.description(),
                report.equipment() == null ? List.of() : report.equipment(),
                reportedAt,
                deadline,
                BlindSpotStatus.REPORTED,
                report.reportedBy(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
        if (!repository.insert(spot, account)) {
            throw new ConflictException("The report (" + spot.id() + ") is already in the ledger of district ("
                    + districtId + ").\nMaybe look it up, or leave id out to file a new report.");
        }
        return spot;
    }

    /** The Bean Validation problems of a request, in the order of its fields. */
    private <T> List<FieldProblem> beanProblems(T request) {
        return validator.validate(request).stream()
                .map(violation -> new FieldProblem(violation.getPropertyPath().toString(), violation.getMessage()))
                .sorted(Comparator.comparingInt((FieldProblem problem) -> FIELDS.indexOf(problem.field()))
                        .thenComparing(FieldProblem::reason))
                .toList();
    }

    private static boolean isCoordinate(Double value, double limit) {
        return value != null && value >= -limit && value <= limit;
    }

    /**
     * Takes the reports of an imported dataset into the ledger; ids already known are left as they are. The dataset
     * reader has checked them; the ledger refuses the ids and texts it could not show or store.
     */
    @Transactional
    public int importReports(String districtId, List<BlindSpotReport> reports, String actor) {
        List<FieldProblem> problems = new ArrayList<>();
        List<BlindSpotReport> added = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            BlindSpotReport report = reports.get(i);
            if (repository.exists(districtId, report.id())) {
                continue;
            }
            String field = "blind spot (" + ReportRules.shorten(report.id()) + ")";
            if (!ReportIds.isValid(report.id())) {
                problems.add(new FieldProblem(
                        field + " id",
                        "The id of blind spot " + (i + 1) + " " + ReportIds.RULE + ", at most " + ReportIds.MAX_LENGTH
                                + " characters."));
            }
            if (!ReportTexts.isLines(report.description())) {
                problems.add(new FieldProblem(field + " description", ReportTexts.NO_CONTROL_BUT_LINES));
            }
            if (report.description() != null && report.description().length() > limits.maxDescriptionLength()) {
                problems.add(new FieldProblem(
                        field + " description",
                        "must be at most " + limits.maxDescriptionLength() + " characters long"));
            }
            if (report.equipment().size() > limits.maxEquipment()
                    || !report.equipment().stream().allMatch(ReportTexts::isOneLine)) {
                problems.add(new FieldProblem(
                        field + " equipment",
                        "must be at most " + limits.maxEquipment() + " names without control characters"));
            }
            added.add(report);
        }
        if (!problems.isEmpty()) {
            throw new BadRequestException(problems);
        }
        int stored = 0;
        for (BlindSpotReport report : added) {
            boolean inserted = repository.insert(
                    new BlindSpot(
                            report.id(),
                            districtId,
                            report.location().getX(),
                            report.location().getY(),
                            report.category().name(),
                            report.volumeM3(),
                            report.priority().name(),
                            report.source().name(),
                            null,
                            report.description(),
                            List.copyOf(report.equipment()),
                            report.reportedAt(),
                            report.deadline(),
                            BlindSpotStatus.REPORTED,
                            actor,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null),
                    actor);
            stored += inserted ? 1 : 0;
        }
        return stored;
    }

    public BlindSpot get(String districtId, String id) {
        return repository.get(districtId, id);
    }

    public List<LedgerEvent> history(String districtId, String id) {
        repository.get(districtId, id);
        return repository.history(districtId, id);
    }

    public List<BlindSpot> list(String districtId, Set<BlindSpotStatus> statuses) {
        return repository.list(districtId, statuses.isEmpty() ? EnumSet.allOf(BlindSpotStatus.class) : statuses);
    }

    /**
     * The reports among {@code ids} a dispatcher rejected or marked a duplicate: a published route may still hold them,
     * and its crew must see that there is nothing to do there.
     */
    public List<BlindSpot> withdrawn(String districtId, Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return repository.among(districtId, ids, EnumSet.of(BlindSpotStatus.REJECTED, BlindSpotStatus.DUPLICATE));
    }

    public List<BlindSpot> overdue(String districtId) {
        return repository.overdue(districtId, clock.now(districtId));
    }

    /** The open reports as the planner reads them. */
    public List<BlindSpotReport> openReports(String districtId) {
        return repository.list(districtId, EnumSet.of(BlindSpotStatus.REPORTED, BlindSpotStatus.PLANNED)).stream()
                .map(BlindSpotLedger::toReport)
                .toList();
    }

    /**
     * The reports a day's plan works on: the open ones, and those among {@code reportedInPlan} (started or done by
     * the plan's crews) whatever their status now.
     */
    public List<BlindSpotReport> reportsForPlan(String districtId, java.util.Set<String> reportedInPlan) {
        if (reportedInPlan.isEmpty()) {
            return openReports(districtId);
        }
        EnumSet<BlindSpotStatus> open = EnumSet.of(BlindSpotStatus.REPORTED, BlindSpotStatus.PLANNED);
        return repository.list(districtId, EnumSet.allOf(BlindSpotStatus.class)).stream()
                .filter(spot -> open.contains(spot.status()) || reportedInPlan.contains(spot.id()))
                .map(BlindSpotLedger::toReport)
                .toList();
    }

    @Transactional
    public void planned(String districtId, Iterable<String> ids, String actor) {
        for (String id : ids) {
            repository.advance(districtId, id, EnumSet.of(BlindSpotStatus.REPORTED), BlindSpotStatus.PLANNED, actor);
        }
    }

    /** A crew began the report's clean-up; one a dispatcher took off the ledger is no work (409). */
    @Transactional
    public void started(String districtId, String id, String crew) {
        repository
                .find(districtId, id)
                .filter(spot -> spot.status().isSetAside())
                .ifPresent(spot -> {
                    throw new ConflictException("The report (" + id + ") is " + spot.status() + " (" + spot.reason()
                            + "), so there is no work to do.\nMaybe skip it: the next published plan leaves it out.");
                });
        repository.advance(
                districtId,
                id,
                EnumSet.of(BlindSpotStatus.REPORTED, BlindSpotStatus.PLANNED),
                BlindSpotStatus.IN_PROGRESS,
                crew);
    }

    @Transactional
    public void done(String districtId, String id, String crew) {
        started(districtId, id, crew);
        repository.advance(districtId, id, EnumSet.of(BlindSpotStatus.IN_PROGRESS), BlindSpotStatus.DONE, crew);
    }

    /** Closes a cleared report; the crew that cleared it must confirm, so nobody closes a pile still lying there. */
    @Transactional
    public BlindSpot close(String districtId, String id, CloseRequest request, String account) {
        BlindSpot spot = repository.get(districtId, id);
        List<FieldProblem> problems = new ArrayList<>();
        if (request.confirmedByCrew() == null || request.confirmedByCrew().isBlank()) {
            problems.add(new FieldProblem("confirmedByCrew", "is required: the crew that cleared the spot confirms"));
        } else if (request.confirmedByCrew().length() > limits.maxReportedByLength()
                || !ReportTexts.isOneLine(request.confirmedByCrew())) {
            problems.add(new FieldProblem(
                    "confirmedByCrew",
                    "must be a crew's vehicle id: at most " + limits.maxReportedByLength()
                            + " characters, no control characters"));
        }
        reasonProblems("note", request.note(), false, problems);
        if (!problems.isEmpty()) {
            throw new BadRequestException(problems);
        }
        if (spot.status() != BlindSpotStatus.DONE) {
            throw new ConflictException("The report (" + id + ") is " + spot.status()
                    + ", so it cannot be closed.\nMaybe wait until a crew marks it done.");
        }
        if (!request.confirmedByCrew().equals(spot.doneBy())) {
            throw new BadRequestException(
                    "confirmedByCrew",
                    "the report was cleared by crew (" + spot.doneBy() + "), not (" + request.confirmedByCrew() + ")");
        }
        repository.confirm(districtId, id, request.confirmedByCrew());
        if (!repository.advance(
                districtId,
                id,
                EnumSet.of(BlindSpotStatus.DONE),
                BlindSpotStatus.CLOSED,
                account,
                blankToNull(request.note()),
                null)) {
            throw new ConflictException("The report (" + id + ") was closed meanwhile.");
        }
        return repository.get(districtId, id);
    }

    /**
     * Takes a report off the ledger without work (销号): not garbage, not the district's, a prank. The reason is
     * required and kept in the history. Only before a crew began: once one did, the crew reports it done.
     */
    @Transactional
    public BlindSpot reject(String districtId, String id, RejectRequest request, String account) {
        BlindSpot spot = repository.get(districtId, id);
        List<FieldProblem> problems = new ArrayList<>();
        reasonProblems("reason", request.reason(), true, problems);
        if (!problems.isEmpty()) {
            throw new BadRequestException(problems);
        }
        setAside(spot, BlindSpotStatus.REJECTED, request.reason().strip(), null, account);
        return repository.get(districtId, id);
    }

    /** Closes a report as the same pile as another report of the district, which is worked instead; with a reason. */
    @Transactional
    public BlindSpot markDuplicate(String districtId, String id, DuplicateRequest request, String account) {
        BlindSpot spot = repository.get(districtId, id);
        List<FieldProblem> problems = new ArrayList<>();
        String other = request.duplicateOf();
        if (other == null || other.isBlank()) {
            problems.add(new FieldProblem("duplicateOf", "is required: the id of the report this one repeats"));
        } else if (other.equals(id)) {
            problems.add(new FieldProblem("duplicateOf", "must be another report than (" + id + ") itself"));
        } else {
            BlindSpot original = repository.find(districtId, other).orElse(null);
            if (original == null) {
                problems.add(new FieldProblem(
                        "duplicateOf",
                        "The report (" + ReportRules.shorten(other) + ") is not in the ledger of district ("
                                + districtId + ")."));
            } else if (original.status() == BlindSpotStatus.DUPLICATE) {
                problems.add(new FieldProblem(
                        "duplicateOf",
                        "The report (" + other + ") is itself a duplicate of (" + original.duplicateOf()
                                + ").\nMaybe mark this one a duplicate of (" + original.duplicateOf() + ")."));
            } else if (original.status() == BlindSpotStatus.REJECTED) {
                problems.add(new FieldProblem(
                        "duplicateOf",
                        "The report (" + other + ") was rejected, so nothing repeats it.\nMaybe reject this one"
                                + " too."));
            }
        }
        reasonProblems("reason", request.reason(), true, problems);
        if (!problems.isEmpty()) {
            throw new BadRequestException(problems);
        }
        setAside(spot, BlindSpotStatus.DUPLICATE, request.reason().strip(), other, account);
        return repository.get(districtId, id);
    }

    private void setAside(BlindSpot spot, BlindSpotStatus status, String reason, String duplicateOf, String account) {
        EnumSet<BlindSpotStatus> from = EnumSet.of(BlindSpotStatus.REPORTED, BlindSpotStatus.PLANNED);
        String verb = status == BlindSpotStatus.REJECTED ? "rejected" : "marked a duplicate";
        if (!from.contains(spot.status())
                || !repository.advance(spot.districtId(), spot.id(), from, status, account, reason, duplicateOf)) {
            BlindSpotStatus now = repository.get(spot.districtId(), spot.id()).status();
            throw new ConflictException("The report (" + spot.id() + ") is " + now + ", so it cannot be " + verb
                    + ".\n"
                    + (now == BlindSpotStatus.IN_PROGRESS || now == BlindSpotStatus.DONE
                            ? "Maybe let the crew finish it and close it with a note."
                            : "Only a report not yet begun by a crew can be " + verb + "."));
        }
    }

    private void reasonProblems(String field, String reason, boolean required, List<FieldProblem> problems) {
        if (reason == null || reason.isBlank()) {
            if (required) {
                problems.add(new FieldProblem(field, "is required: say why, it stays in the report's history"));
            }
        } else if (reason.length() > limits.maxReasonLength()) {
            problems.add(new FieldProblem(
                    field, "must be at most " + limits.maxReasonLength() + " characters long, not " + reason.length()));
        } else if (!ReportTexts.isLines(reason)) {
            problems.add(new FieldProblem(field, ReportTexts.NO_CONTROL_BUT_LINES));
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static BlindSpotReport toReport(BlindSpot spot) {
        return new BlindSpotReport(
                spot.id(),
                WGS84.createPoint(new Coordinate(spot.lon(), spot.lat())),
                BlindSpotCategory.valueOf(spot.category()),
                spot.volumeM3(),
                Priority.valueOf(spot.priority()),
                spot.reportedAt(),
                spot.deadline(),
                Set.copyOf(spot.equipment()),
                ReportSource.valueOf(spot.source()),
                spot.description());
    }

    /**
     * Which crew confirms the report was cleared (who closes it is the signed-in account).
     *
     * @param note optional; kept in the history
     */
    public record CloseRequest(String confirmedByCrew, String note) {}

    /** Why a report is taken off the ledger without work. */
    public record RejectRequest(String reason) {}

    /** Which report of the district this one repeats, and why the dispatcher thinks so. */
    public record DuplicateRequest(String duplicateOf, String reason) {}
}
