package city.sanitation.app.district;

import city.sanitation.app.nightly.NightlySchedule;
import city.sanitation.fleet.Vehicle;
import java.util.List;
import org.quartz.SchedulerException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Districts, their data versions and their fleet. */
@RestController
class DistrictController {

    private final DistrictRepository districts;
    private final DistrictData data;
    private final NightlySchedule nightly;

    DistrictController(DistrictRepository districts, DistrictData data, NightlySchedule nightly) {
        this.districts = districts;
        this.data = data;
        this.nightly = nightly;
    }

    @GetMapping("/api/districts")
    List<District> list() {
        return districts.findAll();
    }

    @GetMapping("/api/districts/{districtId}")
    District get(@PathVariable String districtId) {
        return districts.get(districtId);
    }

    /** Imports a dataset file (format 1.0) as the district's newest data; its blind spots join the ledger. */
    @PostMapping(path = "/api/districts/{districtId}/datasets", consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    DatasetVersion importDataset(
            @PathVariable String districtId,
            @RequestBody String document,
            @RequestParam(defaultValue = "dispatcher") String actor)
            throws SchedulerException {
        DatasetVersion version = data.importDataset(districtId, document, actor);
        nightly.schedule(districts.get(districtId));
        return version;
    }

    @GetMapping("/api/districts/{districtId}/datasets")
    List<DatasetVersion> versions(@PathVariable String districtId) {
        districts.get(districtId);
        return districts.versions(districtId);
    }

    @GetMapping("/api/districts/{districtId}/vehicles")
    List<Vehicle> vehicles(@PathVariable String districtId) {
        return data.current(districtId).vehicles();
    }

    @PutMapping("/api/districts/{districtId}/vehicles/{vehicleId}")
    DatasetVersion putVehicle(
            @PathVariable String districtId,
            @PathVariable String vehicleId,
            @RequestBody Vehicle vehicle,
            @RequestParam(defaultValue = "dispatcher") String actor) {
        return data.putVehicle(districtId, vehicleId, vehicle, actor);
    }

    @DeleteMapping("/api/districts/{districtId}/vehicles/{vehicleId}")
    DatasetVersion removeVehicle(
            @PathVariable String districtId,
            @PathVariable String vehicleId,
            @RequestParam(defaultValue = "dispatcher") String actor) {
        return data.removeVehicle(districtId, vehicleId, actor);
    }
}
