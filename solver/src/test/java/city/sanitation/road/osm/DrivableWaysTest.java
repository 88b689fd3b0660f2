package city.sanitation.road.osm;

import static org.assertj.core.api.Assertions.assertThat;

import city.sanitation.road.RoadClass;
import com.graphhopper.reader.ReaderWay;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DrivableWaysTest {

    private static ReaderWay way(String... keyValues) {
        ReaderWay way = new ReaderWay(42);
        way.getNodes().add(1, 2, 3);
        for (int i = 0; i < keyValues.length; i += 2) {
            way.setTag(keyValues[i], keyValues[i + 1]);
        }
        return way;
    }

    private static Optional<DrivableWay> classify(String... keyValues) {
        return DrivableWays.classify(way(keyValues));
    }

    @ParameterizedTest
    @ValueSource(strings = {"footway", "path", "steps", "pedestrian", "track", "cycleway", "motorway", "busway"})
    void waysTrucksDoNotDriveAreDropped(String highway) {
        assertThat(classify("highway", highway)).isEmpty();
    }

    @Test
    void wayWithoutHighwayTagIsDropped() {
        assertThat(classify("building", "yes")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "access, no",
        "access, private",
        "access, agricultural",
        "motor_vehicle, no",
        "motor_vehicle, private",
        "vehicle, no",
        "area, yes",
        "service, parking_aisle",
        "service, driveway",
        "service, drive-through",
        "oneway, reversible"
    })
    void closedOrNonPublicWaysAreDropped(String key, String value) {
        assertThat(classify("highway", "service", key, value)).isEmpty();
        assertThat(classify("highway", "residential", key, value)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"access, destination", "access, delivery", "access, permissive", "access, yes", "service, alley"})
    void waysOpenToAServiceTruckAreKept(String key, String value) {
        assertThat(classify("highway", "service", key, value)).isPresent();
    }

    @Test
    void mostSpecificAccessTagDecides() {
        assertThat(classify("highway", "residential", "access", "no", "motor_vehicle", "yes"))
                .isPresent();
        assertThat(classify("highway", "residential", "access", "yes", "motor_vehicle", "no"))
                .isEmpty();
        assertThat(classify("highway", "residential", "vehicle", "no", "motor_vehicle", "destination"))
                .isPresent();
    }

    @ParameterizedTest
    @CsvSource({"primary, MAIN", "trunk_link, MAIN", "tertiary, SECONDARY", "living_street, BRANCH", "service, ALLEY"})
    void roadClassComesFromHighwayTag(String highway, RoadClass expected) {
        assertThat(classify("highway", highway))
                .hasValueSatisfying(way -> assertThat(way.roadClass()).isEqualTo(expected));
    }

    @ParameterizedTest
    @CsvSource({
        "oneway, yes, FORWARD",
        "oneway, true, FORWARD",
        "oneway, 1, FORWARD",
        "oneway, YES, FORWARD",
        "oneway, -1, BACKWARD",
        "oneway, reverse, BACKWARD",
        "oneway, no, BOTH",
        "oneway, alternating, BOTH",
        "junction, roundabout, FORWARD",
        "junction, circular, FORWARD",
        "junction, yes, BOTH"
    })
    void travelDirectionFollowsOnewayRules(String key, String value, TravelDirection expected) {
        assertThat(classify("highway", "residential", key, value))
                .hasValueSatisfying(way -> assertThat(way.direction()).isEqualTo(expected));
    }

    @Test
    void roundaboutTaggedAgainstNodeOrderRunsBackward() {
        assertThat(classify("highway", "primary", "junction", "roundabout", "oneway", "-1"))
                .hasValueSatisfying(way -> assertThat(way.direction()).isEqualTo(TravelDirection.BACKWARD));
    }

    @Test
    void untaggedStreetIsTwoWay() {
        assertThat(classify("highway", "residential"))
                .hasValueSatisfying(way -> assertThat(way.direction()).isEqualTo(TravelDirection.BOTH));
    }

    @Test
    void nameFallsBackToChineseNameThenRef() {
        assertThat(classify("highway", "primary", "name", "Yingbin Road", "name:zh", "迎宾路", "ref", "G109")
                        .orElseThrow()
                        .name())
                .isEqualTo("Yingbin Road");
        assertThat(classify("highway", "primary", "name:zh", "迎宾路", "ref", "G109")
                        .orElseThrow()
                        .name())
                .isEqualTo("迎宾路");
        assertThat(classify("highway", "primary", "ref", "G109").orElseThrow().name())
                .isEqualTo("G109");
        assertThat(classify("highway", "primary").orElseThrow().name()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"3, 3", "'2;3', 2", "many, 2", "0, 2", "'', 2"})
    void lanesFromTagElseDefault(String tagged, int expected) {
        assertThat(classify("highway", "residential", "lanes", tagged)
                        .orElseThrow()
                        .lanes())
                .isEqualTo(expected);
    }

    @Test
    void defaultLanesDependOnClassAndOneWay() {
        assertThat(classify("highway", "primary").orElseThrow().lanes()).isEqualTo(4);
        assertThat(classify("highway", "primary", "oneway", "yes").orElseThrow().lanes())
                .isEqualTo(2);
        assertThat(classify("highway", "residential", "oneway", "yes")
                        .orElseThrow()
                        .lanes())
                .isEqualTo(1);
        assertThat(classify("highway", "service").orElseThrow().lanes()).isEqualTo(1);
    }

    @ParameterizedTest
    @CsvSource({"7.5, 7.5", "7, 7.0", "'7 m', 7.0", "6.5m, 6.5", "'12 ft', 0.0", "wide, 0.0", "'7,5', 0.0", "0, 0.0"})
    void widthIsReadOnlyInMetres(String tagged, double expected) {
        assertThat(classify("highway", "residential", "width", tagged)
                        .orElseThrow()
                        .widthMetres())
                .isEqualTo(expected);
    }

    @Test
    void untaggedWidthIsZero() {
        assertThat(classify("highway", "residential").orElseThrow().widthMetres())
                .isZero();
    }

    @Test
    void consecutiveRepeatedNodesAreMerged() {
        ReaderWay way = new ReaderWay(7);
        way.getNodes().add(1, 1, 2, 2, 2, 3, 1);
        way.setTag("highway", "residential");
        assertThat(DrivableWays.classify(way).orElseThrow().nodeIds()).containsExactly(1, 2, 3, 1);
    }

    @Test
    void wayOfASingleNodeIsDropped() {
        ReaderWay way = new ReaderWay(7);
        way.getNodes().add(5, 5);
        way.setTag("highway", "residential");
        assertThat(DrivableWays.classify(way)).isEmpty();
    }
}
