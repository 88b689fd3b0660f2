package city.sanitation.benchmarks.instance;

import city.sanitation.benchmarks.instance.CarpInstance.CarpEdge;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the CARPLIB {@code .dat} format of Belenguer and Benavent: {@code KEY : value} header lines, then
 * {@code LISTA_ARISTAS_REQ} with {@code ( i, j) coste c demanda d} lines, optionally {@code LISTA_ARISTAS_NOREQ} with
 * {@code ( i, j) coste c} lines, and {@code DEPOSITO : v}. Parsed by tokens.
 */
public final class CarpReader {

    private static final Pattern EDGE =
            Pattern.compile("\\(\\s*(\\d+)\\s*,\\s*(\\d+)\\s*\\)\\s*coste\\s+(\\d+)(?:\\s+demanda\\s+(\\d+))?");

    private CarpReader() {}

    public static CarpInstance read(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.ISO_8859_1));
    }

    public static CarpInstance parse(String text) {
        String name = null;
        int vertices = -1;
        int capacity = -1;
        int vehicles = -1;
        int depot = -1;
        List<CarpEdge> required = new ArrayList<>();
        List<CarpEdge> other = new ArrayList<>();
        List<CarpEdge> current = null;
        for (String raw : text.lines().toList()) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            Matcher edge = EDGE.matcher(line);
            if (edge.lookingAt()) {
                if (current == null) {
                    throw new IllegalArgumentException(
                            "The edge line (%s) comes before any edge list.".formatted(line));
                }
                int demand = edge.group(4) == null ? 0 : Integer.parseInt(edge.group(4));
                current.add(new CarpEdge(
                        Integer.parseInt(edge.group(1)),
                        Integer.parseInt(edge.group(2)),
                        Long.parseLong(edge.group(3)),
                        demand));
                continue;
            }
            int colon = line.indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException(
                        "The CARP line (%s) is neither a header nor an edge.".formatted(line));
            }
            String key = line.substring(0, colon).strip();
            String value = line.substring(colon + 1).strip();
            switch (key) {
                case "NOMBRE" -> name = value;
                case "VERTICES" -> vertices = Integer.parseInt(value);
                case "CAPACIDAD" -> capacity = Integer.parseInt(value);
                case "VEHICULOS" -> vehicles = Integer.parseInt(value);
                case "LISTA_ARISTAS_REQ" -> current = required;
                case "LISTA_ARISTAS_NOREQ" -> current = other;
                case "DEPOSITO" -> depot = Integer.parseInt(value);
                default -> {}
            }
        }
        if (name == null || vertices < 0 || capacity < 0 || depot < 0) {
            throw new IllegalArgumentException(
                    "The CARP text lacks one of NOMBRE, VERTICES, CAPACIDAD or DEPOSITO (name %s).".formatted(name));
        }
        // COSTE_TOTAL_REQ is not trusted: in the val files it disagrees with the edges (val1A says 220, its edges add
        // up
        // to 146, and the optimum 173 only fits the latter).
        long serviceCost = required.stream().mapToLong(CarpEdge::cost).sum();
        for (CarpEdge e : required) {
            checkVertex(name, vertices, e);
        }
        for (CarpEdge e : other) {
            checkVertex(name, vertices, e);
        }
        return new CarpInstance(name, vertices, required, other, capacity, depot, vehicles, serviceCost);
    }

    private static void checkVertex(String name, int vertices, CarpEdge edge) {
        if (edge.from() < 1 || edge.from() > vertices || edge.to() < 1 || edge.to() > vertices) {
            throw new IllegalArgumentException("The edge (%d, %d) of instance (%s) names a vertex outside 1..%d."
                    .formatted(edge.from(), edge.to(), name, vertices));
        }
    }
}
