package city.sanitation.benchmarks.run;

import city.sanitation.benchmarks.instance.BestKnown;
import city.sanitation.benchmarks.instance.CarpInstance;
import city.sanitation.benchmarks.instance.CarpLowerBound;
import city.sanitation.benchmarks.instance.CarpWriter;
import city.sanitation.benchmarks.instance.OsmCarpGenerator;
import city.sanitation.benchmarks.instance.OsmCarpGenerator.Spec;
import city.sanitation.road.RoadNetwork;
import city.sanitation.road.osm.OsmImportOptions;
import city.sanitation.road.osm.OsmImporter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code carp-osm} suite: arc routing instances generated from the repository's OSM extracts (see
 * {@link OsmCarpGenerator}), written on first use into {@code benchmarks/target/carp-osm} with {@code bounds.csv}, their
 * lower bounds ({@link CarpLowerBound}); they have no published optima, so gaps are to those bounds.
 */
final class OsmCarpSuite {

    /** The extract, the number of streets and the seed of each instance. */
    record Source(String osmFile, int edges, long seed) {

        String instanceName() {
            return "osm-" + osmFile.substring(0, osmFile.indexOf('.')) + "-" + edges;
        }
    }

    static final List<Source> SOURCES = List.of(
            new Source("monaco.osm.gz", 300, 1),
            new Source("krems.osm.gz", 300, 2),
            new Source("krems.osm.gz", 500, 3),
            new Source("north-bayreuth.osm.gz", 400, 4),
            new Source("north-bayreuth.osm.gz", 600, 5),
            new Source("andorra.osm.pbf", 400, 6));

    static final String BOUNDS_FILE = "bounds.csv";

    private OsmCarpSuite() {}

    /** The generated folder, beside the data folder under the benchmarks module's build output. */
    static Path folder(Path dataRoot) {
        return dataRoot.toAbsolutePath().getParent().resolve("target").resolve("carp-osm");
    }

    static Path osmFolder(Path dataRoot) {
        return dataRoot.toAbsolutePath()
                .getParent()
                .getParent()
                .resolve("datasets")
                .resolve("osm");
    }

    /** The instance files, generated where missing, and the bounds file. */
    static synchronized List<Path> instanceFiles(Path dataRoot) {
        Path folder = folder(dataRoot);
        Path bounds = folder.resolve(BOUNDS_FILE);
        List<Path> files = new ArrayList<>();
        try {
            Files.createDirectories(folder);
            boolean complete = Files.exists(bounds);
            for (Source source : SOURCES) {
                Path file = folder.resolve(source.instanceName() + ".dat");
                complete &= Files.exists(file);
                files.add(file);
            }
            if (!complete) {
                generate(osmFolder(dataRoot), files, bounds);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Cannot write the generated arc routing instances into (%s).".formatted(folder), e);
        }
        return files;
    }

    private static void generate(Path osmFolder, List<Path> files, Path bounds) throws IOException {
        Map<String, RoadNetwork> networks = new HashMap<>();
        StringBuilder csv = new StringBuilder("instance,lower_bound,required_edges,vehicles,capacity\n");
        for (int i = 0; i < SOURCES.size(); i++) {
            Source source = SOURCES.get(i);
            Path osm = osmFolder.resolve(source.osmFile());
            if (!Files.exists(osm)) {
                throw new IllegalStateException(
                        "The OSM extract (%s) is missing.%nMaybe run from the repository's checkout, whose datasets/osm holds it."
                                .formatted(osm));
            }
            RoadNetwork network = networks.computeIfAbsent(
                    source.osmFile(),
                    name -> new OsmImporter()
                            .importFile(osm, OsmImportOptions.wholeFile())
                            .network());
            CarpInstance instance =
                    OsmCarpGenerator.generate(network, new Spec(source.instanceName(), source.edges(), source.seed()));
            CarpWriter.write(
                    instance,
                    "generated from %s (OpenStreetMap contributors, ODbL), %d streets, seed %d"
                            .formatted(source.osmFile(), source.edges(), source.seed()),
                    files.get(i));
            csv.append("%s,%d,%d,%d,%d\n"
                    .formatted(
                            instance.name(),
                            CarpLowerBound.of(instance),
                            instance.requiredEdges().size(),
                            instance.vehicles(),
                            instance.capacity()));
        }
        Files.writeString(bounds, csv, StandardCharsets.UTF_8);
    }

    static BestKnown bounds(Path dataRoot) throws IOException {
        instanceFiles(dataRoot);
        return BestKnown.read(folder(dataRoot).resolve(BOUNDS_FILE), "lower_bound", null);
    }
}
