package city.sanitation.app.district;

import city.sanitation.app.district.DatasetElements.ElementList;
import city.sanitation.app.district.DistrictData.CrewShift;
import city.sanitation.app.infra.RequestChecks;
import city.sanitation.app.security.CurrentAccount;
import city.sanitation.fleet.BreakRule;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A district's toilets, hydrants, salt depots, washing requirements and crew shifts, listed and edited one at a time. Each change
 * is checked with the whole dataset and stored as a new data version; a rejected one changes nothing.
 */
@RestController
class DataController {

    private static final String BASE = "/api/districts/{districtId}";
    private static final String GEO_JSON = "application/geo+json";

    private final DatasetElements elements;
    private final DistrictData data;
    private final CurrentAccount current;
    private final RequestChecks checks;

    DataController(DatasetElements elements, DistrictData data, CurrentAccount current, RequestChecks checks) {
        this.elements = elements;
        this.data = data;
        this.current = current;
        this.checks = checks;
    }

    /** A shift with the breaks taken in it. */
    record ShiftChange(
            @NotNull(message = "is required: start, end and hardEnd") @Valid
            VehicleRequest.ShiftRequest shift,

            @Size(
                    max = VehicleRequest.MAX_BREAKS,
                    message = "must have at most " + VehicleRequest.MAX_BREAKS + " breaks")
            List<@NotNull(message = "must not be null: earliestStart, latestEnd and duration") BreakRule> breaks) {}

    @Operation(summary = "The district's flagship toilets, as a GeoJSON FeatureCollection")
    @PreAuthorize("@access.read(#districtId)")
    @GetMapping(path = BASE + "/toilets", produces = GEO_JSON)
    ResponseEntity<String> toilets(@PathVariable String districtId) {
        return ResponseEntity.ok(elements.list(districtId, ElementList.TOILETS));
    }

    @Operation(
            summary = "Adds or changes a toilet",
            description = "The body is a GeoJSON Feature with a Point geometry and the properties name, opensAt,"
                    + " closesAt, roundsPerDay, minGapMinutes, maxGapMinutes, roundMinutes (dataset format 1.0).")
    @PreAuthorize("@access.admin()")
    @PutMapping(
            path = BASE + "/toilets/{toiletId}",
            consumes = {"application/json", GEO_JSON})
    DatasetVersion putToilet(
            @PathVariable String districtId, @PathVariable String toiletId, @RequestBody String feature) {
        return elements.put(districtId, ElementList.TOILETS, toiletId, feature, current.username());
    }

    @Operation(summary = "Removes a toilet")
    @PreAuthorize("@access.admin()")
    @DeleteMapping(BASE + "/toilets/{toiletId}")
    DatasetVersion removeToilet(@PathVariable String districtId, @PathVariable String toiletId) {
        return elements.remove(districtId, ElementList.TOILETS, toiletId, current.username());
    }

    @Operation(summary = "The district's hydrants (water filling points), as a GeoJSON FeatureCollection")
    @PreAuthorize("@access.read(#districtId)")
    @GetMapping(path = BASE + "/hydrants", produces = GEO_JSON)
    ResponseEntity<String> hydrants(@PathVariable String districtId) {
        return ResponseEntity.ok(elements.list(districtId, ElementList.HYDRANTS));
    }

    @Operation(
            summary = "Adds or changes a hydrant",
            description = "The body is a GeoJSON Feature with a Point geometry and the properties name and"
                    + " refillMinutes (dataset format 1.0).")
    @PreAuthorize("@access.admin()")
    @PutMapping(
            path = BASE + "/hydrants/{hydrantId}",
            consumes = {"application/json", GEO_JSON})
    DatasetVersion putHydrant(
            @PathVariable String districtId, @PathVariable String hydrantId, @RequestBody String feature) {
        return elements.put(districtId, ElementList.HYDRANTS, hydrantId, feature, current.username());
    }

    @Operation(summary = "Removes a hydrant")
    @PreAuthorize("@access.admin()")
    @DeleteMapping(BASE + "/hydrants/{hydrantId}")
    DatasetVersion removeHydrant(@PathVariable String districtId, @PathVariable String hydrantId) {
        return elements.remove(districtId, ElementList.HYDRANTS, hydrantId, current.username());
    }

