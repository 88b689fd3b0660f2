package city.sanitation.dataset;

import city.sanitation.dataset.json.Located;
import city.sanitation.dataset.json.ParsedDataset;
import city.sanitation.road.RoadNetwork;
import city.sanitation.road.RoadSegment;
import city.sanitation.road.snap.SegmentSnapper;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The reader's checks and placement for a day's data held as objects on the street network of a stored version that
 * was read before: every check but those of the JSON text (syntax, schema), which objects cannot fail as a file can.
 * The network's connectivity and snapping index are worked out once, so a day's data is checked in the time its few
 * changed items take rather than the time a whole read takes.
 *
 * <p>Only data without any problem is loaded here. Data with a problem goes to {@link DatasetReader#readTolerant},
 * which sets the failing items aside and words their reasons as a plan shows them.
 */
public final class DayDataChecks {

    private final RoadNetwork network;
    private final double maxSnappingDistanceMetres;
    private final Set<String> segmentIds;
    private final Set<String> connectedSegmentIds;
    private final boolean connected;
    private final SegmentSnapper snapper;

    public DayDataChecks(RoadNetwork network) {
        this(network, DatasetReader.DEFAULT_MAX_SNAPPING_DISTANCE_METRES);
    }

    public DayDataChecks(RoadNetwork network, double maxSnappingDistanceMetres) {
        this.network = network;
        this.maxSnappingDistanceMetres = maxSnappingDistanceMetres;
        this.segmentIds = network.segments().stream().map(RoadSegment::id).collect(Collectors.toUnmodifiableSet());
        ProblemCollector problems = new ProblemCollector("road network");
        this.connectedSegmentIds = Set.copyOf(ConnectivityCheck.check(network, problems));
        this.connected = problems.isEmpty() && network.segmentCount() > 0;
        this.snapper = new SegmentSnapper(network);
    }

    /**
     * The day's data checked and placed, with {@code setAside} as its set-aside items; empty when any check finds a
     * problem, for the tolerant reader to sort out.
     */
    public Optional<LoadedDataset> loadIfClean(SanitationDataset day, List<SetAsideItem> setAside) {
        if (day.roadNetwork() != network) {
            throw new IllegalArgumentException("The day's data (" + day.name()
                    + ") is not on the street network these checks were made for.\n"
                    + "Maybe create the checks from the road network of the stored version the day was built on.");
        }
        if (!connected || day.osmSource() != null) {
            return Optional.empty();
        }
        ProblemCollector problems = new ProblemCollector(day.name());
        ParsedDataset parsed = ParsedDataset.of(day);
        IdChecks.check(parsed, problems);
        ValueChecks.check(parsed, problems);
        TimeWindowChecks.check(parsed, problems);
        TerritoryChecks.check(parsed, problems);
        WeatherChecks.check(parsed, problems);
        ReferenceChecks.check(parsed, segmentIds, problems);
        Map<PlacedKind, Map<String, TaskPlacement>> placements = new TaskPlacer(
                        network,
                        connectedSegmentIds,
                        parsed.territories().stream().map(Located::value).toList(),
                        maxSnappingDistanceMetres,
                        problems,
                        snapper)
                .place(parsed);
        if (!problems.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new LoadedDataset(day, placements, setAside));
    }
}
