package city.sanitation.app.weather;

import city.sanitation.app.infra.NotFoundException;
import city.sanitation.app.security.CurrentAccount;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A district's forecast: dispatchers send the newest, everyone in the office reads it. */
@RestController
class ForecastController {

    private static final String PATH = "/api/districts/{districtId}/forecast";

    private final DistrictForecasts forecasts;
    private final Snowfalls snowfalls;
    private final CurrentAccount current;

    ForecastController(DistrictForecasts forecasts, Snowfalls snowfalls, CurrentAccount current) {
        this.forecasts = forecasts;
        this.snowfalls = snowfalls;
        this.current = current;
    }

    /** A snowfall a dispatcher saw: the hours it covers become snow hours of the stored forecast. */
    @PreAuthorize("@access.dispatch(#districtId)")
    @PostMapping(
            path = PATH + "/snowfall",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> snowfall(@PathVariable String districtId, @RequestBody Snowfalls.SnowfallReport report) {
        snowfalls.report(districtId, report, current.username());
        return get(districtId);
    }

    @PreAuthorize("@access.dispatch(#districtId)")
    @PutMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> put(@PathVariable String districtId, @RequestBody String document) {
        forecasts.put(districtId, document, "api:" + current.username());
        return get(districtId);
    }

    @PreAuthorize("@access.read(#districtId)")
    @GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> get(@PathVariable String districtId) {
        return ResponseEntity.ok(forecasts
                .describe(districtId)
                .orElseThrow(() -> new NotFoundException("forecast of district", districtId)));
    }
}
