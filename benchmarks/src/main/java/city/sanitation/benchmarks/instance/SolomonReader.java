package city.sanitation.benchmarks.instance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the Solomon VRPTW text format (also used by Gehring–Homberger): the name, a {@code VEHICLE} section with the
 * vehicle limit and capacity, then a {@code CUSTOMER} section of rows {@code id x y demand ready due service}, the
 * depot first. Parsed by whitespace, never by columns.
 */
public final class SolomonReader {

    private SolomonReader() {}

    public static NodeInstance read(Path file, DistanceRule rule) throws IOException {
        return parse(Files.readString(file, StandardCharsets.US_ASCII), rule);
    }

    public static NodeInstance parse(String text, DistanceRule rule) {
        List<String> lines =
                text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("The Solomon instance text is empty.");
        }
        String name = lines.get(0);
        int vehicleHeader = indexOf(lines, "VEHICLE", name);
        long[] fleet = numbers(lines.get(vehicleHeader + 2), 2, name);
        int customerHeader = indexOf(lines, "CUSTOMER", name);
        List<long[]> rows = new ArrayList<>();
        for (String line : lines.subList(customerHeader + 2, lines.size())) {
            rows.add(numbers(line, 7, name));
        }
        int size = rows.size();
        double[] x = new double[size];
        double[] y = new double[size];
        int[] demand = new int[size];
        long[] ready = new long[size];
        long[] due = new long[size];
        long[] service = new long[size];
        for (int i = 0; i < size; i++) {
            long[] row = rows.get(i);
            if (row[0] != i) {
                throw new IllegalArgumentException(
                        "The customer row %d of instance (%s) has id %d; ids must run 0, 1, 2, ..."
                                .formatted(i, name, row[0]));
            }
            x[i] = row[1];
            y[i] = row[2];
            demand[i] = Math.toIntExact(row[3]);
            ready[i] = row[4];
            due[i] = row[5];
            service[i] = row[6];
        }
        return new NodeInstance(
                name,
                x,
                y,
                demand,
                ready,
                due,
                service,
                Math.toIntExact(fleet[1]),
                Math.toIntExact(fleet[0]),
                true,
                rule);
    }

    private static int indexOf(List<String> lines, String header, String name) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).equalsIgnoreCase(header)) {
                return i;
            }
        }
        throw new IllegalArgumentException("The Solomon instance (%s) has no %s section.".formatted(name, header));
    }

    private static long[] numbers(String line, int expected, String name) {
        String[] tokens = line.split("\\s+");
        if (tokens.length != expected) {
            throw new IllegalArgumentException("The line (%s) of instance (%s) has %d numbers instead of %d."
                    .formatted(line, name, tokens.length, expected));
        }
        long[] values = new long[expected];
        for (int i = 0; i < expected; i++) {
            values[i] = Long.parseLong(tokens[i]);
        }
        return values;
    }
}
