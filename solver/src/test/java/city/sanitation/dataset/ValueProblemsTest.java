package city.sanitation.dataset;

import static city.sanitation.dataset.DatasetFiles.districtJson;
import static city.sanitation.dataset.DatasetFiles.problemsOf;
import static city.sanitation.dataset.DatasetFiles.properties;
import static city.sanitation.dataset.DatasetFiles.propertyPointer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Capacities, speeds, volumes and counts that must be positive. */
class ValueProblemsTest {

    @TempDir
    Path folder;

    @Test
    void washingTypeWithoutTankIsReported() {
        ObjectNode json = districtJson();
        ((ObjectNode) json.at("/fleet/vehicleTypes/0")).put("tankCapacityM3", 0);

        assertThat(problemsOf(folder, json))
                .extracting(DatasetProblem::path, DatasetProblem::reason)
                .containsExactly(tuple(
                        "/fleet/vehicleTypes/0/tankCapacityM3",
                        "The tank capacity (0 m3) of vehicle type (washer) must be positive because the type can wash"
                                + " or sprinkle.\n"
                                + "Maybe set tankCapacityM3 or remove washing and sprinkling from its capabilities."));
    }

    @Test
    void garbageTypeWithNegativeBodyIsReported() {
        ObjectNode json = districtJson();
        ((ObjectNode) json.at("/fleet/vehicleTypes/1")).put("bodyCapacityM3", -8);

        assertThat(problemsOf(folder, json))
                .extracting(DatasetProblem::path, DatasetProblem::reason)
                .containsExactly(tuple(
                        "/fleet/vehicleTypes/1/bodyCapacityM3",
                        "The body capacity (-8 m3) of vehicle type (garbage) must be positive because the type can"
                                + " pick up garbage.\n"
                                + "Maybe set bodyCapacityM3 or remove garbage_pickup from its capabilities."));
    }

    @Test
    void zeroSpeedsAreReported() {
        ObjectNode json = districtJson();
        ObjectNode washer = (ObjectNode) json.at("/fleet/vehicleTypes/0");
        washer.put("washingSpeedKmh", 0);
        ((ObjectNode) washer.get("drivingSpeedKmh")).put("alley", -5.5);

        assertThat(problemsOf(folder, json))
                .extracting(DatasetProblem::path, DatasetProblem::reason)
                .containsExactly(
                        tuple(
                                "/fleet/vehicleTypes/0/washingSpeedKmh",
                                "The washing speed (0 km/h) of vehicle type (washer) must be positive because the"
                                        + " type works streets."),
                        tuple(
                                "/fleet/vehicleTypes/0/drivingSpeedKmh/alley",
                                "The driving speed on alley streets (-5.5 km/h) of vehicle type (washer) must be"
                                        + " positive."));
    }

    @Test
    void nonPositiveBlindSpotVolumeIsReported() {
        ObjectNode json = districtJson();
        properties(json, "bs-2").put("volumeM3", -1.5);

        assertThat(problemsOf(folder, json))
                .extracting(DatasetProblem::path, DatasetProblem::reason)
                .containsExactly(tuple(
                        propertyPointer(json, "bs-2", "volumeM3"),
                        "The volume (-1.5 m3) of blind spot (bs-2) must be positive.\n"
                                + "Maybe estimate it; a small pile is about 0.5 m3."));
    }

    @Test
    void toiletWithoutRoundsIsReported() {
        ObjectNode json = districtJson();
        properties(json, "toilet-1").put("roundsPerDay", 0);

        assertThat(problemsOf(folder, json))
                .extracting(DatasetProblem::path, DatasetProblem::reason)
                .containsExactly(tuple(
                        propertyPointer(json, "toilet-1", "roundsPerDay"),
                        "The rounds per day (0) of toilet (toilet-1) must be positive."));
    }

    @Test
    void requirementWithoutPassesIsReported() {
        ObjectNode json = districtJson();
        ((ObjectNode) json.at("/washing/requirements/0")).put("passes", 0);

        assertThat(problemsOf(folder, json))
                .extracting(DatasetProblem::path, DatasetProblem::reason)
                .containsExactly(tuple(
                        "/washing/requirements/0/passes",
                        "The number of passes (0) of washing requirement (wash-1) must be positive."));
    }

    @Test
    void toiletRoundsThatDoNotFitItsOpeningHoursAreReported() {
        ObjectNode json = districtJson();
        properties(json, "toilet-1").put("roundsPerDay", 10);

        assertThat(problemsOf(folder, json))
                .extracting(DatasetProblem::path, DatasetProblem::reason)
                .containsExactly(tuple(
                        propertyPointer(json, "toilet-1", "roundsPerDay"),
                        "The rounds per day (10) of toilet (toilet-1) need 1100 minutes, 20 minutes each and at least"
                                + " 120 minutes apart, but it is open only 960 minutes (06:00–22:00).\n"
                                + "Maybe lower the rounds or the minimum gap."));
    }

    @Test
    void requirementWithTooManyPassesIsReported() {
        ObjectNode json = districtJson();
        ((ObjectNode) json.at("/washing/requirements/0")).put("passes", 1000);

        assertThat(problemsOf(folder, json))
                .extracting(DatasetProblem::path, DatasetProblem::reason)
                .containsExactly(tuple(
                        "/washing/requirements/0/passes",
                        "The number of passes (1000) of washing requirement (wash-1) must be at most 10.\n"
                                + "Maybe it counts lanes: one pass washes one side of the street."));
    }

    @Test
    void requirementWashedAfterThePlanningDayIsReported() {
        ObjectNode json = districtJson();
        ((ObjectNode) json.at("/washing/requirements/0")).put("lastDone", "2999-01-01");

        assertThat(problemsOf(folder, json))
                .extracting(DatasetProblem::path, DatasetProblem::reason)
                .containsExactly(tuple(
                        "/washing/requirements/0/lastDone",
                        "The last washing (2999-01-01) of washing requirement (wash-1) must not be after the planning"
                                + " day (2026-11-28)."));
    }

    @Test
    void nonPositiveSegmentLengthIsReported() {
        ObjectNode json = districtJson();
        properties(json, "s2-3").put("lengthM", 0);

        assertThat(problemsOf(folder, json))
                .extracting(DatasetProblem::path, DatasetProblem::reason)
                .containsExactly(tuple(
                        propertyPointer(json, "s2-3", "lengthM"),
                        "The length (0.0) of segment (s2-3) must be positive."));
    }
}
