package city.sanitation.benchmarks.run;

import city.sanitation.dataset.DatasetReader;
import city.sanitation.dataset.DatasetWriter;
import city.sanitation.dataset.LoadedDataset;
import city.sanitation.dataset.SanitationDataset;
import city.sanitation.district.DistrictSize;
import city.sanitation.district.RealStreetsDistrict;
import city.sanitation.district.SampleDistrictGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The districts suite's instances: the sample districts committed in the repository's {@code datasets} folder
 * ({@code small}, {@code medium}, {@code large}) and districts on the real streets of an OSM extract in its
 * {@code datasets/osm} folder ({@code osm-<extract>}, e.g. {@code osm-monaco} for {@code monaco.osm.gz}), generated
 * with the run's seed and written next to the reports, then read back like any dataset.
 */
final class DistrictInstances {

    /**
     * Monaco is the smallest extract, a dense old town about the size of Datong's walled old town; Krems a small
     * town, northern Bayreuth suburbs and villages, Andorra mountain valleys. Large is left out: it needs about 3 GB
     * of heap and half a minute of travel matrices before its solve, so it is asked for by name.
     */
    static final List<String> DEFAULT =
            List.of("small", "medium", "osm-monaco", "osm-krems", "osm-north-bayreuth", "osm-andorra");

    private static final List<String> SAMPLE_FILES = List.of(".json", ".json.gz");
    private static final List<String> OSM_FILES = List.of(".osm.gz", ".osm.pbf", ".osm");

    private final Path datasetsFolder;
    private final Path osmFolder;
    private final Path generatedFolder;
    private final long seed;

    DistrictInstances(Path datasetsFolder, Path osmFolder, Path generatedFolder, long seed) {
        this.datasetsFolder = datasetsFolder;
        this.osmFolder = osmFolder;
        this.generatedFolder = generatedFolder;
        this.seed = seed;
    }

    /** Reads (or generates and reads) the dataset of the instance {@code name}. */
    LoadedDataset load(String name) throws IOException {
        if (name.startsWith("osm-")) {
            Path extract = existing(osmFolder, name.substring("osm-".length()), OSM_FILES, name);
            SanitationDataset dataset =
                    RealStreetsDistrict.fromOsmFile(extract, seed, SampleDistrictGenerator.DEFAULT_PLANNING_DAY);
            Files.createDirectories(generatedFolder);
            Path file = generatedFolder.resolve(name + ".json.gz");
            new DatasetWriter().write(dataset, file);
            return new DatasetReader().read(file);
        }
        boolean committed = datasetsFolder != null
                && SAMPLE_FILES.stream().anyMatch(ending -> Files.isRegularFile(datasetsFolder.resolve(name + ending)));
        if (!committed && name.equals(DistrictSize.CITY.lowerCaseName())) {
            // Too large to commit: generated as `generate --size city` does, with its default seed and day.
            SanitationDataset dataset = SampleDistrictGenerator.generate(
                    DistrictSize.CITY,
                    SampleDistrictGenerator.DEFAULT_SEED,
                    SampleDistrictGenerator.DEFAULT_PLANNING_DAY);
            Files.createDirectories(generatedFolder);
            Path file = generatedFolder.resolve(name + ".json.gz");
            new DatasetWriter().write(dataset, file);
            return new DatasetReader().read(file);
        }
        return new DatasetReader().read(existing(datasetsFolder, name, SAMPLE_FILES, name));
    }

    private static Path existing(Path folder, String stem, List<String> endings, String instance) {
        if (folder == null) {
            throw new IllegalArgumentException(
                    "The district (%s) needs a folder that was not found.%nMaybe pass --datasets or --osm."
                            .formatted(instance));
        }
        for (String ending : endings) {
            Path file = folder.resolve(stem + ending);
            if (Files.isRegularFile(file)) {
                return file;
            }
        }
        throw new IllegalArgumentException(
                "The district (%s) has no file %s%s in (%s).%nMaybe use small, medium, large or osm-<extract>."
                        .formatted(instance, stem, endings, folder.toAbsolutePath()));
    }

    /** The repository's {@code datasets} folder, found from {@code start}; null when there is none. */
    static Path findDatasets(Path start) {
        return repositoryFolder(start, "datasets", "small.json");
    }

    /** The repository's folder of OSM extracts, {@code datasets/osm}, found from {@code start}; null when none. */
    static Path findOsm(Path start) {
        return repositoryFolder(start, "datasets/osm", "SOURCES.md");
    }

    private static Path repositoryFolder(Path start, String folder, String marker) {
        return RepositoryRoot.find(start)
                .map(root -> root.resolve(folder))
                .filter(candidate -> Files.isRegularFile(candidate.resolve(marker)))
                .orElse(null);
    }
}
