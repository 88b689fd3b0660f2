package city.sanitation.app.crew;

import city.sanitation.app.security.CurrentAccount;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A crew's own route for a date from the published plan (as JSON, GeoJSON, GPX and a printable sheet), and its reports. */
@RestController
class CrewController {

    private static final String BASE = "/api/districts/{districtId}/crews/{vehicleId}";

    private final CrewRoutes routes;

    private final CurrentAccount current;

    CrewController(CrewRoutes routes, CurrentAccount current) {
        this.routes = routes;
        this.current = current;
    }

    @PreAuthorize("@access.crew(#districtId, #vehicleId)")
    @GetMapping(BASE + "/route")
    CrewRoutes.CrewRoute route(
            @PathVariable String districtId,
            @PathVariable String vehicleId,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return routes.route(districtId, vehicleId, date);
    }

    @PreAuthorize("@access.crew(#districtId, #vehicleId)")
    @GetMapping(path = BASE + "/route.geojson", produces = "application/geo+json")
    ResponseEntity<String> geoJson(
            @PathVariable String districtId,
            @PathVariable String vehicleId,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return ResponseEntity.ok(routes.geoJson(districtId, vehicleId, date));
    }

    @PreAuthorize("@access.crew(#districtId, #vehicleId)")
    @GetMapping(path = BASE + "/route.gpx", produces = "application/gpx+xml")
    ResponseEntity<String> gpx(
            @PathVariable String districtId,
            @PathVariable String vehicleId,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        // Saved as a file, named so that a navigation device lists the vehicle and the day.
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(vehicleId + "-" + date + ".gpx", StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(routes.gpx(districtId, vehicleId, date));
    }

    @PreAuthorize("@access.crew(#districtId, #vehicleId)")
    @GetMapping(path = BASE + "/route-sheet", produces = MediaType.TEXT_HTML_VALUE)
    String routeSheet(
            @PathVariable String districtId,
            @PathVariable String vehicleId,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return RouteSheet.html(routes.route(districtId, vehicleId, date));
    }

    @PreAuthorize("@access.crew(#districtId, #vehicleId)")
    @PostMapping(BASE + "/tasks/{taskId}/started")
    CrewRoutes.CrewRoute started(
            @PathVariable String districtId,
            @PathVariable String vehicleId,
            @PathVariable String taskId,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) Long planVersionId) {
        return routes.report(districtId, vehicleId, date, taskId, "STARTED", planVersionId, current.username());
    }

    @PreAuthorize("@access.crew(#districtId, #vehicleId)")
    @PostMapping(BASE + "/tasks/{taskId}/done")
    CrewRoutes.CrewRoute done(
            @PathVariable String districtId,
            @PathVariable String vehicleId,
            @PathVariable String taskId,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) Long planVersionId) {
        return routes.report(districtId, vehicleId, date, taskId, "DONE", planVersionId, current.username());
    }

    @PreAuthorize("@access.crew(#districtId, #vehicleId)")
    @PostMapping(BASE + "/blocks/{blockId}/started")
    CrewRoutes.CrewRoute blockStarted(
            @PathVariable String districtId,
            @PathVariable String vehicleId,
            @PathVariable String blockId,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) Long planVersionId) {
        return routes.reportBlock(districtId, vehicleId, date, blockId, "STARTED", planVersionId, current.username());
    }

    @PreAuthorize("@access.crew(#districtId, #vehicleId)")
    @PostMapping(BASE + "/blocks/{blockId}/done")
    CrewRoutes.CrewRoute blockDone(
            @PathVariable String districtId,
            @PathVariable String vehicleId,
            @PathVariable String blockId,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) Long planVersionId) {
        return routes.reportBlock(districtId, vehicleId, date, blockId, "DONE", planVersionId, current.username());
    }
}
