package city.sanitation.cli;

import city.sanitation.dataset.DatasetReader;
import city.sanitation.dataset.DatasetSummary;
import city.sanitation.dataset.DatasetSummary.FleetLine;
import city.sanitation.dataset.DatasetSummary.SubdistrictLine;
import city.sanitation.dataset.InvalidDatasetException;
import city.sanitation.dataset.PlanningHorizon;
import city.sanitation.dataset.SanitationDataset;
import city.sanitation.dataset.json.JsonEnums;
import city.sanitation.road.RoadClass;
import city.sanitation.weather.SnowEvent;
import city.sanitation.weather.SnowEvents;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sanitation describe --dataset FILE}: validates a dataset and prints its size at a glance. */
@Command(
        name = "describe",
        mixinStandardHelpOptions = true,
        description = "Validates a dataset and prints its streets, work, fleet, territories and planning horizon.",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:the dataset is valid", "2:the dataset is invalid; every problem is printed"})
public final class DescribeCommand implements Callable<Integer> {

    static final int INVALID_DATASET = 2;

    @Spec
    private CommandSpec spec;

    @Option(
            names = "--dataset",
            required = true,
            paramLabel = "FILE",
            description = "Dataset file (.json or .json.gz).")
    private Path dataset;

    @Option(
            names = "--max-snapping-distance",
            paramLabel = "METRES",
            defaultValue = "300",
            description = "Farthest a task may lie from a street (default: ${DEFAULT-VALUE} m).")
    private double maxSnappingDistanceMetres;

    @Override
    public Integer call() {
        SanitationDataset read;
        try {
            read = new DatasetReader()
                    .withMaxSnappingDistanceMetres(maxSnappingDistanceMetres)
                    .readDataset(dataset);
        } catch (InvalidDatasetException e) {
            PrintWriter err = spec.commandLine().getErr();
            err.println(e.getMessage());
            err.flush();
            return INVALID_DATASET;
        }
        PrintWriter out = spec.commandLine().getOut();
        print(read, DatasetSummary.of(read), out);
        out.flush();
        return 0;
    }

    private void print(SanitationDataset read, DatasetSummary summary, PrintWriter out) {
        out.printf(Locale.ROOT, "Dataset: %s (%s), format %s%n", read.name(), dataset, read.formatVersion());
        PlanningHorizon horizon = read.horizon();
        out.printf(
                Locale.ROOT,
                "Planning: %s (%s), horizon %s to %s (%s)%n",
                horizon.planningDay(),
                horizon.timeZone(),
                horizon.start(),
                horizon.end(),
                hours(Duration.between(horizon.start(), horizon.end())));
        out.printf(
                Locale.ROOT,
                "Streets: %.2f km in %d directed segments, %d nodes%s%n",
                summary.totalMetres() / 1000,
                summary.segmentCount(),
                summary.nodeCount(),
                read.osmSource() == null ? "" : " (from " + read.osmSource().osmFile() + ")");
        for (RoadClass roadClass : RoadClass.values()) {
            out.printf(
                    Locale.ROOT,
                    "  %-10s %8.2f km %6d segments%n",
                    roadClass.jsonName(),
                    summary.metresByClass().get(roadClass) / 1000,
                    summary.segmentsByClass().get(roadClass));
        }
        out.println("Tasks:");
        out.printf(
                Locale.ROOT,
                "  washing      %d requirements, %d passes%s%n",
                summary.washingRequirements(),
                summary.washingPasses(),
                summary.washingPassesByCapability().isEmpty()
                        ? ""
                        : " (" + counts(summary.washingPassesByCapability()) + ")");
        out.printf(
                Locale.ROOT,
                "  blind spots  %d, %.1f m3; by priority: %s%n",
                summary.blindSpots(),
                summary.blindSpotVolumeM3(),
                counts(summary.blindSpotsByPriority()));
        if (!summary.blindSpotsByCategory().isEmpty()) {
            out.printf(Locale.ROOT, "               by category: %s%n", counts(summary.blindSpotsByCategory()));
        }
        out.printf(
                Locale.ROOT, "  toilets      %d, %d rounds per day%n", summary.toilets(), summary.toiletRoundsPerDay());
        out.printf(
                Locale.ROOT,
                "Facilities: %d depots, %d hydrants, %d transfer stations%n",
                summary.depots(),
                summary.hydrants(),
                summary.transferStations());
        if (!read.saltDepots().isEmpty()) {
            out.printf(
                    Locale.ROOT,
                    "  salt depots %d (spreaders reload there)%n",
                    read.saltDepots().size());
        }
        for (SnowEvent event : SnowEvents.of(read.weather())) {
            out.printf(
                    Locale.ROOT,
                    "Snow: %s to %s, %.1f cm (%s)%s%n",
                    event.start(),
                    event.end(),
                    event.depthCm(),
                    event.source(),
                    event.depthCm() < read.weather().rules().snow().minDepthCm() ? ", too little to clear" : "");
        }
        out.printf(
                Locale.ROOT,
                "Fleet: %d vehicles of %d types%n",
                summary.vehicles(),
                summary.fleet().size());
        int typeWidth = summary.fleet().stream()
                .mapToInt(line -> line.type().id().length())
                .max()
                .orElse(0);
        for (FleetLine line : summary.fleet()) {
            out.printf(
                    Locale.ROOT,
                    "  %-" + typeWidth + "s %4d  %s (%s)%n",
                    line.type().id(),
                    line.vehicles(),
                    line.type().name(),
                    line.type().capabilities().stream()
                            .sorted()
                            .map(JsonEnums::jsonName)
                            .collect(Collectors.joining(", ")));
        }
        out.printf(
                Locale.ROOT,
                "Territories: %d subdistricts, %d grids%n",
                summary.subdistricts().size(),
                summary.grids());
        int subdistrictWidth = summary.subdistricts().stream()
                .mapToInt(line -> line.subdistrict().id().length())
                .max()
                .orElse(0);
        for (SubdistrictLine line : summary.subdistricts()) {
            out.printf(
                    Locale.ROOT,
                    "  %-" + subdistrictWidth + "s %4d grids  %s%n",
                    line.subdistrict().id(),
                    line.grids(),
                    line.subdistrict().name());
        }
    }

    private static String counts(Map<? extends Enum<?>, Integer> counts) {
        return counts.entrySet().stream()
                .map(entry -> JsonEnums.jsonName(entry.getKey()) + " " + entry.getValue())
                .collect(Collectors.joining(", "));
    }

    private static String hours(Duration duration) {
        long minutes = duration.toMinutes();
        return minutes % 60 == 0 ? minutes / 60 + " h" : minutes / 60 + " h " + minutes % 60 + " min";
    }
}
