package city.sanitation.app.weather;

import city.sanitation.app.district.DistrictRepository;
import city.sanitation.app.infra.BadRequestException;
import city.sanitation.app.infra.BadRequestException.FieldProblem;
import city.sanitation.app.infra.FailureReasons;
import city.sanitation.dataset.ForecastReader;
import city.sanitation.dataset.InvalidDatasetException;
import city.sanitation.dataset.json.WeatherJson;
import city.sanitation.weather.Forecast;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Each district's newest forecast, stored apart from its data versions. A forecast is checked as a dataset's forecast
 * is (every problem at once, named by its JSON pointer) before it replaces the stored one, so a bad one stores nothing
 * and the last good one stays.
 */
@Service
public class DistrictForecasts {

    private final JdbcClient jdbc;
    private final DistrictRepository districts;

    DistrictForecasts(JdbcClient jdbc, DistrictRepository districts) {
        this.jdbc = jdbc;
        this.districts = districts;
    }

    /**
     * Checks and stores a forecast document as the district's newest.
     *
     * @param receivedFrom who or what delivered it, for the dispatcher to judge it
     * @throws BadRequestException naming each field of the document that cannot be accepted
     */
    public Forecast put(String districtId, String document, String receivedFrom) {
        districts.get(districtId);
        Forecast forecast = read(document, "forecast of district " + districtId);
        jdbc.sql("""
                        INSERT INTO district_forecast
                            (district_id, document, source, issued_at, first_hour, end_hour, received_from, received_at)
                        VALUES (?, ?::jsonb, ?, ?, ?, ?, ?, now())
                        ON CONFLICT (district_id) DO UPDATE SET document = excluded.document, source = excluded.source,
                            issued_at = excluded.issued_at, first_hour = excluded.first_hour,
                            end_hour = excluded.end_hour, received_from = excluded.received_from,
                            received_at = excluded.received_at""")
                .params(
                        districtId,
                        WeatherJson.write(forecast).toString(),
                        forecast.source(),
                        forecast.issuedAt(),
                        forecast.hours().get(0).hour(),
                        forecast.hours().get(forecast.hours().size() - 1).hour().plusHours(1),
                        receivedFrom)
                .update();
        return forecast;
    }

    /** The stored forecast with when and where it came from, as the API answers it; empty when there is none. */
    Optional<String> describe(String districtId) {
        districts.get(districtId);
        return jdbc.sql("""
                        SELECT jsonb_build_object('districtId', district_id, 'source', source,
                            'issuedAt', to_char(issued_at, 'YYYY-MM-DD"T"HH24:MI'),
                            'firstHour', to_char(first_hour, 'YYYY-MM-DD"T"HH24:MI'),
                            'endHour', to_char(end_hour, 'YYYY-MM-DD"T"HH24:MI'),
                            'receivedFrom', received_from, 'receivedAt', received_at, 'forecast', document)::text
                        FROM district_forecast WHERE district_id = ?""").param(districtId).query(String.class).optional();
    }

    /** The district's stored forecast; {@link Forecast#NONE} when it has none. */
    public Forecast newest(String districtId) {
        return jdbc.sql("SELECT document::text FROM district_forecast WHERE district_id = ?")
                .param(districtId)
                .query(String.class)
                .optional()
                .map(document -> new ForecastReader().read(document, "stored forecast of district " + districtId))
                .orElse(Forecast.NONE);
    }

    private static Forecast read(String document, String name) {
        try {
            return new ForecastReader().read(document, name);
        } catch (InvalidDatasetException e) {
            throw new BadRequestException(e.problems().stream()
                    .map(problem -> new FieldProblem(
                            problem.path().isEmpty() ? "body" : problem.path(),
                            FailureReasons.withoutPaths(problem.reason(), e.file())))
                    .toList());
        }
    }
}
