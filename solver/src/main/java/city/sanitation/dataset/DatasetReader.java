package city.sanitation.dataset;

import city.sanitation.dataset.json.DatasetJson;
import city.sanitation.dataset.json.FeatureKind;
import city.sanitation.dataset.json.Located;
import city.sanitation.dataset.json.ParsedDataset;
import city.sanitation.road.RoadNetwork;
import city.sanitation.road.RoadSegment;
import city.sanitation.territory.Territory;
import city.sanitation.weather.DistrictWeather;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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

    private static final int MAX_TOLERANT_ROUNDS = 3;

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
        Checked checked = check(parse(file, problems), file, problems);
        problems.throwIfAny();
        return checked.loaded(List.of());
    }

    /**
     * Reads and checks a document held in memory (an upload, a stored version), as {@link #read(Path)} reads a file.
     * An OSM file it names is looked for relative to the working directory.
     *
     * @param name what to call the document in problems, in place of a file's path
     */
    public LoadedDataset read(String document, String name) {
        ProblemCollector problems = new ProblemCollector(name);
        Checked checked = check(parse(document, problems), null, problems);
        problems.throwIfAny();
        return checked.loaded(List.of());
    }

    /** Reads a day's data held in memory as {@link #readTolerant(Path, String)} reads a file. */
    public LoadedDataset readTolerant(String document, String name) {
        return readTolerant(parse(document, new ProblemCollector(name)), null, name);
    }

    /**
     * Reads a day's data built from stored data, which older checks or a changed street network may have left with
     * a few bad items: each blind spot, toilet, washing requirement or vehicle with a problem is set aside with its
     * reason and the rest is returned. Only problems of the district's core data (road network, depots, facilities,
     * territories, vehicle types, horizon, or no vehicle left) throw an {@link InvalidDatasetException}, listing
     * those.
     *
     * @param name what to call the data in problems, in place of the file's path
     */
    public LoadedDataset readTolerant(Path file, String name) {
        return readTolerant(parse(file, new ProblemCollector(name)), file, name);
    }

    private LoadedDataset readTolerant(JsonDocument read, Path file, String name) {
        JsonDocument document = read;
        List<SetAsideItem> setAside = new ArrayList<>();
        for (int round = 1; ; round++) {
            ProblemCollector problems = new ProblemCollector(name);
            Checked checked = check(document, file, problems);
            if (problems.isEmpty()) {
                return checked.loaded(setAside);
            }
            SetAsideSorting.Sorted sorted = SetAsideSorting.sort(document.tree(), problems.problems());
            // Leaving items out only removes problems, so a second round is clean; a third would mean a bug here.
            if (!sorted.core().isEmpty() || sorted.items().isEmpty() || round == MAX_TOLERANT_ROUNDS) {
                throw new InvalidDatasetException(name, sorted.core().isEmpty() ? problems.problems() : sorted.core());
            }
            setAside.addAll(sorted.items().values());
            document = document.without(sorted.items().keySet());
        }
    }

    private static JsonDocument parse(Path file, ProblemCollector problems) {
        return supported(JsonDocument.parse(file, problems), problems);
    }

    private static JsonDocument parse(String text, ProblemCollector problems) {
        return supported(JsonDocument.parse(text, problems), problems);
    }

    private static JsonDocument supported(Optional<JsonDocument> document, ProblemCollector problems) {
        if (document.isEmpty() || !FormatVersion.isSupported(document.get().tree(), problems)) {
            throw problems.exception();
        }
        return document.get();
    }

    /** What was read of a document, usable when its checks found no problem. */
    private record Checked(
            ParsedDataset parsed,
            Optional<RoadNetwork> network,
            Map<PlacedKind, Map<String, TaskPlacement>> placements) {

        LoadedDataset loaded(List<SetAsideItem> setAside) {
            return new LoadedDataset(build(parsed, network.orElseThrow()), placements, setAside);
        }
    }

    private Checked check(JsonDocument document, Path file, ProblemCollector problems) {
        SchemaValidation.validate(document.text(), problems);
        ParsedDataset parsed = DatasetJson.read(document.tree(), problems::addUnlessCovered);
        IdChecks.check(parsed, problems);
        ValueChecks.check(parsed, problems);
        TimeWindowChecks.check(parsed, problems);
        TerritoryChecks.check(parsed, problems);
        WeatherChecks.check(parsed, problems);
        Optional<RoadNetwork> network = roadNetwork(parsed, file, problems);
        ReferenceChecks.check(parsed, segmentIds(parsed, network), problems);
        Map<PlacedKind, Map<String, TaskPlacement>> placements = Map.of();
        if (network.isPresent()) {
            placements = placeTasks(parsed, network.get(), problems);
        }
        return new Checked(parsed, network, placements);
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

    /**
     * The inline or OSM-based network, or empty when it cannot be built (the reason is already reported).
     *
     * @param file the file read, whose folder an OSM file is relative to; null for a document held in memory
     */
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
        Path folder = file == null ? null : file.toAbsolutePath().getParent();
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
                parsed.constraintWeights(),
                parsed.weather() == null
                        ? DistrictWeather.NONE
                        : parsed.weather().value(),
                values(parsed.saltDepots()));
    }

    private static <T> List<T> values(List<Located<T>> located) {
        return located.stream().map(Located::value).toList();
    }
}
