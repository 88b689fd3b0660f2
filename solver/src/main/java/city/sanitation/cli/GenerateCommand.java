package city.sanitation.cli;

import city.sanitation.dataset.DatasetWriter;
import city.sanitation.dataset.SanitationDataset;
import city.sanitation.district.DatasetFigures;
import city.sanitation.district.DistrictSize;
import city.sanitation.district.RealStreetsDistrict;
import city.sanitation.district.SampleDistrictGenerator;
import city.sanitation.district.SeasonalWeather;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code sanitation generate}: writes a sample dataset, either of the generated Pingcheng-like district or on the
 * real streets of an OpenStreetMap extract.
 */
@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        description = {
            "Writes a sample dataset: the generated Pingcheng-like district (--size), or real streets of an OSM extract"
                    + " (--osm) with facilities, work and a fleet placed on them.",
            "The same options always give the same file."
        })
public final class GenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(
            names = "--size",
            paramLabel = "small|medium|large|city",
            converter = SizeConverter.class,
            description = "Size of the generated district; not with --osm.")
    DistrictSize size;

    @Option(
            names = "--seed",
            defaultValue = "" + SampleDistrictGenerator.DEFAULT_SEED,
            description = "Seed of the day's workload (due streets, blind spots). Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(
            names = "--day",
            paramLabel = "YYYY-MM-DD",
            defaultValue = "2026-11-28",
            description = "The planning day. Default: ${DEFAULT-VALUE}.")
    LocalDate day;

    @Option(
            names = "--weather",
            description = "Add the season's forecast for Datong on the planning day (a December day: cold nights and"
                    + " a snowfall; a July day: hot and dry with a heat alert) and a dust hopper on the sweepers.")
    boolean weather;

    @Option(
            names = "--osm",
            paramLabel = "FILE",
            description = "An OSM extract (.osm, .osm.gz or .osm.pbf) whose streets to use instead of generated ones.")
    Path osmFile;

    @Option(
            names = "--out",
            required = true,
            paramLabel = "FILE",
            description = "The dataset file to write; a name ending in .gz is compressed.")
    Path out;

    @Override
    public Integer call() throws IOException {
        SanitationDataset dataset = dataset();
        new DatasetWriter().write(dataset, out);
        PrintWriter console = spec.commandLine().getOut();
        console.printf(
                "Wrote %s (%,d bytes): %s%n",
                out, Files.size(out), DatasetFigures.of(dataset).summary());
        console.flush();
        return 0;
    }

    private SanitationDataset dataset() {
        SanitationDataset dataset = withoutWeather();
        return weather ? SeasonalWeather.apply(dataset, seed) : dataset;
    }

    private SanitationDataset withoutWeather() {
        if (osmFile != null) {
            if (size != null) {
                throw new ParameterException(
                        spec.commandLine(),
                        "The --size (" + size.lowerCaseName() + ") does not apply with --osm (" + osmFile + ").\n"
                                + "Maybe leave it out: the workload follows the length of the extract's streets.");
            }
            if (!Files.isRegularFile(osmFile)) {
                throw new ParameterException(spec.commandLine(), "The OSM file (" + osmFile + ") does not exist.");
            }
            return RealStreetsDistrict.fromOsmFile(osmFile, seed, day);
        }
        if (size == null) {
            throw new ParameterException(
                    spec.commandLine(), "Either --size small|medium|large|city or --osm FILE is needed.");
        }
        return SampleDistrictGenerator.generate(size, seed, day);
    }

    static final class SizeConverter implements ITypeConverter<DistrictSize> {

        @Override
        public DistrictSize convert(String value) {
            return DistrictSize.parse(value);
        }
    }
}
