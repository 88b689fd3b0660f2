package city.sanitation.app.district;

import city.sanitation.app.infra.BadRequestException;
import city.sanitation.app.infra.BadRequestException.FieldProblem;
import city.sanitation.app.infra.FailureReasons;
import city.sanitation.app.infra.NotFoundException;
import city.sanitation.app.ledger.BlindSpotLedger;
import city.sanitation.dataset.InvalidDatasetException;
import city.sanitation.dataset.LoadedDataset;
import city.sanitation.dataset.SanitationDataset;
import city.sanitation.fleet.BreakRule;
import city.sanitation.fleet.Shift;
import city.sanitation.fleet.Vehicle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A district's data: imported datasets and edits to its fleet. Every change is checked as a whole dataset and stored
 * as a new version, so a rejected change leaves the current version untouched.
 */
@Service
public class DistrictData {

    private final DistrictRepository districts;
    private final DatasetDocuments documents;
    private final BlindSpotLedger ledger;
    private final String defaultCron;

    DistrictData(
            DistrictRepository districts,
            DatasetDocuments documents,
            BlindSpotLedger ledger,
            @Value("${sanitation.nightly.default-cron:0 0 18 * * ?}") String defaultCron) {
        this.districts = districts;
        this.documents = documents;
        this.ledger = ledger;
        this.defaultCron = defaultCron;
    }

    /** Imports a dataset document for a district, creating the district on its first import. */
    @Transactional
    public DatasetVersion importDataset(String districtId, String document, String actor) {
        LoadedDataset loaded = documents.read(document, "request body");
        return store(
                districtId, loaded.dataset(), "import of " + loaded.dataset().name(), actor);
    }

    @Transactional
    public DatasetVersion store(String districtId, SanitationDataset dataset, String note, String actor) {
        String timeZone = dataset.horizon().timeZone().getId();
        Optional<District> existing = districts.find(districtId);
        if (existing.isEmpty()) {
            if (!districtId.matches(VehicleRequest.ID)) {
                throw new BadRequestException(
                        "districtId",
                        "(" + DatasetElements.shortened(districtId) + ") of a new district " + VehicleRequest.ID_RULE);
            }
            districts.insert(new District(districtId, dataset.name(), defaultCron, timeZone));
        } else if (!existing.get().timeZone().equals(timeZone)) {
            districts.updateTimeZone(districtId, timeZone);
        }
        long id = districts.addVersion(districtId, documents.write(dataset), note, actor);
        ledger.importReports(districtId, dataset.blindSpots(), actor);
        return districts.versions(districtId).stream()
                .filter(version -> version.id() == id)
                .findFirst()
                .orElseThrow();
    }

    public SanitationDataset current(String districtId) {
        districts.get(districtId);
        return documents
                .version(districts.currentVersionId(districtId), districts)
                .dataset();
    }

    /** The current data, locked against other changes until the calling transaction ends. */
    private SanitationDataset currentForChange(String districtId) {
        districts.lockForChange(districtId);
        return current(districtId);
    }

    /** Adds or replaces a vehicle and its crew. */
    @Transactional
    public DatasetVersion putVehicle(String districtId, String vehicleId, Vehicle vehicle, String actor) {
        SanitationDataset dataset = currentForChange(districtId);
        checkVehicle(dataset, vehicleId, vehicle);
        List<Vehicle> vehicles = new ArrayList<>(dataset.vehicles());
        vehicles.removeIf(existing -> existing.id().equals(vehicleId));
        vehicles.add(vehicle);
        SanitationDataset changed = withVehicles(dataset, vehicles);
        checkWhole(changed, vehicles.size() - 1, "vehicle " + vehicleId);
        return store(districtId, changed, "vehicle " + vehicleId + " set", actor);
    }

    /** A crew's working day: its vehicle's shift and breaks. */
    public record CrewShift(String vehicleId, String vehicleName, Shift shift, List<BreakRule> breaks) {}

    public List<CrewShift> shifts(String districtId) {
        return current(districtId).vehicles().stream()
                .map(vehicle -> new CrewShift(vehicle.id(), vehicle.name(), vehicle.shift(), vehicle.breaks()))
                .toList();
    }

