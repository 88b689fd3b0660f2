package city.sanitation.app.weather;

import city.sanitation.app.infra.BadRequestException;
import city.sanitation.app.infra.NotFoundException;
import city.sanitation.app.weather.WeatherSourceProperties.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Reads a district's forecast from the configured source (a file or an address) and stores it as the district's newest
 * through the same checks as the API. A document that cannot be read or fails a check is logged with its reason and
 * stores nothing, so the last good forecast stays in use.
 */
@Component
public class WeatherSource {

    private static final Logger LOG = LoggerFactory.getLogger(WeatherSource.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final WeatherSourceProperties properties;
    private final DistrictForecasts forecasts;
    private final HttpClient http;

    WeatherSource(WeatherSourceProperties properties, DistrictForecasts forecasts) {
        this.properties = properties;
        this.forecasts = forecasts;
        this.http = properties.source() == Kind.URL
                ? HttpClient.newBuilder()
                        .connectTimeout(TIMEOUT)
                        .followRedirects(HttpClient.Redirect.NORMAL)
                        .build()
                : null;
    }

    boolean isConfigured() {
        return properties.source() != Kind.NONE;
    }

    /**
     * Reads and stores the district's forecast from the source; does nothing when no source is configured.
     *
     * @return whether a new forecast was stored
     */
    public boolean refresh(String districtId) {
        if (!isConfigured()) {
            return false;
        }
        String location = location(districtId);
        try {
            forecasts.put(districtId, read(location), properties.source().name().toLowerCase() + ":" + location);
            LOG.debug("The forecast of district ({}) was read from ({}).", districtId, location);
            return true;
        } catch (BadRequestException e) {
            LOG.warn(
                    "The forecast of district ({}) from ({}) was not stored; the last good one stays: {}",
                    districtId,
                    location,
                    e.problems().stream()
                            .map(problem -> problem.field() + ": " + problem.reason())
                            .collect(Collectors.joining("; ")));
        } catch (IOException | SourceException e) {
            LOG.warn(
                    "The forecast of district ({}) could not be read from ({}); the last good one stays: {}",
                    districtId,
                    location,
                    e.getMessage());
        } catch (NotFoundException e) {
            LOG.debug("District ({}) is gone; its forecast is not read.", districtId);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    private String location(String districtId) {
        return properties.locationOf(
                properties.source() == Kind.URL ? URLEncoder.encode(districtId, StandardCharsets.UTF_8) : districtId);
    }

    private String read(String location) throws IOException, InterruptedException {
        long limit = properties.maxDocument().toBytes();
        if (properties.source() == Kind.FILE) {
            Path file = Path.of(location);
            if (Files.size(file) > limit) {
                throw tooLarge(limit);
            }
            return Files.readString(file, StandardCharsets.UTF_8);
        }
        HttpResponse<InputStream> response = http.send(
                HttpRequest.newBuilder(URI.create(location))
                        .timeout(TIMEOUT)
                        .header("Accept", "application/json")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                throw new SourceException("The weather source answered " + response.statusCode() + ".");
            }
            byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (bytes.length > limit) {
                throw tooLarge(limit);
            }
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private static SourceException tooLarge(long limit) {
        return new SourceException("The forecast is larger than " + limit
                + " bytes (sanitation.weather.max-document).\nMaybe it holds more days than the plan needs.");
    }

    private static final class SourceException extends RuntimeException {
        SourceException(String message) {
            super(message);
        }
    }
}
