package city.sanitation.district;

import static org.assertj.core.api.Assertions.assertThat;

import city.sanitation.district.StreetLine.Axis;
import city.sanitation.district.StreetLine.StreetTexture;
import city.sanitation.road.Connectivity;
import city.sanitation.road.RoadClass;
import city.sanitation.road.RoadNetwork;
import city.sanitation.road.RoadSegment;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GridStreetNetworkBuilderTest {

    private static final LocalProjection PROJECTION = SampleDistrictGenerator.drumTowerProjection();

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
    void streetsThatAllWantToBeOneWayStillLetEveryJunctionReachEveryOther(long seed) {
        List<StreetLine> lines = grid(4, new StreetTexture(0, 1.0, 0));

        RoadNetwork network = new GridStreetNetworkBuilder(PROJECTION, new Random(seed)).build(lines);

        assertThat(Connectivity.largestStronglyConnected(network).isWholeNetwork())
                .isTrue();
        assertThat(network.nodeCount()).isEqualTo(16);
        assertThat(blocks(network)).hasSize(24);
        assertThat(network.segments()).anyMatch(RoadSegment::oneWay);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void closingBlocksNeverCutAJunctionOff(long seed) {
        List<StreetLine> lines = grid(5, new StreetTexture(0.9, 0, 0));

        RoadNetwork network = new GridStreetNetworkBuilder(PROJECTION, new Random(seed)).build(lines);

        assertThat(Connectivity.largestStronglyConnected(network).isWholeNetwork())
                .isTrue();
        assertThat(network.nodeCount()).isEqualTo(25);
        assertThat(blocks(network).size()).isLessThan(40);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void crookedMinorStreetsLeaveMajorStreetsStraight(long seed) {
        List<StreetLine> lines = new ArrayList<>();
        lines.add(new StreetLine(Axis.EAST_WEST, 0, 0, 800, RoadClass.MAIN, "大东街", 24, 4, StreetTexture.RULED));
        for (int x = 0; x <= 800; x += 100) {
            lines.add(new StreetLine(
                    Axis.NORTH_SOUTH, x, 0, 300, RoadClass.ALLEY, "巷" + x, 4, 1, new StreetTexture(0, 0, 10)));
        }
        lines.add(
                new StreetLine(Axis.EAST_WEST, 300, 0, 800, RoadClass.ALLEY, "北巷", 4, 1, new StreetTexture(0, 0, 10)));

        RoadNetwork network = new GridStreetNetworkBuilder(PROJECTION, new Random(seed)).build(lines);

        Set<Double> mainLatitudes = network.segments().stream()
                .filter(segment -> segment.roadClass() == RoadClass.MAIN)
                .flatMap(segment -> List.of(segment.geometry().getCoordinates()).stream())
                .map(coordinate -> coordinate.y)
                .collect(Collectors.toSet());
        Set<Double> alleyLatitudes = network.segments().stream()
                .filter(segment -> segment.name().equals("北巷"))
                .flatMap(segment -> List.of(segment.geometry().getCoordinates()).stream())
                .map(coordinate -> coordinate.y)
                .collect(Collectors.toSet());
        assertThat(mainLatitudes).hasSize(1);
        assertThat(alleyLatitudes).hasSizeGreaterThan(1);
    }

    /** {@code n} x {@code n} lines 100 m apart, all of the same texture. */
    private static List<StreetLine> grid(int n, StreetTexture texture) {
        List<StreetLine> lines = new ArrayList<>();
        double far = (n - 1) * 100.0;
        for (int i = 0; i < n; i++) {
            lines.add(new StreetLine(Axis.NORTH_SOUTH, i * 100.0, 0, far, RoadClass.ALLEY, "南北" + i, 4, 1, texture));
            lines.add(new StreetLine(Axis.EAST_WEST, i * 100.0, 0, far, RoadClass.ALLEY, "东西" + i, 4, 1, texture));
        }
        return lines;
    }

    /** The street blocks: a two-way block has two segments with the same number. */
    private static Set<String> blocks(RoadNetwork network) {
        return network.segments().stream()
                .map(segment -> segment.id().substring(0, segment.id().length() - 2))
                .collect(Collectors.toSet());
    }
}
