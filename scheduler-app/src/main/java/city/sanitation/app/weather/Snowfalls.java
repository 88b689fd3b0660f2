package city.sanitation.app.weather;

import city.sanitation.app.district.DistrictRepository;
import city.sanitation.app.infra.BadRequestException;
import city.sanitation.app.infra.BadRequestException.FieldProblem;
import city.sanitation.dataset.json.WeatherJson;
import city.sanitation.weather.Forecast;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A snowfall a dispatcher saw, written into the district's stored forecast: the next plan of the day reads it as it
 * reads any forecast. Each report is kept with who made it.
 */
@Service
class Snowfalls {

    static final double LEAST_DEPTH_CM = 0.1;
    static final double MOST_DEPTH_CM = 200;
    private static final double MOST_CM_PER_HOUR = 100;

    private final JdbcClient jdbc;
    private final DistrictForecasts forecasts;
    private final DistrictRepository districts;

    Snowfalls(JdbcClient jdbc, DistrictForecasts forecasts, DistrictRepository districts) {
        this.jdbc = jdbc;
        this.forecasts = forecasts;
        this.districts = districts;
    }

    /** What a dispatcher reports: the snowfall's local start and end, and the fresh snow it left. */
    record SnowfallReport(LocalDateTime start, LocalDateTime end, Double depthCm) {}

    /**
     * Amends the district's stored forecast with the snowfall and records the report; a report that cannot be
     * accepted changes nothing.
     */
    @Transactional
    void report(String districtId, SnowfallReport report, String account) {
        districts.get(districtId);
        check(report);
        // Held until the commit, so that a forecast put meanwhile is not overwritten by this amended copy of the old.
        jdbc.sql("SELECT district_id FROM district_forecast WHERE district_id = ? FOR UPDATE")
                .param(districtId)
                .query(String.class)
                .optional();
        Forecast stored = forecasts.newest(districtId);
        if (stored.isEmpty()) {
            throw new BadRequestException(
                    "start",
                    "The district (" + districtId + ") has no stored forecast for the snowfall to amend.\nMaybe PUT"
                            + " /api/districts/" + districtId + "/forecast first, then report the snowfall.");
        }
        if (!ForecastChanges.covers(stored, report.start(), report.end())) {
            throw new BadRequestException(
                    report.start().isBefore(stored.hours().get(0).hour())
                                    || !report.start().isBefore(ForecastChanges.lastEnd(stored))
                            ? "start"
                            : "end",
                    "The snowfall from (" + report.start() + ") to (" + report.end() + ") is outside the stored"
                            + " forecast's hours (" + stored.hours().get(0).hour() + " to "
                            + ForecastChanges.lastEnd(stored) + ").\nMaybe the date is mistyped, or PUT a forecast"
                            + " that covers the snowfall first.");
        }
        Forecast amended = ForecastChanges.snow(stored, report.start(), report.end(), report.depthCm());
        forecasts.put(districtId, WeatherJson.write(amended).toString(), "snowfall:" + account);
        jdbc.sql("INSERT INTO snowfall_report (district_id, starts_at, ends_at, depth_cm, reported_by)"
                        + " VALUES (?, ?, ?, ?, ?)")
                .params(districtId, report.start(), report.end(), report.depthCm(), account)
                .update();
    }

    private static void check(SnowfallReport report) {
        List<FieldProblem> problems = new ArrayList<>();
        if (report.start() == null) {
            problems.add(new FieldProblem(
                    "start", "is required: when the snow began, local time.\nMaybe \"2026-12-05T02:00\"."));
        }
        if (report.end() == null) {
            problems.add(new FieldProblem(
                    "end", "is required: when the snow stopped, local time.\nMaybe \"2026-12-05T05:00\"."));
        }
        if (report.start() != null && report.end() != null && !report.end().isAfter(report.start())) {
            problems.add(new FieldProblem(
                    "end",
                    "The end (" + report.end() + ") of the snowfall must be after its start (" + report.start()
                            + ").\nMaybe the two are swapped."));
        }
        Double depth = report.depthCm();
        if (depth == null) {
            problems.add(
                    new FieldProblem("depthCm", "is required: the fresh snow the snowfall left, in cm.\nMaybe 5."));
        } else if (!(depth >= LEAST_DEPTH_CM && depth <= MOST_DEPTH_CM)) {
            problems.add(new FieldProblem(
                    "depthCm",
                    "The depth (" + depth + " cm) of the snowfall must be from " + LEAST_DEPTH_CM + " to "
                            + (int) MOST_DEPTH_CM + " cm.\nMaybe it is in mm: 10 mm is 1 cm."));
        } else if (problems.isEmpty()) {
            double hours = Duration.between(report.start(), report.end()).toMinutes() / 60.0;
            if (depth / Math.max(hours, 1.0 / 60) > MOST_CM_PER_HOUR) {
                problems.add(new FieldProblem(
                        "depthCm",
                        "The depth (" + depth + " cm) in (" + Math.round(hours * 60) + " min) is more than "
                                + (int) MOST_CM_PER_HOUR + " cm an hour.\nMaybe the snowfall lasted longer, or the"
                                + " depth is in mm."));
            }
        }
        if (!problems.isEmpty()) {
            throw new BadRequestException(problems);
        }
    }
}
