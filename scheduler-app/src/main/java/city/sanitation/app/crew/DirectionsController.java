package city.sanitation.app.crew;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Turn-by-turn directions along a crew's own route, from the road network the plan was made on. */
@RestController
class DirectionsController {

    private final CrewDirections directions;

    DirectionsController(CrewDirections directions) {
        this.directions = directions;
    }

    @PreAuthorize("@access.crew(#districtId, #vehicleId)")
    @GetMapping("/api/districts/{districtId}/crews/{vehicleId}/directions")
    CrewDirections.Directions directions(
            @PathVariable String districtId,
            @PathVariable String vehicleId,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) Long planVersionId) {
        return directions.directions(districtId, vehicleId, date, planVersionId);
    }
}
