package city.sanitation.dataset;

import city.sanitation.dataset.json.DatasetJson;
import city.sanitation.dataset.json.FeatureKind;
import city.sanitation.dataset.json.Located;
import city.sanitation.dataset.json.ParsedDataset;
import city.sanitation.road.RoadNetwork;
import city.sanitation.road.RoadSegment;
import city.sanitation.territory.Territory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

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
        SchemaValidation.validate(document.get().text(), problems);
        ParsedDataset parsed = DatasetJson.read(document.get().tree(), problems::addUnlessCovered);
        IdChecks.check(parsed, problems);
        ValueChecks.check(parsed, problems);
        TimeWindowChecks.check(parsed, problems);
        TerritoryChecks.check(parsed, problems);
        Optional<RoadNetwork> network = roadNetwork(parsed, file, problems);
        ReferenceChecks.check(parsed, segmentIds(parsed, network), problems);
        Map<PlacedKind, Map<String, TaskPlacement>> placements = Map.of();
        if (network.isPresent()) {
            placements = placeTasks(parsed, network.get(), problems);
        }
        problems.throwIfAny();
        return new LoadedDataset(build(parsed, network.orElseThrow()), placements);
    }

    private Map<PlacedKind, Map<String, TaskPlacement>> placeTasks(
            ParsedDataset parsed, RoadNetwork network, ProblemCollector problems) {
        if (network.segmentCount() == 0) {
            problems.add(
                    ConnectivityCheck.POINTER,
                    "The road network has no segments.\nMaybe add segment features or a roadNetworkSource.");
            return Map.of();
        }
        Set<String> connected = ConnectivityCheck.check(network, problems);
        List<Territory> territories =
                parsed.territories().stream().map(Located::value).toList();
        return new TaskPlacer(network, connected, territories, maxSnappingDistanceMetres, problems).place(parsed);
    }

    /** The ids that washing requirements may name, or null when they cannot be known. */
    private static Set<String> segmentIds(ParsedDataset parsed, Optional<RoadNetwork> network) {
        if (network.isPresent()) {
            return network.get().segments().stream().map(RoadSegment::id).collect(Collectors.toSet());
        }
        if (parsed.osmSource() != null) {
            return null;
        }
        return parsed.segments().stream().map(segment -> segment.value().id()).collect(Collectors.toSet());
    }

    /** The inline or OSM-based network, or empty when it cannot be built (the reason is already reported). */
    private Optional<RoadNetwork> roadNetwork(ParsedDataset parsed, Path file, ProblemCollector problems) {
        Located<OsmSource> source = parsed.osmSource();
        if (source == null) {
            if (parsed.hasUnreadable(FeatureKind.SEGMENT)) {
                return Optional.empty();
            }
            return RoadNetworkAssembler.assemble(parsed.segments(), problems);
        }
        if (!parsed.segments().isEmpty()) {
            problems.add(
                    source.pointer(),
                    "The dataset has both a roadNetworkSource and "
                            + parsed.segments().size()
                            + " segment features; the road network must come from one of them.");
            return Optional.empty();
        }
        String osmFile = source.value().osmFile();
        String pointer = source.at("/osmFile");
        if (osmNetworkLoader == null) {
            problems.add(
                    pointer,
                    "The road network comes from the OSM file (" + osmFile
                            + "), but this reader has no OSM importer.\n"
                            + "Maybe create the reader with withOsmNetworkLoader(...).");
            return Optional.empty();
        }
        Path folder = file.toAbsolutePath().getParent();
        Path resolved = folder == null ? Path.of(osmFile) : folder.resolve(osmFile);
        if (!Files.isRegularFile(resolved)) {
            problems.add(pointer, "The OSM file (" + osmFile + ") does not exist at (" + resolved + ").");
            return Optional.empty();
        }
        try {
            return Optional.of(osmNetworkLoader.load(resolved, source.value().boundary()));
        } catch (IOException | RuntimeException e) {
            problems.add(pointer, "The OSM file (" + osmFile + ") could not be imported: " + e.getMessage());
            return Optional.empty();
        }
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
                values(parsed.toilets()),
                parsed.constraintWeights());
    }

    private static <T> List<T> values(List<Located<T>> located) {
        return located.stream().map(Located::value).toList();
    }
}
