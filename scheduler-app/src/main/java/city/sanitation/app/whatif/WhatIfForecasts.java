package city.sanitation.app.whatif;

import city.sanitation.app.infra.BadRequestException;
import city.sanitation.app.infra.BadRequestException.FieldProblem;
import city.sanitation.app.infra.FailureReasons;
import city.sanitation.app.weather.ForecastChanges;
import city.sanitation.dataset.ForecastReader;
import city.sanitation.dataset.InvalidDatasetException;
import city.sanitation.dataset.json.WeatherJson;
import city.sanitation.weather.Forecast;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The forecast a what-if asks for, made from the forecast its base version was planned with and checked as a forecast
 * put to a district is: a bad value is a 400 naming the field.
 */
final class WhatIfForecasts {

    static final int MOST_HOURS = 48;
    static final double MOST_SNOW_CM = 200;
    static final double MOST_RAIN_MM_PER_HOUR = 300;
    static final double MOST_DEGREES_COLDER = 60;

    private WhatIfForecasts() {}

    /**
     * @param base the forecast the base version was planned with; {@link Forecast#NONE} when it had none
     * @param baseName the base version, for the messages
     */
    static Forecast of(WhatIfRequest request, Forecast base, String baseName) {
        String kind = request.kind() == null ? null : request.kind().toLowerCase(Locale.ROOT);
        if (kind == null || !List.of("snow", "rain", "cold", "forecast").contains(kind)) {
            throw new BadRequestException(
                    "kind",
                    "The what-if kind (" + request.kind() + ") must be snow, rain, cold or forecast.\nMaybe"
                            + " {\"kind\": \"snow\", \"start\": \"2026-12-05T02:00\", \"hours\": 1, \"depthCm\": 5}.");
        }
        if (kind.equals("forecast")) {
            Forecast whole = whole(request);
            // A forecast that misses an hour of the day would be dropped when the day is built: the what-if would
            // quietly be planned under the district's own forecast instead.
            if (!base.isEmpty()
                    && !ForecastChanges.covers(whole, base.hours().get(0).hour(), ForecastChanges.lastEnd(base))) {
                throw new BadRequestException(
                        "forecast/hours",
                        "The forecast runs from (" + whole.hours().get(0).hour() + ") to ("
                                + ForecastChanges.lastEnd(whole) + ") and misses hours of the plan's day, from ("
                                + base.hours().get(0).hour() + ") to (" + ForecastChanges.lastEnd(base) + ").\nMaybe"
                                + " it is the forecast of another day.");
            }
            return whole;
        }
        if (base.isEmpty()) {
            throw new BadRequestException(
                    "kind",
                    "The " + baseName + " was planned without a forecast, so there is none to change by (" + kind
                            + ").\nMaybe send kind forecast with a whole forecast document, or PUT the district's"
                            + " forecast and re-plan the base plan first.");
        }
        Forecast changed = switch (kind) {
            case "snow" -> {
                Span span = span(request, base);
                double depth = amount("depthCm", request.depthCm(), 0.1, MOST_SNOW_CM, "cm in all");
                yield ForecastChanges.snow(base, span.start(), span.end(), depth);
            }
            case "rain" -> {
                Span span = span(request, base);
                double rain = amount("mmPerHour", request.mmPerHour(), 0.1, MOST_RAIN_MM_PER_HOUR, "mm in each hour");
                yield ForecastChanges.rain(base, span.start(), span.end(), rain);
            }
            default ->
                ForecastChanges.colder(
                        base, amount("degreesC", request.degreesC(), 0.1, MOST_DEGREES_COLDER, "°C colder"));
        };
        String field = switch (kind) {
            case "snow" -> "depthCm";
            case "rain" -> "mmPerHour";
            default -> "degreesC";
        };
        return checked(ForecastChanges.from(changed, "what-if: " + base.source()), field);
    }

    private record Span(LocalDateTime start, LocalDateTime end) {}

    private static Span span(WhatIfRequest request, Forecast base) {
        List<FieldProblem> problems = new ArrayList<>();
        if (request.start() == null) {
            problems.add(new FieldProblem(
                    "start",
                    "is required: the first hour of the " + request.kind() + ".\nMaybe \"2026-12-05T02:00\"."));
        } else if (request.start().getMinute() != 0
                || request.start().getSecond() != 0
                || request.start().getNano() != 0) {
            problems.add(new FieldProblem(
                    "start",
                    "(" + request.start() + ") must be on the full hour, as forecast hours are.\nMaybe "
                            + request.start().withMinute(0).withSecond(0).withNano(0) + "."));
        }
        if (request.hours() == null) {
            problems.add(new FieldProblem("hours", "is required: how many hours it lasts.\nMaybe 3."));
        } else if (request.hours() < 1 || request.hours() > MOST_HOURS) {
            problems.add(new FieldProblem(
                    "hours", "(" + request.hours() + ") must be from 1 to " + MOST_HOURS + " hours.\nMaybe 3."));
        }
        if (problems.isEmpty()) {
            LocalDateTime end = request.start().plusHours(request.hours());
            if (!ForecastChanges.covers(base, request.start(), end)) {
                problems.add(new FieldProblem(
                        request.start().isBefore(base.hours().get(0).hour())
                                        || !request.start().isBefore(ForecastChanges.lastEnd(base))
                                ? "start"
                                : "hours",
                        "The hours from (" + request.start() + ") to (" + end + ") are not all in the plan's day,"
                                + " whose forecast runs from ("
                                + base.hours().get(0).hour() + ") to ("
                                + ForecastChanges.lastEnd(base) + ").\nMaybe the date is mistyped: a night's"
                                + " hours after midnight are on the next date."));
            }
        }
        if (!problems.isEmpty()) {
            throw new BadRequestException(problems);
        }
        return new Span(request.start(), request.start().plusHours(request.hours()));
    }

    private static double amount(String field, Double value, double least, double most, String unit) {
        if (value == null) {
            throw new BadRequestException(field, "is required: " + unit + ".\nMaybe 5.");
        }
        if (!(value >= least && value <= most)) {
            throw new BadRequestException(
                    field,
                    "(" + value + ") must be from " + least + " to " + (int) most + " " + unit + ".\nMaybe it is in"
                            + " another unit: rain in mm, snow in cm, temperature in °C.");
        }
        return value;
    }

    private static Forecast whole(WhatIfRequest request) {
        if (request.forecast() == null || request.forecast().isNull()) {
            throw new BadRequestException(
                    "forecast",
                    "is required for kind forecast: {\"source\", \"issuedAt\", \"hours\": [...]} as PUT to a"
                            + " district's forecast");
        }
        return read(request.forecast().toString(), "forecast");
    }

    /** The changed forecast through the forecast checks; a value they refuse is named by the request's field. */
    private static Forecast checked(Forecast changed, String field) {
        return read(WeatherJson.write(changed).toString(), field);
    }

    private static Forecast read(String document, String field) {
        try {
            return new ForecastReader().read(document, "what-if forecast");
        } catch (InvalidDatasetException e) {
            throw new BadRequestException(e.problems().stream()
                    .map(problem -> new FieldProblem(
                            field.equals("forecast") ? "forecast" + problem.path() : field,
                            FailureReasons.withoutPaths(problem.reason(), e.file())))
                    .toList());
        }
    }
}
