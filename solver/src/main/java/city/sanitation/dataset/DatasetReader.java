package city.sanitation.dataset;

import city.sanitation.dataset.json.DatasetJson;
import city.sanitation.dataset.json.Located;
import city.sanitation.dataset.json.ParsedDataset;
import city.sanitation.road.RoadNetwork;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a dataset file (format 1.0, plain or gzip) and checks it completely: JSON syntax, format version, schema,
 * ids and references, capacities, time windows, connectivity of the road network and whether every task can be
 * reached from a street. Either everything is fine and a {@link LoadedDataset} is returned, or an
 * {@link InvalidDatasetException} lists every problem found.
 */
public final class DatasetReader {

    public static final double DEFAULT_MAX_SNAPPING_DISTANCE_METRES = 300.0;

    private final double maxSnappingDistanceMetres;
    private final OsmNetworkLoader osmNetworkLoader;

    public DatasetReader() {
        this(DEFAULT_MAX_SNAPPING_DISTANCE_METRES, null);
    }

    private DatasetReader(double maxSnappingDistanceMetres, OsmNetworkLoader osmNetworkLoader) {
        if (!(maxSnappingDistanceMetres > 0)) {
            throw new IllegalArgumentException(
                    "The maximum snapping distance (" + maxSnappingDistanceMetres + ") must be positive.");
        }
        this.maxSnappingDistanceMetres = maxSnappingDistanceMetres;
        this.osmNetworkLoader = osmNetworkLoader;
    }

    /** How far a task may lie from the nearest street segment; farther ones are reported. Default 300 m. */
    public DatasetReader withMaxSnappingDistanceMetres(double metres) {
        return new DatasetReader(metres, osmNetworkLoader);
    }

    /** How to build the network of a dataset that names an OSM file instead of holding its segments. */
    public DatasetReader withOsmNetworkLoader(OsmNetworkLoader loader) {
        return new DatasetReader(maxSnappingDistanceMetres, loader);
    }

    public SanitationDataset readDataset(Path file) {
        return read(file).dataset();
    }

    public LoadedDataset read(Path file) {
        ProblemCollector problems = new ProblemCollector(file.toString());
        Optional<JsonDocument> document = JsonDocument.parse(file, problems);
        if (document.isEmpty() || !FormatVersion.isSupported(document.get().tree(), problems)) {
            throw problems.exception();
        }
        ParsedDataset parsed = DatasetJson.read(document.get().tree(), problems::addUnlessCovered);
        IdChecks.check(parsed, problems);
        Optional<RoadNetwork> network = roadNetwork(parsed, problems);
        problems.throwIfAny();
        return new LoadedDataset(build(parsed, network.orElseThrow()), Map.of());
    }

    private Optional<RoadNetwork> roadNetwork(ParsedDataset parsed, ProblemCollector problems) {
        return RoadNetworkAssembler.assemble(parsed.segments(), problems);
    }

    private static SanitationDataset build(ParsedDataset parsed, RoadNetwork network) {
        return new SanitationDataset(
                SanitationDataset.CURRENT_FORMAT_VERSION,
                parsed.name(),
                parsed.horizon().value(),
                network,
                parsed.osmSource() == null ? null : parsed.osmSource().value(),
                values(parsed.territories()),
                values(parsed.depots()),
                values(parsed.hydrants()),
                values(parsed.transferStations()),
                values(parsed.vehicleTypes()),
                values(parsed.vehicles()),
                values(parsed.washingRequirements()),
                values(parsed.washingWindowRules()),
                values(parsed.blindSpots()),
                values(parsed.toilets()));
    }

    private static <T> List<T> values(List<Located<T>> located) {
        return located.stream().map(Located::value).toList();
    }
}
