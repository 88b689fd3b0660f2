package city.sanitation.benchmarks.instance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a TSPLIB-style CVRP file with EUC_2D coordinates and a single depot (CVRPLIB's X set). Nodes are renumbered
 * so that the depot is 0.
 */
public final class CvrpReader {

    private CvrpReader() {}

    public static NodeInstance read(Path file, int maxVehicles) throws IOException {
        return parse(Files.readString(file, StandardCharsets.US_ASCII), maxVehicles);
    }

    public static NodeInstance parse(String text, int maxVehicles) {
        List<String> lines =
                text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        String name = header(lines, "NAME");
        String weightType = header(lines, "EDGE_WEIGHT_TYPE");
        if (!weightType.equals("EUC_2D")) {
            throw new IllegalArgumentException(
                    "The edge weight type (%s) of instance (%s) is not supported.%nMaybe convert it to EUC_2D."
                            .formatted(weightType, name));
        }
        int dimension = Integer.parseInt(header(lines, "DIMENSION"));
        int capacity = Integer.parseInt(header(lines, "CAPACITY"));
        double[] fileX = new double[dimension + 1];
        double[] fileY = new double[dimension + 1];
        int[] fileDemand = new int[dimension + 1];
        int depot = -1;
        String section = "";
        for (String line : lines) {
            if (line.endsWith("SECTION") || line.equals("EOF")) {
                section = line;
                continue;
            }
            String[] tokens = line.split("\\s+");
            switch (section) {
                case "NODE_COORD_SECTION" -> {
                    int id = Integer.parseInt(tokens[0]);
                    fileX[id] = Double.parseDouble(tokens[1]);
                    fileY[id] = Double.parseDouble(tokens[2]);
                }
                case "DEMAND_SECTION" -> fileDemand[Integer.parseInt(tokens[0])] = Integer.parseInt(tokens[1]);
                case "DEPOT_SECTION" -> {
                    int id = Integer.parseInt(tokens[0]);
                    if (id > 0 && depot < 0) {
                        depot = id;
                    }
                }
                default -> {}
            }
        }
        if (depot < 0) {
            throw new IllegalArgumentException("The instance (%s) has no depot.".formatted(name));
        }
        double[] x = new double[dimension];
        double[] y = new double[dimension];
        int[] demand = new int[dimension];
        int next = 1;
        for (int id = 1; id <= dimension; id++) {
            int node = id == depot ? 0 : next++;
            x[node] = fileX[id];
            y[node] = fileY[id];
            demand[node] = id == depot ? 0 : fileDemand[id];
        }
        long[] zeros = new long[dimension];
        long[] due = new long[dimension];
        Arrays.fill(due, NodeInstance.NO_DUE);
        return new NodeInstance(
                name, x, y, demand, zeros, due, zeros.clone(), capacity, maxVehicles, false, DistanceRule.ROUNDED);
    }

    private static String header(List<String> lines, String key) {
        for (String line : lines) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).strip().equals(key)) {
                return line.substring(colon + 1).strip();
            }
        }
        throw new IllegalArgumentException("The CVRP file has no %s line.".formatted(key));
    }
}
