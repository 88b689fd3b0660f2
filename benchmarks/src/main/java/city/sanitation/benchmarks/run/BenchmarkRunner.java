package city.sanitation.benchmarks.run;

import city.sanitation.benchmarks.solvers.JspritSolver;
import city.sanitation.benchmarks.solvers.OrToolsSolver;
import city.sanitation.benchmarks.solvers.ProductSolver;
import city.sanitation.benchmarks.solvers.RoutingSolver;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The benchmark command line: {@code benchmarks run --suite solomon-1 --seconds 10 ...}. */
@Command(
        name = "benchmarks",
        mixinStandardHelpOptions = true,
        subcommands = {BenchmarkRunner.Run.class},
        description = "Solution quality against best known solutions and peer solvers.")
public final class BenchmarkRunner {

    /** The suite of the product's own districts, which only the product can solve. */
    static final String DISTRICTS = "districts";

    /** The snow scenario of issue 17 on the sample districts, the product only. */
    static final String SNOW = "snow";

    public static void main(String[] args) {
        System.exit(new CommandLine(new BenchmarkRunner()).execute(args));
    }

    @Command(name = "run", mixinStandardHelpOptions = true, description = "Run one suite with the product and peers.")
    static final class Run implements Callable<Integer> {

        @Option(
                names = "--suite",
                required = true,
                description = "solomon-1, gh200-1, carp, carp-osm, cvrp-x, long-routes, districts or snow")
        String suite;

        @Option(names = "--seconds", defaultValue = "10", description = "time limit per instance and solver")
        long seconds;

        @Option(names = "--instances", split = ",", description = "instance names; all when left out")
        List<String> instances = new ArrayList<>();

        @Option(names = "--seed", defaultValue = "0")
        long seed;

        @Option(
                names = "--repeat",
                defaultValue = "1",
                description = "solve every instance with every solver this many times, with the seeds --seed,"
                        + " --seed + 1, ...: the reports give each class's mean over all of them and the spread of"
                        + " the class mean between seeds")
        int repeat;

        @Option(
                names = "--peers",
                split = ",",
                defaultValue = "ortools,jsprit",
                description = "peer solvers: ortools, jsprit, none")
        List<String> peers;

        @Option(names = "--out", defaultValue = "target/benchmarks")
        Path out;

        @Option(
                names = "--data",
                description = "the benchmark data folder; the repository's benchmarks/data when left out")
        Path data;

        @Option(
                names = "--product-config",
                split = ",",
                description = "name=classpath resource of another solver configuration to run as well (experiments)")
        List<String> productConfigs = new ArrayList<>();

        @Option(
                names = "--refill-split",
                description = "name of a column with the shipped configuration and the refills placed where they"
                        + " cost least (RefillSplit, off by default)")
        String refillSplit;

        @Option(
                names = "--pass-directions",
                description = "name of a column with the shipped configuration and the passes' directions chosen for"
                        + " the whole route (PassDirections)")
        String passDirections;

        @Option(
                names = "--greedy-directions",
                description = "name of a column with the shipped configuration and each pass's direction chosen from"
                        + " where the truck stands")
        String greedyDirections;

        @Option(names = "--no-product", description = "leave the shipped product configuration out")
        boolean noProduct;

        @Option(names = "--smoke", description = "one instance, two seconds per solver (for CI)")
        boolean smoke;

        @Option(
                names = "--datasets",
                description = "districts: the folder of the sample datasets; the repository's datasets when left out")
        Path datasets;

        @Option(
                names = "--osm",
                description = "districts: the folder of OSM extracts; the repository's datasets/osm when left out")
        Path osm;

        @Option(
                names = "--snow-seconds",
                split = ",",
                description = "snow: the time limits to solve each district for; --seconds when left out")
        List<Long> snowSeconds = new ArrayList<>();

