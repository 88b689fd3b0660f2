package city.sanitation.dataset;

import static city.sanitation.dataset.DatasetFiles.exceptionOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import city.sanitation.road.RoadNetwork;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A dataset whose streets come from an OSM extract through the configured importer, not from inline segments. */
class OsmSourceTest {

    @TempDir
    Path folder;

    private final RoadNetwork latticeNetwork = TestDatasets.district().roadNetwork();

    private SanitationDataset osmSourced() {
        TestDatasets.Builder builder = TestDatasets.builder();
        builder.osmSource = new OsmSource("osm/pingcheng.osm.pbf", TestDatasets.box(-1, -1, 3, 3));
        return builder.build();
    }

    @Test
    void networkIsLoadedFromTheOsmFileNextToTheDataset() throws IOException {
        Path osmFile = folder.resolve("osm/pingcheng.osm.pbf");
        Files.createDirectories(osmFile.getParent());
        Files.writeString(osmFile, "stand-in: the loader below does not read it");
        SanitationDataset original = osmSourced();
        Path file = folder.resolve("district.json");
        new DatasetWriter().write(original, file);
        List<Path> loadedFiles = new ArrayList<>();

        LoadedDataset loaded = new DatasetReader()
                .withOsmNetworkLoader((path, boundary) -> {
                    loadedFiles.add(path);
                    assertThat(boundary).isEqualTo(original.osmSource().boundary());
                    return latticeNetwork;
                })
                .read(file);

        assertThat(Files.readString(file)).doesNotContain("\"segment\"").contains("\"roadNetworkSource\"");
        assertThat(loadedFiles).containsExactly(osmFile.toAbsolutePath());
        DatasetRoundTripTest.assertSameDataset(loaded.dataset(), original);
        assertThat(loaded.placements(PlacedKind.BLIND_SPOT)).containsOnlyKeys("bs-1", "bs-2");
    }

    @Test
    void readerWithoutOsmImporterReportsIt() throws IOException {
        Path file = folder.resolve("district.json");
        new DatasetWriter().write(osmSourced(), file);

        assertThat(exceptionOf(new DatasetReader(), file).problems())
                .extracting(DatasetProblem::path, DatasetProblem::reason)
                .containsExactly(tuple(
                        "/roadNetworkSource/osmFile",
                        "The road network comes from the OSM file (osm/pingcheng.osm.pbf), but this reader has no OSM"
                                + " importer.\nMaybe create the reader with withOsmNetworkLoader(...)."));
    }

    @Test
    void missingOsmFileIsReported() throws IOException {
        Path file = folder.resolve("district.json");
        new DatasetWriter().write(osmSourced(), file);

        DatasetReader reader = new DatasetReader().withOsmNetworkLoader((path, boundary) -> latticeNetwork);

        assertThat(exceptionOf(reader, file).problems())
                .extracting(DatasetProblem::path, DatasetProblem::reason)
                .containsExactly(tuple(
                        "/roadNetworkSource/osmFile",
                        "The OSM file (osm/pingcheng.osm.pbf) does not exist at ("
                                + folder.toAbsolutePath().resolve("osm/pingcheng.osm.pbf") + ")."));
    }
}
