package city.sanitation.app.ledger;

import city.sanitation.app.district.DistrictClock;
import city.sanitation.app.infra.BadRequestException;
import city.sanitation.app.infra.BadRequestException.FieldProblem;
import city.sanitation.app.infra.ConflictException;
import city.sanitation.task.BlindSpotCategory;
import city.sanitation.task.BlindSpotReport;
import city.sanitation.task.Priority;
import city.sanitation.task.ReportSource;
import java.time.LocalDateTime;
import java.util.ArrayList;
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

    private final LedgerRepository repository;
    private final DistrictClock clock;

    BlindSpotLedger(LedgerRepository repository, DistrictClock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Transactional
    public BlindSpot report(String districtId, NewBlindSpot report, String account) {
        List<FieldProblem> problems = new ArrayList<>();
        if (report.lon() == null || report.lon() < -180 || report.lon() > 180) {
            problems.add(new FieldProblem("lon", "must be a longitude between -180 and 180"));
        }
        if (report.lat() == null || report.lat() < -90 || report.lat() > 90) {
            problems.add(new FieldProblem("lat", "must be a latitude between -90 and 90"));
        }
        if (report.category() == null) {
            problems.add(new FieldProblem("category", "is required"));
        }
        if (report.volumeM3() == null || !(report.volumeM3() > 0)) {
            problems.add(new FieldProblem("volumeM3", "must be positive"));
        }
        if (report.priority() == null) {
            problems.add(new FieldProblem("priority", "is required"));
        }
        if (report.source() == null) {
            problems.add(new FieldProblem("source", "is required"));
        }
        if (report.reportedBy() == null || report.reportedBy().isBlank()) {
            problems.add(new FieldProblem("reportedBy", "is required: who blew the whistle"));
        }
        if (report.id() != null && repository.exists(districtId, report.id())) {
            problems.add(new FieldProblem("id", "the report (" + report.id() + ") is already in the ledger"));
        }
        // Whole seconds, as the dataset format writes times: a report's fraction of a second would make every
        // later problem of the district unreadable.
        LocalDateTime reportedAt = (report.reportedAt() == null ? clock.now(districtId) : report.reportedAt())
                .truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        if (report.deadline() != null && !report.deadline().isAfter(reportedAt)) {
            problems.add(new FieldProblem("deadline", "must be after reportedAt (" + reportedAt + ")"));
        }
        if (!problems.isEmpty()) {
            throw new BadRequestException(problems);
        }
        LocalDateTime deadline = (report.deadline() == null
                        ? reportedAt.plus(report.priority().defaultSla())
                        : report.deadline())
                .truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
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
                null);
        repository.insert(spot, account);
        return spot;
    }

    /** Takes the reports of an imported dataset into the ledger; ids already known are left as they are. */
    @Transactional
    public int importReports(String districtId, List<BlindSpotReport> reports, String actor) {
        int added = 0;
        for (BlindSpotReport report : reports) {
            if (repository.exists(districtId, report.id())) {
                continue;
            }
            repository.insert(
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
                            null),
                    actor);
            added++;
        }
        return added;
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

    @Transactional
    public void started(String districtId, String id, String crew) {
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
        }
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
        repository.advance(districtId, id, EnumSet.of(BlindSpotStatus.DONE), BlindSpotStatus.CLOSED, account);
        return repository.get(districtId, id);
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

    /** Which crew confirms the report was cleared (who closes it is the signed-in account). */
    public record CloseRequest(String confirmedByCrew) {}
}