        @Override
        public Integer call() throws Exception {
            if (SNOW.equals(suite)) {
                List<Duration> limits = (snowSeconds.isEmpty() ? List.of(seconds) : snowSeconds)
                        .stream().map(Duration::ofSeconds).toList();
                SnowRun.execute(instances.isEmpty() ? List.of("medium") : instances, limits, seed, out, System.out);
                System.out.println("Reports written to " + out.toAbsolutePath());
                return 0;
            }
            if (DISTRICTS.equals(suite)) {
                if (!peers.stream().allMatch(peer -> peer.isBlank() || peer.equals("none"))) {
                    System.out.println("The districts suite runs the product only: the peers cannot model street"
                            + " passes, refills, blind spots and toilet rounds.");
                }
                DistrictRun.Settings settings = districtSettings();
                DistrictRun.execute(settings, System.out);
                System.out.println(
                        "Reports written to " + settings.outputFolder().toAbsolutePath());
                return 0;
            }
            BenchmarkRun.Settings settings = settings();
            BenchmarkRun.execute(settings, System.out);
            System.out.println("Reports written to " + settings.outputFolder().toAbsolutePath());
            return 0;
        }

        DistrictRun.Settings districtSettings() {
            Path here = Path.of("");
            List<String> names = smoke
                    ? List.of("small")
                    : instances.isEmpty() ? DistrictInstances.DEFAULT : List.copyOf(new LinkedHashSet<>(instances));
            return new DistrictRun.Settings(
                    datasets != null ? datasets : DistrictInstances.findDatasets(here),
                    osm != null ? osm : DistrictInstances.findOsm(here),
                    Duration.ofSeconds(smoke ? 2 : seconds),
                    names,
                    seed,
                    out);
        }

        BenchmarkRun.Settings settings() {
            Path dataRoot = data != null ? data : Suite.findDataRoot(Path.of(""));
            return new BenchmarkRun.Settings(
                    Suite.ofId(suite),
                    dataRoot,
                    Duration.ofSeconds(smoke ? 2 : seconds),
                    new LinkedHashSet<>(instances),
                    smoke ? 1 : 0,
                    seed,
                    smoke ? 1 : repeat,
                    solvers(!noProduct, productConfigs, refillSplit, peers, passDirections, greedyDirections),
                    out);
        }
    }

    static List<RoutingSolver> solvers(
            boolean product, List<String> productConfigs, String refillSplit, List<String> peers) {
        return solvers(product, productConfigs, refillSplit, peers, null, null);
    }

    static List<RoutingSolver> solvers(
            boolean product,
            List<String> productConfigs,
            String refillSplit,
            List<String> peers,
            String passDirections,
            String greedyDirections) {
        List<RoutingSolver> solvers = new ArrayList<>();
        if (product) {
            solvers.add(new ProductSolver());
        }
        for (String variant : productConfigs) {
            int equals = variant.indexOf('=');
            if (equals < 1) {
                throw new IllegalArgumentException(
                        "The product configuration (%s) is not name=resource.".formatted(variant));
            }
            solvers.add(new ProductSolver(variant.substring(0, equals), variant.substring(equals + 1)));
        }
        if (refillSplit != null && !refillSplit.isBlank()) {
            solvers.add(ProductSolver.withRefillSplit(refillSplit.strip()));
        }
        if (passDirections != null && !passDirections.isBlank()) {
            solvers.add(ProductSolver.withPassDirections(passDirections.strip(), true));
        }
        if (greedyDirections != null && !greedyDirections.isBlank()) {
            solvers.add(ProductSolver.withPassDirections(greedyDirections.strip(), false));
        }
        for (String peer : peers) {
            switch (peer.strip()) {
                case "ortools" -> solvers.add(new OrToolsSolver());
                case "jsprit" -> solvers.add(new JspritSolver());
                case "none", "" -> {}
                default ->
                    throw new IllegalArgumentException(
                            "The peer solver (%s) is unknown.%nMaybe use ortools, jsprit or none.".formatted(peer));
            }
        }
        return solvers;
    }
}
