package city.sanitation.benchmarks.instance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Best known values of a suite, read from a CSV file whose first column is the instance name.
 *
 * @param values by instance name
 */
public record BestKnown(Map<String, Value> values) {

    /** A best known cost and, where the file gives it, the number of vehicles or routes of that solution. */
    public record Value(double cost, int vehicles) {}

    public static BestKnown read(Path csv, String costColumn, String vehiclesColumn) throws IOException {
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        List<String> header = List.of(lines.get(0).split(","));
        int cost = column(header, costColumn, csv);
        int vehicles = vehiclesColumn == null ? -1 : column(header, vehiclesColumn, csv);
        Map<String, Value> values = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split(",", -1);
            values.put(
                    cells[0].strip(),
                    new Value(
                            Double.parseDouble(cells[cost].strip()),
                            vehicles < 0 ? 0 : Integer.parseInt(cells[vehicles].strip())));
        }
        return new BestKnown(Map.copyOf(values));
    }

    private static int column(List<String> header, String name, Path csv) {
        int index = header.indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException(
                    "The best known values file (%s) has no column (%s).".formatted(csv, name));
        }
        return index;
    }

    public Optional<Value> of(String instance) {
        return Optional.ofNullable(values.get(instance));
    }

    /** The gap of {@code cost} to the best known value of {@code instance}, in percent. */
    public Optional<Double> gapPercent(String instance, double cost) {
        return of(instance).map(best -> 100.0 * (cost - best.cost()) / best.cost());
    }
}
