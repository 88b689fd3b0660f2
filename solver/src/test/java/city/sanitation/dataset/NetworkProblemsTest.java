package city.sanitation.dataset;

import static city.sanitation.dataset.DatasetFiles.featureIndex;
import static city.sanitation.dataset.DatasetFiles.json;
import static city.sanitation.dataset.DatasetFiles.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import city.sanitation.fleet.Depot;
import city.sanitation.road.RoadClass;
import city.sanitation.road.snap.GeoDistance;
import city.sanitation.task.BlindSpotReport;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The street graph must be strongly connected and every task must be near a street. */
class NetworkProblemsTest {

    @TempDir
    Path folder;

    /** Node ids 10 and 11 lie east of the lattice, in columns 3 and 4 of row 0: a street cut off from the rest. */
    private static TestDatasets.Builder withIsolatedStreet() {
        TestDatasets.Builder builder = TestDatasets.builder();
        builder.twoWayStreet(10, 11, RoadClass.BRANCH, "Cut-off lane");
        return builder;
    }

    @Test
    void disconnectedRoadGraphIsReportedWithTheDroppedSegments() {
        List<DatasetProblem> problems =
                problemsOf(folder, json(withIsolatedStreet().build()));

        assertThat(problems)
                .extracting(DatasetProblem::path, DatasetProblem::reason)
                .containsExactly(tuple(
                        "/features",
                        "The road network is not strongly connected: it has 2 strongly connected components, and 2 of"
                                + " 26 segments are outside the largest one (s10-11, s11-10).\n"
                                + "Maybe a two-way street lacks its reverse segment, or a street is cut off from the"
                                + " rest."));
    }

    @Test
    void oneWayStreetWithoutWayBackIsReported() {
        TestDatasets.Builder builder = TestDatasets.builder();
        builder.segments.removeIf(
                segment -> segment.id().equals("s3-6") || segment.id().equals("s6-3"));
        builder.segments.add(TestDatasets.segment(3, 10, RoadClass.BRANCH, "Dead end", true));

        List<DatasetProblem> problems = problemsOf(folder, json(builder.build()));

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.path()).isEqualTo("/features");
            assertThat(problem.reason()).contains("(s3-10)");
        });
    }

    @Test
    void taskFarFromEveryStreetIsReported() {
        TestDatasets.Builder builder = TestDatasets.builder();
        BlindSpotReport far = builder.blindSpots.get(0);
        // Five lattice steps north of the top row: about 1.1 km from the nearest street.
        builder.blindSpots.set(0, withLocation(far, 0.5, 7));
        ObjectNode json = json(builder.build());
        double metres = GeoDistance.metres(
                TestDatasets.lon(0.5), TestDatasets.lat(7), TestDatasets.lon(0.5), TestDatasets.lat(2));

        assertThat(problemsOf(folder, json))
                .extracting(DatasetProblem::path, DatasetProblem::reason)
                .containsExactly(tuple(
                        "/features/" + featureIndex(json, "bs-1") + "/geometry",
                        "The blind spot (bs-1) is " + Math.round(metres) + " m from the nearest street segment"
                                + " (s8-7), farther than the maximum snapping distance (300 m).\n"
                                + "Maybe its coordinates are wrong or its street is missing from the network."));
    }

    @Test
    void maximumSnappingDistanceIsConfigurable() {
        TestDatasets.Builder builder = TestDatasets.builder();
        builder.blindSpots.set(0, withLocation(builder.blindSpots.get(0), 0.5, 7));
        Path file = DatasetFiles.write(folder, json(builder.build()));

        LoadedDataset loaded =
                new DatasetReader().withMaxSnappingDistanceMetres(2_000).read(file);

        assertThat(loaded.placement(PlacedKind.BLIND_SPOT, "bs-1").distanceMetres())
                .isGreaterThan(300)
                .isLessThan(2_000);
    }

    @Test
    void depotOutsideTheConnectedNetworkIsReported() {
        TestDatasets.Builder builder = withIsolatedStreet();
        Depot depot = builder.depots.get(0);
        builder.depots.set(0, new Depot(depot.id(), depot.name(), TestDatasets.point(3.5, 0.05)));
        ObjectNode json = json(builder.build());

        List<DatasetProblem> problems = problemsOf(folder, json);

        assertThat(problems)
                .extracting(DatasetProblem::path)
                .containsExactly("/features", "/features/" + featureIndex(json, "depot-west") + "/geometry");
        assertThat(problems.get(1).reason())
                .isEqualTo("The depot (depot-west) is next to the street segment (s11-10), which is outside the"
                        + " largest strongly connected part of the road network.\n"
                        + "Maybe connect that street to the rest of the network or move the depot.");
    }

    @Test
    void datasetWithoutStreetsIsReported() {
        TestDatasets.Builder builder = TestDatasets.builder();
        builder.segments.clear();
        builder.washingRequirements.clear();

        assertThat(problemsOf(folder, json(builder.build())))
                .extracting(DatasetProblem::path, DatasetProblem::reason)
                .containsExactly(tuple(
                        "/features",
                        "The road network has no segments.\nMaybe add segment features or a roadNetworkSource."));
    }

    static BlindSpotReport withLocation(BlindSpotReport report, double column, double row) {
        return new BlindSpotReport(
                report.id(),
                TestDatasets.point(column, row),
                report.category(),
                report.volumeM3(),
                report.priority(),
                report.reportedAt(),
                report.deadline(),
                report.equipment(),
                report.source(),
                report.description());
    }
}
