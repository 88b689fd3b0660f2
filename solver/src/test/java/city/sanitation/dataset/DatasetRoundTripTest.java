package city.sanitation.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetRoundTripTest {

    @TempDir
    Path folder;

    private final DatasetWriter writer = new DatasetWriter();
    private final DatasetReader reader = new DatasetReader();

    @Test
    void writtenDatasetReadsBackEqual() throws IOException {
        SanitationDataset original = TestDatasets.district();
        Path file = folder.resolve("district.json");

        writer.write(original, file);
        SanitationDataset read = reader.readDataset(file);

        assertSameDataset(read, original);
    }

    @Test
    void gzippedDatasetReadsBackEqual() throws IOException {
        SanitationDataset original = TestDatasets.district();
        Path file = folder.resolve("district.json.gz");

        writer.write(original, file);
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                    .isEqualTo(writer.writeToString(original));
        }
        assertSameDataset(reader.readDataset(file), original);
    }

    @Test
    void writingTwiceGivesTheSameText() throws IOException {
        SanitationDataset original = TestDatasets.district();
        Path file = folder.resolve("district.json");
        writer.write(original, file);

        Path again = folder.resolve("again.json");
        writer.write(reader.readDataset(file), again);

        assertThat(Files.readString(again)).isEqualTo(Files.readString(file));
    }

    @Test
    void coordinatesAreRoundedToSevenDecimals() {
        TestDatasets.Builder builder = TestDatasets.builder();
        builder.depots.set(
                0,
                new city.sanitation.fleet.Depot(
                        "depot-west",
                        "West yard",
                        city.sanitation.dataset.json.GeoJson.WGS84.createPoint(
                                new org.locationtech.jts.geom.Coordinate(113.299812345678, 40.080000004))));

        String json = writer.writeToString(builder.build());

        assertThat(json).contains("[ 113.2998123, 40.08 ]").doesNotContain("113.29981234");
    }

    static void assertSameDataset(SanitationDataset actual, SanitationDataset expected) {
        assertThat(actual.formatVersion()).isEqualTo(expected.formatVersion());
        assertThat(actual.name()).isEqualTo(expected.name());
        assertThat(actual.horizon()).isEqualTo(expected.horizon());
        assertThat(actual.osmSource()).isEqualTo(expected.osmSource());
        assertThat(actual.roadNetwork().nodes())
                .isEqualTo(expected.roadNetwork().nodes());
        assertThat(actual.roadNetwork().segments())
                .isEqualTo(expected.roadNetwork().segments());
        assertThat(actual.territories()).isEqualTo(expected.territories());
        assertThat(actual.depots()).isEqualTo(expected.depots());
        assertThat(actual.hydrants()).isEqualTo(expected.hydrants());
        assertThat(actual.transferStations()).isEqualTo(expected.transferStations());
        assertThat(actual.vehicleTypes()).isEqualTo(expected.vehicleTypes());
        assertThat(actual.vehicles()).isEqualTo(expected.vehicles());
        assertThat(actual.washingRequirements()).isEqualTo(expected.washingRequirements());
        assertThat(actual.washingWindowRules()).isEqualTo(expected.washingWindowRules());
        assertThat(actual.blindSpots()).isEqualTo(expected.blindSpots());
        assertThat(actual.toilets()).isEqualTo(expected.toilets());
    }
}
