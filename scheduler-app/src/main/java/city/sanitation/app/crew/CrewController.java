package city.sanitation.app.crew;

import city.sanitation.app.infra.BadRequestException;
import city.sanitation.app.infra.ConflictException;
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
import org.springframework.web.bind.annotation.RequestHeader;
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
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) String lang,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        return RouteSheet.html(routes.route(districtId, vehicleId, date), language(lang, acceptLanguage));
    }

    /** The language the crew chose on its page (lang), else the browser's, else Chinese. */
    private static RouteSheetWords language(String lang, String acceptLanguage) {
        if (lang == null || lang.isBlank()) {
            return RouteSheetWords.accepted(acceptLanguage);
        }
        RouteSheetWords chosen = RouteSheetWords.of(lang);
        if (chosen == null) {
            throw new BadRequestException(
                    "lang",
                    "the language (" + (lang.length() > 20 ? lang.substring(0, 20) + "…" : lang)
                            + ") of the route sheet must be zh or en. Maybe leave it out to have the browser's"
                            + " language");
        }
        return chosen;
    }

    @PreAuthorize("@access.crew(#districtId, #vehicleId)")
    @PostMapping(BASE + "/tasks/{taskId}/started")
    CrewRoutes.CrewRoute started(
            @PathVariable String districtId,
            @PathVariable String vehicleId,
            @PathVariable String taskId,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) Long planVersionId,
            @RequestParam(required = false) String reportedBy) {
        return routes.report(districtId, vehicleId, date, taskId, "STARTED", planVersionId, reporter(reportedBy));
    }

    @PreAuthorize("@access.crew(#districtId, #vehicleId)")
    @PostMapping(BASE + "/tasks/{taskId}/done")
    CrewRoutes.CrewRoute done(
            @PathVariable String districtId,
            @PathVariable String vehicleId,
            @PathVariable String taskId,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) Long planVersionId,
            @RequestParam(required = false) String reportedBy) {
        return routes.report(districtId, vehicleId, date, taskId, "DONE", planVersionId, reporter(reportedBy));
    }

    @PreAuthorize("@access.crew(#districtId, #vehicleId)")
    @PostMapping(BASE + "/blocks/{blockId}/started")
    CrewRoutes.CrewRoute blockStarted(
            @PathVariable String districtId,
            @PathVariable String vehicleId,
            @PathVariable String blockId,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) Long planVersionId,
            @RequestParam(required = false) String reportedBy) {
        return routes.reportBlock(districtId, vehicleId, date, blockId, "STARTED", planVersionId, reporter(reportedBy));
    }

    @PreAuthorize("@access.crew(#districtId, #vehicleId)")
    @PostMapping(BASE + "/blocks/{blockId}/done")
    CrewRoutes.CrewRoute blockDone(
            @PathVariable String districtId,
            @PathVariable String vehicleId,
            @PathVariable String blockId,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) Long planVersionId,
            @RequestParam(required = false) String reportedBy) {
        return routes.reportBlock(districtId, vehicleId, date, blockId, "DONE", planVersionId, reporter(reportedBy));
    }

    /**
     * The account a report is recorded under: the signed-in one, which must be the one the report was made under
     * ({@code reportedBy}, sent by a phone that queued it) so that a report kept on a shared phone never goes under
     * the next crew's name.
     */
    private String reporter(String reportedBy) {
        String signedIn = current.username();
        if (reportedBy != null && !reportedBy.equals(signedIn)) {
            throw new ConflictException("The report was made by another account than the one signed in (" + signedIn
                    + "); it is recorded only under the account it was made under.\nMaybe sign in as that account"
                    + " to send it.");
        }
        return signedIn;
    }
}
