package city.sanitation.benchmarks.run;

import city.sanitation.benchmarks.instance.BestKnown;
import city.sanitation.benchmarks.instance.CarpReader;
import city.sanitation.benchmarks.instance.CvrpReader;
import city.sanitation.benchmarks.instance.DistanceRule;
import city.sanitation.benchmarks.instance.LongRouteInstances;
import city.sanitation.benchmarks.instance.NodeInstance;
import city.sanitation.benchmarks.instance.RoutingProblem;
import city.sanitation.benchmarks.instance.SolomonReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The public benchmark suites, where their files lie under the repository's benchmark data folder and which best
 * known values they are compared with. Solomon-type suites use the CVRPLIB distance-only convention (arcs truncated to
 * one decimal), whose optima are known, so that the gap is to a distance-only optimum.
 */
public enum Suite {
    SOLOMON_1("solomon-1", "solomon", Pattern.compile("(C1|R1|RC1)\\d\\d\\.txt")),
    GH200_1("gh200-1", "solomon/homberger_200", Pattern.compile("(c1|r1|rc1)_2_\\d+\\.txt")),
    CARP("carp", "carp", Pattern.compile("(gdb|val)\\w+\\.dat")),
    CVRP_X("cvrp-x", "cvrp-x", Pattern.compile("X-n\\d+-k\\d+\\.vrp")),
    /** Generated from the OSM extracts on first use (see {@link OsmCarpSuite}); gaps are to lower bounds. */
    CARP_OSM("carp-osm", "carp", Pattern.compile("osm-[\\w-]+\\.dat")),
    /** Generated from the type 1 files by {@link LongRouteInstances}: wide windows, few vehicles, long routes. */
    LONG_ROUTES("long-routes", "solomon", Pattern.compile("(C1|R1|RC1)0[158]\\.txt|(c1|r1|rc1)_2_[158]\\.txt"));

    /** The long-route suite's reference distances, from the data folder (see benchmarks/README.md). */
    static final String LONG_ROUTES_REFERENCE = "long-routes/reference.csv";

    /** The benchmark data's folder, by its path from the repository's root. */
    static final String DATA_FOLDER = "benchmarks/data";

    private final String id;
    private final String folder;
    private final Pattern files;

    Suite(String id, String folder, Pattern files) {
        this.id = id;
        this.folder = folder;
        this.files = files;
    }

    public String id() {
        return id;
    }

    public static Suite ofId(String id) {
        for (Suite suite : values()) {
            if (suite.id.equals(id)) {
                return suite;
            }
        }
        throw new IllegalArgumentException(
                "The suite (%s) is unknown.%nMaybe use one of solomon-1, gh200-1, carp, carp-osm, cvrp-x, long-routes,"
                        + " districts.".formatted(id));
    }

    /** The instance files of this suite, sorted by name (naturally: C102 before C110, gdb2 before gdb10). */
    public List<Path> instanceFiles(Path dataRoot) {
        if (this == CARP_OSM) {
            return OsmCarpSuite.instanceFiles(dataRoot);
        }
        Path base = dataRoot.resolve(folder);
        List<Path> roots = switch (this) {
            case CARP -> List.of(base.resolve("gdb"), base.resolve("val"));
            case LONG_ROUTES -> List.of(base, base.resolve("homberger_200"));
            default -> List.of(base);
        };
        return roots.stream()
                .flatMap(Suite::list)
                .filter(file -> files.matcher(file.getFileName().toString()).matches())
                .sorted(Comparator.comparing(
                        file -> naturalKey(file.getFileName().toString())))
                .toList();
    }

    private static Stream<Path> list(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the benchmark folder (%s).".formatted(folder), e);
        }
    }

    static String naturalKey(String name) {
        return Pattern.compile("\\d+")
                .matcher(name)
                .replaceAll(match -> "%08d".formatted(Long.parseLong(match.group())));
    }

    public String instanceName(Path file) {
        String name = file.getFileName().toString();
        String base = name.substring(0, name.lastIndexOf('.'));
        return this == LONG_ROUTES ? base + LongRouteInstances.SUFFIX : base;
    }

    public RoutingProblem read(Path file) throws IOException {
        return switch (this) {
            case SOLOMON_1, GH200_1 -> SolomonReader.read(file, DistanceRule.TRUNCATED_ONE_DECIMAL);
            case CARP, CARP_OSM -> CarpReader.read(file);
            case LONG_ROUTES ->
                LongRouteInstances.widen(SolomonReader.read(file, DistanceRule.TRUNCATED_ONE_DECIMAL))
                        .instance();
            case CVRP_X -> {
                NodeInstance instance = CvrpReader.read(file, 1);
                // The fleet is free in CVRP X: room for a fifth more routes than the loads need, plus one.
                long least = (instance.totalDemand() + instance.capacity() - 1) / instance.capacity();
                yield instance.withMaxVehicles((int) Math.ceil(least * 1.2) + 1);
            }
        };
    }

    public BestKnown bestKnown(Path dataRoot) throws IOException {
        Path base = dataRoot.resolve(folder);
        return switch (this) {
            case SOLOMON_1, GH200_1 ->
                BestKnown.read(base.resolve("bks_distance_only.csv"), "cvrplib_distance", "cvrplib_vehicles");
            case CARP -> BestKnown.read(base.resolve("bks.csv"), "bks", null);
            case CARP_OSM -> OsmCarpSuite.bounds(dataRoot);
            case CVRP_X -> BestKnown.read(base.resolve("bks.csv"), "bks", "routes");
            // no published values: a stored reference where one was measured, else the best of the run
            case LONG_ROUTES -> {
                Path reference = dataRoot.resolve(LONG_ROUTES_REFERENCE);
                yield Files.exists(reference)
                        ? BestKnown.read(reference, "distance", "vehicles")
                        : new BestKnown(Map.of());
            }
        };
    }

    /** The class an instance is summarised in: C1, R1, RC1, C1_2, gdb, val, X. */
    public String classOf(String instance) {
        return switch (this) {
            case SOLOMON_1 -> instance.substring(0, instance.length() - 2).toUpperCase(Locale.ROOT);
            case GH200_1 -> instance.substring(0, instance.lastIndexOf('_')).toUpperCase(Locale.ROOT);
            case CARP -> instance.startsWith("gdb") ? "gdb" : "val";
            case CVRP_X -> "X";
            case CARP_OSM -> "osm";
            // C101-long is C-100, rc1_2_5-long RC-200
            case LONG_ROUTES ->
                instance.replaceAll("(?i)^([a-z]+)1.*", "$1").toUpperCase(Locale.ROOT)
                        + (instance.contains("_2_") ? "-200" : "-100");
        };
    }

    /** The repository's folder of benchmark data, found from {@code start} (its root or a folder inside it). */
    public static Path findDataRoot(Path start) {
        Path root = RepositoryRoot.find(start)
                .orElseThrow(() -> new IllegalStateException(("No folder from (%s) up is the repository's root (a"
                                + " pom.xml with <module> entries, or .git).%nMaybe run from the checkout, or pass"
                                + " --data with the benchmark data folder.")
                        .formatted(start.toAbsolutePath())));
        Path data = root.resolve(DATA_FOLDER);
        if (!Files.isDirectory(data)) {
            throw new IllegalStateException(
                    "The repository (%s) has no %s folder.%nMaybe pass --data with the benchmark data folder."
                            .formatted(root, DATA_FOLDER));
        }
        return data;
    }
}