    @Operation(
            summary =
                    "The district's salt depots (where spreaders load salt or de-icer), as a GeoJSON FeatureCollection")
    @PreAuthorize("@access.read(#districtId)")
    @GetMapping(path = BASE + "/salt-depots", produces = GEO_JSON)
    ResponseEntity<String> saltDepots(@PathVariable String districtId) {
        return ResponseEntity.ok(elements.list(districtId, ElementList.SALT_DEPOTS));
    }

    @Operation(
            summary = "Adds or changes a salt depot",
            description = "The body is a GeoJSON Feature with a Point geometry and the properties name and"
                    + " reloadMinutes (dataset format 1.0).")
    @PreAuthorize("@access.admin()")
    @PutMapping(
            path = BASE + "/salt-depots/{saltDepotId}",
            consumes = {"application/json", GEO_JSON})
    DatasetVersion putSaltDepot(
            @PathVariable String districtId, @PathVariable String saltDepotId, @RequestBody String feature) {
        return elements.put(districtId, ElementList.SALT_DEPOTS, saltDepotId, feature, current.username());
    }

    @Operation(summary = "Removes a salt depot")
    @PreAuthorize("@access.admin()")
    @DeleteMapping(BASE + "/salt-depots/{saltDepotId}")
    DatasetVersion removeSaltDepot(@PathVariable String districtId, @PathVariable String saltDepotId) {
        return elements.remove(districtId, ElementList.SALT_DEPOTS, saltDepotId, current.username());
    }

    @Operation(summary = "The district's washing requirements: which street segments are washed how often")
    @PreAuthorize("@access.read(#districtId)")
    @GetMapping(path = BASE + "/washing-requirements", produces = "application/json")
    ResponseEntity<String> washingRequirements(@PathVariable String districtId) {
        return ResponseEntity.ok(elements.list(districtId, ElementList.WASHING_REQUIREMENTS));
    }

    @Operation(
            summary = "Adds or changes a washing requirement",
            description = "The body has segmentId, direction (forward, both_sides, either), passes, frequency"
                    + " (twice_daily, daily, every_other_day, every_third_day, weekly), capability and an optional"
                    + " lastDone date (dataset format 1.0).")
    @PreAuthorize("@access.admin()")
    @PutMapping(path = BASE + "/washing-requirements/{requirementId}", consumes = "application/json")
    DatasetVersion putWashingRequirement(
            @PathVariable String districtId, @PathVariable String requirementId, @RequestBody String requirement) {
        return elements.put(
                districtId, ElementList.WASHING_REQUIREMENTS, requirementId, requirement, current.username());
    }

    @Operation(summary = "Removes a washing requirement")
    @PreAuthorize("@access.admin()")
    @DeleteMapping(BASE + "/washing-requirements/{requirementId}")
    DatasetVersion removeWashingRequirement(@PathVariable String districtId, @PathVariable String requirementId) {
        return elements.remove(districtId, ElementList.WASHING_REQUIREMENTS, requirementId, current.username());
    }

    @Operation(summary = "Every crew's shift and breaks")
    @PreAuthorize("@access.read(#districtId)")
    @GetMapping(BASE + "/shifts")
    List<CrewShift> shifts(@PathVariable String districtId) {
        return data.shifts(districtId);
    }

    @Operation(
            summary = "Moves a crew's shift and replaces its breaks",
            description = "start < end <= hardEnd, shorter than 24 hours (shifts repeat daily), breaks inside the"
                    + " shift and not overlapping each other.")
    @PreAuthorize("@access.dispatch(#districtId)")
    @PutMapping(BASE + "/vehicles/{vehicleId}/shift")
    DatasetVersion putShift(
            @PathVariable String districtId, @PathVariable String vehicleId, @RequestBody ShiftChange change) {
        checks.valid(change);
        return data.putShift(districtId, vehicleId, change.shift().toShift(), change.breaks(), current.username());
    }
}
