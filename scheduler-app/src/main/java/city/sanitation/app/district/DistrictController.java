package city.sanitation.app.district;

import city.sanitation.app.infra.RequestChecks;
import city.sanitation.app.nightly.NightlySchedule;
import city.sanitation.app.security.Account;
import city.sanitation.app.security.CurrentAccount;
import city.sanitation.fleet.Vehicle;
import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Districts, their data versions and their fleet. */
@RestController
class DistrictController {

    private final DistrictRepository districts;
    private final DistrictData data;
    private final NightlySchedule nightly;
    private final OsmDistrictImport osm;
    private final CurrentAccount current;
    private final RequestChecks checks;

    DistrictController(
            DistrictRepository districts,
            DistrictData data,
            NightlySchedule nightly,
            OsmDistrictImport osm,
            CurrentAccount current,
            RequestChecks checks) {
        this.current = current;
        this.checks = checks;
        this.districts = districts;
        this.data = data;
        this.nightly = nightly;
        this.osm = osm;
    }

    @PreAuthorize("@access.signedIn()")
    @GetMapping("/api/districts")
    List<District> list() {
        Account account = current.find().orElseThrow();
        return districts.findAll().stream()
                .filter(district -> account.worksOn(district.id()))
                .toList();
    }

    @PreAuthorize("@access.member(#districtId)")
    @GetMapping("/api/districts/{districtId}")
    District get(@PathVariable String districtId) {
        return districts.get(districtId);
    }

    /** Imports a dataset file (format 1.0) as the district's newest data; its blind spots join the ledger. */
    @PreAuthorize("@access.admin()")
    @PostMapping(path = "/api/districts/{districtId}/datasets", consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    DatasetVersion importDataset(@PathVariable String districtId, @RequestBody String document) {
        DatasetVersion version = data.importDataset(districtId, document, current.username());
        nightly.scheduleOrFlag(districts.get(districtId));
        return version;
    }

    @Operation(
            summary = "Builds the district's data from an OpenStreetMap extract",
            description = "Upload an extract (.osm, .osm.gz or .osm.pbf) as the multipart part \"file\". Its drivable"
                    + " streets become the road network, and subdistricts, grids, depots, hydrants, transfer stations,"
                    + " toilets, washing requirements, blind spots and a fleet sized to the streets are placed on them"
                    + " (seeded: the same file and seed give the same data). Stored as the district's newest version.")
    @PreAuthorize("@access.admin()")
    @PostMapping(path = "/api/districts/{districtId}/osm", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    DatasetVersion importOsm(
            @PathVariable String districtId,
            @RequestPart(name = "file", required = false) MultipartFile file,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) Long seed,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
        DatasetVersion version = osm.importExtract(districtId, file, name, seed, day, current.username());
        nightly.scheduleOrFlag(districts.get(districtId));
        return version;
    }

    @PreAuthorize("@access.read(#districtId)")
    @GetMapping("/api/districts/{districtId}/datasets")
    List<DatasetVersion> versions(@PathVariable String districtId) {
        districts.get(districtId);
        return districts.versions(districtId);
    }

    @PreAuthorize("@access.member(#districtId)")
    @GetMapping("/api/districts/{districtId}/vehicles")
    List<Vehicle> vehicles(@PathVariable String districtId) {
        return data.current(districtId).vehicles();
    }

    @PreAuthorize("@access.admin()")
    @PutMapping("/api/districts/{districtId}/vehicles/{vehicleId}")
    DatasetVersion putVehicle(
            @PathVariable String districtId, @PathVariable String vehicleId, @RequestBody VehicleRequest vehicle) {
        return data.putVehicle(districtId, vehicleId, checks.valid(vehicle).toVehicle(), current.username());
    }

    @PreAuthorize("@access.admin()")
    @DeleteMapping("/api/districts/{districtId}/vehicles/{vehicleId}")
    DatasetVersion removeVehicle(@PathVariable String districtId, @PathVariable String vehicleId) {
        return data.removeVehicle(districtId, vehicleId, current.username());
    }
}
