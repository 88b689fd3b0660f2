package city.sanitation.district;

import city.sanitation.dataset.OsmSource;
import city.sanitation.dataset.SanitationDataset;
import city.sanitation.road.RoadClass;
import city.sanitation.road.RoadNetwork;
import city.sanitation.road.RoadSegment;
import city.sanitation.road.osm.OsmImport;
import city.sanitation.road.osm.OsmImportOptions;
import city.sanitation.road.osm.OsmImporter;
import city.sanitation.territory.Territory;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A sanitation problem on real streets: any strongly connected road network (for example one imported from an OSM
 * extract) gets the district's 18 subdistricts as a grid over its bounding box, yards, hydrants, transfer stations,
 * toilets, blind spots and washing requirements on its own segments, and a fleet sized to the work.
 */
public final class RealStreetsDistrict {

    /** Blind spots reported per kilometre of street over the two days. */
    private static final double BLIND_SPOTS_PER_KM = 0.5;
    /** Flagship toilets per kilometre of main and secondary street. */
    private static final double TOILETS_PER_MAJOR_KM = 0.5;

    private static final double STREET_KM_PER_MARKET = 25;
    /** The longest main streets are kept as demonstration streets, washed daily. */
    private static final int DEMONSTRATION_STREETS = 2;

    private RealStreetsDistrict() {}

    /**
     * The problem on the streets of an OpenStreetMap extract ({@code .osm}, {@code .osm.gz} or {@code .osm.pbf}),
     * named after the file. The streets are stored in the dataset itself, so it does not need the extract to be read.
     */
    public static SanitationDataset fromOsmFile(Path osmFile, long seed, LocalDate day) {
        OsmImport imported = new OsmImporter().importFile(osmFile, OsmImportOptions.wholeFile());
        return onNetwork(nameOf(osmFile), imported.network(), seed, day, null);
    }

    static String nameOf(Path osmFile) {
        String fileName = osmFile.getFileName().toString();
        int dot = fileName.indexOf('.');
        return "osm-" + (dot > 0 ? fileName.substring(0, dot) : fileName);
    }

    /** The problem on {@code network} with a workload in proportion to its streets. */
    public static SanitationDataset onNetwork(
            String name, RoadNetwork network, long seed, LocalDate day, OsmSource osmSource) {
        StreetMap map = StreetMap.of(network);
        return onNetwork(name, map, workloadFor(map), seed, day, osmSource);
    }

    public static SanitationDataset onNetwork(
            String name, StreetMap map, DistrictWorkload workload, long seed, LocalDate day, OsmSource osmSource) {
        List<Territory> territories = TerritoryTiling.territories(
                TerritoryTiling.evenBlocks(map.extent().grownBy(SampleDistrictGenerator.TERRITORY_MARGIN_METRES)),
                map.projection());
        WashingPolicy policy = new WashingPolicy(demonstrationStreets(map), street -> false, street -> false);
        return DistrictPopulator.populate(name, map, territories, workload, policy, seed, day, osmSource);
    }

    /** A workload in proportion to the streets: blind spots by length, toilets by length of the busier streets. */
    public static DistrictWorkload workloadFor(StreetMap map) {
        double streetKm = 0;
        double majorKm = 0;
        for (RoadSegment street : map.streets()) {
            streetKm += street.lengthMetres() / 1000;
            if (street.roadClass() == RoadClass.MAIN || street.roadClass() == RoadClass.SECONDARY) {
                majorKm += street.lengthMetres() / 1000;
            }
        }
        int toilets = Math.max(2, (int) Math.round(majorKm * TOILETS_PER_MAJOR_KM));
        int blindSpots = Math.max(5, (int) Math.round(streetKm * BLIND_SPOTS_PER_KM));
        int depots = (int) Math.max(2, Math.min(5, Math.round(map.extent().areaSquareKilometres() / 10)));
        int markets = (int) Math.max(1, Math.round(streetKm / STREET_KM_PER_MARKET));
        return new DistrictWorkload(depots, streetKm > 200 ? 2 : 1, markets, blindSpots, toilets, 4, 8, 0.2);
    }

    private static Set<String> demonstrationStreets(StreetMap map) {
        Map<String, Double> mainLengthByName = new LinkedHashMap<>();
        for (RoadSegment street : map.streets()) {
            if (street.roadClass() == RoadClass.MAIN && !street.name().isBlank()) {
                mainLengthByName.merge(street.name(), street.lengthMetres(), Double::sum);
            }
        }
        return mainLengthByName.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(DEMONSTRATION_STREETS)
                .map(Map.Entry::getKey)
                .collect(Collectors.toUnmodifiableSet());
    }
}
