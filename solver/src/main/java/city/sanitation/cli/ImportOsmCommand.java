package city.sanitation.cli;

import city.sanitation.dataset.DatasetWriter;
import city.sanitation.dataset.PlanningHorizon;
import city.sanitation.dataset.SanitationDataset;
import city.sanitation.road.osm.OsmImport;
import city.sanitation.road.osm.OsmImportException;
import city.sanitation.road.osm.OsmImportOptions;
import city.sanitation.road.osm.OsmImporter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Reads a city's streets from OpenStreetMap into a dataset file that holds just the road network. */
@Command(
        name = "import-osm",
        mixinStandardHelpOptions = true,
        description = "Imports the drivable streets of an OpenStreetMap extract (.osm, .osm.gz, .osm.pbf) into a"
                + " dataset file: one-way rules honoured, ways split at junctions, only the largest strongly"
                + " connected part kept.")
final class ImportOsmCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--osm", required = true, description = "The OpenStreetMap extract.")
    private Path osm;

    @Option(
            names = "--bbox",
            description = "Keep only streets inside west,south,east,north (WGS84 degrees), e.g. 7.41,43.72,7.44,43.75.")
    private String bbox;

    @Option(names = "--name", description = "Dataset name (default: the file name).")
    private String name;

    @Option(names = "--day", description = "Planning day (default: today).")
    private LocalDate day;

    @Option(names = "--out", required = true, description = "Dataset file to write (.json or .json.gz).")
    private Path out;

    @Override
    public Integer call() throws Exception {
        PrintWriter console = spec.commandLine().getOut();
        OsmImport imported;
        try {
            OsmImportOptions options = bbox == null ? OsmImportOptions.wholeFile() : OsmImportOptions.within(box(bbox));
            imported = new OsmImporter().importFile(osm, options);
        } catch (OsmImportException | IllegalArgumentException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 2;
        }
        LocalDate planningDay = day == null ? LocalDate.now() : day;
        SanitationDataset dataset = SanitationDataset.builder()
                .name(name == null ? osm.getFileName().toString().replaceAll("\\.osm.*$", "") : name)
                .horizon(new PlanningHorizon(
                        planningDay,
                        ZoneId.of("Asia/Shanghai"),
                        planningDay.atTime(18, 0),
                        planningDay.plusDays(1).atTime(22, 0)))
                .roadNetwork(imported.network())
                .build();
        new DatasetWriter().write(dataset, out);
        console.println(imported.report().summary());
        console.printf("Wrote %s%n", out);
        return 0;
    }

    static Polygon box(String text) {
        String[] parts = text.split(",");
        if (parts.length != 4) {
            throw new IllegalArgumentException("The bounding box (" + text + ") must be west,south,east,north."
                    + "\nMaybe separate the four numbers with commas and no spaces.");
        }
        double west = Double.parseDouble(parts[0]);
        double south = Double.parseDouble(parts[1]);
        double east = Double.parseDouble(parts[2]);
        double north = Double.parseDouble(parts[3]);
        if (west >= east || south >= north) {
            throw new IllegalArgumentException(
                    "The bounding box (" + text + ") must have west < east and south < north.");
        }
        return new GeometryFactory().createPolygon(new Coordinate[] {
            new Coordinate(west, south),
            new Coordinate(east, south),
            new Coordinate(east, north),
            new Coordinate(west, north),
            new Coordinate(west, south)
        });
    }
}
