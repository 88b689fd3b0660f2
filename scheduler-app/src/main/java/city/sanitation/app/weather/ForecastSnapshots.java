package city.sanitation.app.weather;

import city.sanitation.dataset.ForecastReader;
import city.sanitation.dataset.json.WeatherJson;
import city.sanitation.weather.Forecast;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The forecasts plans were made with, each distinct document stored once under the SHA-256 of its text: a day's
 * nightly plan and its re-plans are mostly made under one forecast, so versions refer to it rather than copy it.
 */
@Repository
public class ForecastSnapshots {

    private final JdbcClient jdbc;

    ForecastSnapshots(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the forecast unless an identical one is stored; its key, or empty for no forecast at all. */
    public Optional<String> store(Forecast forecast) {
        if (forecast.isEmpty()) {
            return Optional.empty();
        }
        String document = WeatherJson.write(forecast).toString();
        String digest = sha256(document);
        ForecastSummary summary = ForecastSummary.of(digest, forecast);
        jdbc.sql("""
                        INSERT INTO forecast_document (digest, document, source, issued_at, first_hour, end_hour,
                            min_temperature_c, snow_total_cm, rain_total_mm, alerts)
                        VALUES (?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (digest) DO NOTHING""")
                .params(
                        digest,
                        document,
                        summary.source(),
                        summary.issuedAt(),
                        summary.firstHour(),
                        summary.endHour(),
                        summary.minTemperatureC(),
                        summary.snowTotalCm(),
                        summary.rainTotalMm(),
                        String.join(" ", summary.alerts()))
                .update();
        return Optional.of(digest);
    }

    /** The stored forecast under {@code digest}; {@link Forecast#NONE} when there is none. */
    public Forecast forecast(String digest) {
        return document(digest)
                .map(document -> new ForecastReader().read(document, "stored forecast " + digest))
                .orElse(Forecast.NONE);
    }

    /** The stored document under {@code digest}, as the forecast API writes one. */
    public Optional<String> document(String digest) {
        return jdbc.sql("SELECT document::text FROM forecast_document WHERE digest = ?")
                .param(digest)
                .query(String.class)
                .optional();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256.", e);
        }
    }
}
