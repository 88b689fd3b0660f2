package city.sanitation.district;

import static city.sanitation.district.DistrictPlan.OLD_TOWN_HALF_WIDTH_METRES;

import city.sanitation.dataset.SanitationDataset;
import city.sanitation.road.RoadClass;
import city.sanitation.road.RoadNetwork;
import city.sanitation.territory.Territory;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;

/**
 * A deterministic, seeded sample problem for a Pingcheng-like district of Datong: the walled old town around the
 * Drum Tower (鼓楼) with its four great streets and alleys, new quarters with ring roads around it, 18 subdistricts
 * split into grid cells, yards, hydrants, transfer stations, flagship toilets, blind-spot reports, washing
 * requirements and a fleet. The same size, seed and day always give the same dataset.
 */
public final class SampleDistrictGenerator {

    /** The Drum Tower, where the four great streets meet. */
    public static final double DRUM_TOWER_LAT = 40.0900;

    public static final double DRUM_TOWER_LON = 113.3000;
    /** Datong's local time, in which every time of the sample district is given. */
    public static final ZoneId TIME_ZONE = ZoneId.of("Asia/Shanghai");

    public static final LocalDate DEFAULT_PLANNING_DAY = LocalDate.of(2026, 11, 28);
    public static final long DEFAULT_SEED = 42;
    /** The territories reach this far beyond the outermost streets, so that everything beside them is inside. */
    static final double TERRITORY_MARGIN_METRES = 200;

    private SampleDistrictGenerator() {}

    public static SanitationDataset generate(DistrictSize size, long seed, LocalDate day) {
        return generate(size.plan(), seed, day);
    }

    public static SanitationDataset generate(DistrictPlan plan, long seed, LocalDate day) {
        LocalProjection projection = drumTowerProjection();
        Random place = new Random(DistrictPopulator.PLACE_SEED);
        List<StreetLine> lines = PingchengStreetPlan.lines(plan, place);
        RoadNetwork network = new GridStreetNetworkBuilder(projection, place).build(lines);
        StreetMap map = new StreetMap(network, projection);
        List<Territory> territories = TerritoryTiling.territories(
                TerritoryTiling.pingchengBlocks(
                        OLD_TOWN_HALF_WIDTH_METRES,
                        plan.innerRingHalfWidthMetres(),
                        plan.districtHalfWidthMetres() + TERRITORY_MARGIN_METRES),
                projection);
        WashingPolicy policy = new WashingPolicy(
                PingchengStreetPlan.GREAT_STREETS,
                street -> street.roadClass() == RoadClass.MAIN
                        && street.name().endsWith("环路")
                        && !street.name().endsWith("环城路"),
                street -> insideOldTown(projection, street.geometry()));
        return DistrictPopulator.populate(plan.name(), map, territories, plan.workload(), policy, seed, day, null);
    }

    /** Local metres around the Drum Tower, in which the district is planned. */
    public static LocalProjection drumTowerProjection() {
        return new LocalProjection(DRUM_TOWER_LAT, DRUM_TOWER_LON);
    }

    private static boolean insideOldTown(LocalProjection projection, LineString geometry) {
        Coordinate middle = projection.toMetres(geometry.getCentroid().getCoordinate());
        return LocalRectangle.square(OLD_TOWN_HALF_WIDTH_METRES).contains(middle.x, middle.y);
    }
}