    /** Moves a crew's shift and breaks; the breaks replace the old ones. */
    @Transactional
    public DatasetVersion putShift(
            String districtId, String vehicleId, Shift shift, List<BreakRule> breaks, String actor) {
        SanitationDataset dataset = currentForChange(districtId);
        Vehicle vehicle = dataset.vehicles().stream()
                .filter(existing -> existing.id().equals(vehicleId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("vehicle", vehicleId));
        List<BreakRule> newBreaks = breaks == null ? List.of() : breaks;
        List<FieldProblem> problems = ShiftChecks.check(shift, newBreaks);
        if (!problems.isEmpty()) {
            throw new BadRequestException(problems);
        }
        Vehicle moved = new Vehicle(
                vehicle.id(),
                vehicle.name(),
                vehicle.typeId(),
                vehicle.depotId(),
                shift,
                newBreaks,
                vehicle.skills(),
                vehicle.homeTerritories(),
                vehicle.homeTerritoriesStrict());
        List<Vehicle> vehicles = new ArrayList<>(dataset.vehicles());
        vehicles.replaceAll(existing -> existing.id().equals(vehicleId) ? moved : existing);
        SanitationDataset changed = withVehicles(dataset, vehicles);
        checkWhole(changed, vehicles.indexOf(moved), "shift of vehicle " + vehicleId);
        return store(districtId, changed, "shift of vehicle " + vehicleId + " set", actor);
    }

    @Transactional
    public DatasetVersion removeVehicle(String districtId, String vehicleId, String actor) {
        SanitationDataset dataset = currentForChange(districtId);
        if (dataset.vehicles().stream().noneMatch(vehicle -> vehicle.id().equals(vehicleId))) {
            throw new NotFoundException("vehicle", vehicleId);
        }
        List<Vehicle> vehicles = new ArrayList<>(dataset.vehicles());
        vehicles.removeIf(existing -> existing.id().equals(vehicleId));
        return store(districtId, withVehicles(dataset, vehicles), "vehicle " + vehicleId + " removed", actor);
    }

    /**
     * Checks the changed dataset as a whole with the dataset reader, the rules every plan build applies; its problems
     * in the edited vehicle are named by the request's fields ({@code shift.hardEnd}), others by their place.
     */
    private void checkWhole(SanitationDataset changed, int vehicleIndex, String what) {
        try {
            documents.read(documents.write(changed), what);
        } catch (InvalidDatasetException e) {
            String pointer = "/fleet/vehicles/" + vehicleIndex;
            throw new BadRequestException(e.problems().stream()
                    .map(problem -> new FieldProblem(
                            problem.path().startsWith(pointer + "/")
                                    ? problem.path()
                                            .substring(pointer.length() + 1)
                                            .replace('/', '.')
                                    : problem.path().isEmpty() ? "body" : problem.path(),
                            FailureReasons.withoutPaths(problem.reason(), e.file())))
                    .toList());
        }
    }

    private static void checkVehicle(SanitationDataset dataset, String vehicleId, Vehicle vehicle) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!vehicleId.equals(vehicle.id())) {
            problems.add(new FieldProblem("id", "must be the vehicle id of the path (" + vehicleId + ")"));
        }
        if (dataset.vehicleTypes().stream().noneMatch(type -> type.id().equals(vehicle.typeId()))) {
            problems.add(new FieldProblem("typeId", "the vehicle type (" + vehicle.typeId() + ") does not exist"));
        }
        if (dataset.depots().stream().noneMatch(depot -> depot.id().equals(vehicle.depotId()))) {
            problems.add(new FieldProblem("depotId", "the depot (" + vehicle.depotId() + ") does not exist"));
        }
        for (int i = 0; i < vehicle.homeTerritories().size(); i++) {
            String territoryId = vehicle.homeTerritories().get(i);
            if (dataset.territories().stream()
                    .noneMatch(territory -> territory.id().equals(territoryId))) {
                problems.add(new FieldProblem(
                        "homeTerritories[" + i + "]", "the subdistrict or grid (" + territoryId + ") does not exist"));
            }
        }
        problems.addAll(ShiftChecks.check(vehicle.shift(), vehicle.breaks()));
        if (!problems.isEmpty()) {
            throw new BadRequestException(problems);
        }
    }

    static SanitationDataset withVehicles(SanitationDataset d, List<Vehicle> vehicles) {
        return d.toBuilder().vehicles(vehicles).build();
    }
}
