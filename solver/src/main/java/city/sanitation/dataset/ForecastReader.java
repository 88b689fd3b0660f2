package city.sanitation.dataset;

import city.sanitation.dataset.json.Located;
import city.sanitation.dataset.json.MappingProblem;
import city.sanitation.dataset.json.TrackedNode;
import city.sanitation.dataset.json.WeatherJson;
import city.sanitation.weather.Forecast;
import city.sanitation.weather.HourlyWeather;
import java.util.List;
import java.util.Optional;

/**
 * Reads a district's forecast on its own (the {@code forecast} member of a dataset's {@code weather}, as a weather
 * service or a dispatcher sends it) with the checks a dataset's forecast gets, every problem at once, named by its JSON
 * pointer within the document. Whether it covers a day is decided when that day is planned, not here.
 */
public final class ForecastReader {

    /**
     * @param name what to call the document in problems
     * @throws InvalidDatasetException listing every problem of the document
     */
    public Forecast read(String document, String name) {
        ProblemCollector problems = new ProblemCollector(name);
        Optional<JsonDocument> parsed = JsonDocument.parse(document, problems);
        if (parsed.isEmpty()) {
            throw problems.exception();
        }
        TrackedNode root = TrackedNode.root(parsed.get().tree());
        WeatherJson.ReadForecast read;
        try {
            read = WeatherJson.readForecast(
                    root, (pointer, problem) -> problems.add(problem.pointer(), problem.reason()));
        } catch (MappingProblem problem) {
            problems.add(problem.pointer(), problem.reason());
            throw problems.exception();
        }
        List<Located<HourlyWeather>> hours = read.hours();
        if (hours.isEmpty() && problems.isEmpty()) {
            problems.add(
                    "/hours",
                    "The forecast has no hours: the plan needs the weather of every hour it covers.\n"
                            + "Maybe send \"hours\": [ { \"hour\": \"2026-12-03T18:00\", \"temperatureC\": -6.5,"
                            + " \"windKmh\": 12 }, ... ].");
        }
        WeatherChecks.checkHours(hours, problems);
        problems.throwIfAny();
        return read.forecast();
    }
}
