package city.sanitation.district;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import city.sanitation.dataset.DatasetReader;
import city.sanitation.dataset.DatasetWriter;
import city.sanitation.dataset.SanitationDataset;
import city.sanitation.road.RoadClass;
import city.sanitation.road.RoadNetwork;
import city.sanitation.road.RoadNode;
import city.sanitation.road.RoadSegment;
import city.sanitation.territory.Territory;
import city.sanitation.territory.TerritoryKind;
import city.sanitation.testsupport.RepositoryFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;

class RealStreetsDistrictTest {

    private static final LocalDate DAY = SampleDistrictGenerator.DEFAULT_PLANNING_DAY;

    @Test
    void anyStronglyConnectedNetworkGetsTerritoriesFacilitiesAndWork() {
        RoadNetwork streets = GeneratedDistricts.of(DistrictSize.SMALL).roadNetwork();

        SanitationDataset dataset = RealStreetsDistrict.onNetwork("old-town-quarter", streets, 3, DAY, null);

        StreetMap map = StreetMap.of(streets);
        assertThat(dataset.roadNetwork()).isSameAs(streets);
        assertThat(dataset.washingRequirements()).hasSize(map.streets().size());
        assertThat(dataset.territories())
                .filteredOn(territory -> territory.kind() == TerritoryKind.SUBDISTRICT)
                .extracting(Territory::name)
                .hasSize(18)
                .contains("古城街道", "文瀛湖街道", "小南头街道", "迎宾街道", "水泊寺街道");
        assertThat(SampleDistrictGeneratorTest.places(dataset))
                .allSatisfy(
                        point -> assertThat(map.distanceToNearestStreet(point)).isLessThanOrEqualTo(100.0));
        CoveringTerritories territories = new CoveringTerritories(dataset.territories());
        assertThat(SampleDistrictGeneratorTest.places(dataset))
                .allSatisfy(point -> assertThat(territories.cellWithSubdistrictCovering(point))
                        .isPresent());
        assertThat(dataset.blindSpots()).isNotEmpty();
        assertThat(dataset.toilets()).isNotEmpty();
        assertThat(dataset.vehicles()).isNotEmpty();
    }

    @Test
    void aNetworkWithStreetsThatCannotBeLeftIsRefused() {
        RoadNetwork deadEnd = new RoadNetwork(
                List.of(
                        new RoadNode(1, 40.09, 113.30),
                        new RoadNode(2, 40.09, 113.301),
                        new RoadNode(3, 40.09, 113.302)),
                List.of(segment("a-f", 1, 2, false), segment("a-b", 2, 1, false), segment("one-way", 2, 3, true)));

        assertThatThrownBy(() -> RealStreetsDistrict.onNetwork("dead-end", deadEnd, 1, DAY, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("strongly connected")
                .hasMessageContaining("Maybe");
    }

    @Test
    void monacoBecomesADatasetThatReadsBack(@TempDir Path folder) throws IOException {
        Path monaco = RepositoryFiles.osmExtract("monaco.osm.gz");

        SanitationDataset dataset = RealStreetsDistrict.fromOsmFile(monaco, 42, DAY);
        Path file = folder.resolve("monaco.json.gz");
        new DatasetWriter().write(dataset, file);
        SanitationDataset readBack = new DatasetReader().readDataset(file);

        assertThat(dataset.name()).isEqualTo("osm-monaco");
        DatasetFigures figures = DatasetFigures.of(readBack);
        assertThat(figures).isEqualTo(DatasetFigures.of(dataset));
        assertThat(figures.washingPassesDue()).isPositive();
        assertThat(figures.blindSpots()).isPositive();
        assertThat(figures.toiletRounds()).isPositive();
        assertThat(dataset.washingRequirements())
                .extracting(requirement -> requirement.segmentId())
                .allMatch(id -> dataset.roadNetwork().findSegment(id).isPresent());
    }

    private static RoadSegment segment(String id, long from, long to, boolean oneWay) {
        LocalProjection projection = SampleDistrictGenerator.drumTowerProjection();
        Coordinate start = new Coordinate(113.30 + (from - 1) * 0.001, 40.09);
        Coordinate end = new Coordinate(113.30 + (to - 1) * 0.001, 40.09);
        var line = Wgs84.GEOMETRY.createLineString(new Coordinate[] {start, end});
        return new RoadSegment(
                id, from, to, line, LocalProjection.lengthMetres(line), RoadClass.BRANCH, "测试街", oneWay, 1, 8);
    }
}
