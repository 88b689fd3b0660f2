package city.sanitation.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import city.sanitation.dataset.json.GeoJson;
import city.sanitation.fleet.Hydrant;
import city.sanitation.fleet.Shift;
import city.sanitation.fleet.Vehicle;
import city.sanitation.territory.Territory;
import city.sanitation.territory.TerritoryKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

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
    void shiftStartRangeReadsBackEqual() throws IOException {
        TestDatasets.Builder builder = TestDatasets.builder();
        Vehicle garbage = builder.vehicles.get(1);
        Shift day = garbage.shift();
        builder.vehicles.set(
                1,
                new Vehicle(
                        garbage.id(),
                        garbage.name(),
                        garbage.typeId(),
                        garbage.depotId(),
                        new Shift(
                                day.start(),
                                day.end(),
                                day.hardEnd(),
                                day.start().plusHours(2)),
                        garbage.breaks(),
                        garbage.skills()));
        SanitationDataset original = builder.build();
        Path file = folder.resolve("district.json");

        writer.write(original, file);
        SanitationDataset read = reader.readDataset(file);

        assertSameDataset(read, original);
        assertThat(read.vehicles().get(1).shift().latestStart())
                .isEqualTo(day.start().plusHours(2));
        assertThat(read.vehicles().get(0).shift().latestStart()).isNull();
        assertThat(Files.readString(file)).containsOnlyOnce("latestStart");
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

    @Test
    void multiPolygonTerritoryAndPolygonWithHoleReadBackEqual() throws IOException {
        TestDatasets.Builder builder = TestDatasets.builder();
        Polygon west = TestDatasets.box(-0.5, -0.5, 0.4, 2.5);
        Polygon island = TestDatasets.box(0.6, 1.6, 0.9, 2.4);
        builder.territories.add(new Territory(
                "g-split", TerritoryKind.GRID, "Split grid", "sd-west", GeoJson.WGS84.createMultiPolygon(new Polygon[] {
                    west, island
                })));
        Polygon outer = TestDatasets.box(1.1, 0.1, 1.9, 0.9);
        Polygon hole = TestDatasets.box(1.3, 0.3, 1.7, 0.7);
        builder.territories.add(new Territory(
                "g-ring",
                TerritoryKind.GRID,
                "Ring grid",
                "sd-east",
                GeoJson.WGS84.createPolygon(outer.getExteriorRing(), new LinearRing[] {hole.getExteriorRing()})));
        SanitationDataset original = builder.build();
        Path file = folder.resolve("territories.json");

        writer.write(original, file);

        assertThat(reader.readDataset(file).territories()).isEqualTo(original.territories());
    }

    @Test
    void durationThatIsNotWholeMinutesIsRefused() {
        TestDatasets.Builder builder = TestDatasets.builder();
        Hydrant hydrant = builder.hydrants.get(0);
        builder.hydrants.set(0, new Hydrant(hydrant.id(), hydrant.name(), hydrant.location(), Duration.ofSeconds(90)));
        SanitationDataset dataset = builder.build();

        assertThatIllegalArgumentException()
                .isThrownBy(() -> writer.writeToString(dataset))
                .withMessage("The refill time (PT1M30S) of hydrant (hydrant-1) is not a whole number of minutes.\n"
                        + "Maybe round it before writing the dataset.");
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
        assertThat(actual.weather()).isEqualTo(expected.weather());
        assertThat(actual.saltDepots()).isEqualTo(expected.saltDepots());
    }
}
