package city.sanitation.benchmarks.instance;

import city.sanitation.benchmarks.instance.CarpInstance.CarpEdge;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a CARP instance in the {@code .dat} format that {@link CarpReader} reads (that of the gdb and val files). */
public final class CarpWriter {

    private CarpWriter() {}

    public static void write(CarpInstance instance, String comment, Path file) throws IOException {
        Files.writeString(file, format(instance, comment), StandardCharsets.ISO_8859_1);
    }

    public static String format(CarpInstance instance, String comment) {
        if (comment.contains("\n")) {
            throw new IllegalArgumentException(
                    "The comment of instance (%s) must be one line.".formatted(instance.name()));
        }
        StringBuilder text = new StringBuilder();
        text.append(" NOMBRE : ").append(instance.name()).append('\n');
        text.append(" COMENTARIO : ").append(comment).append('\n');
        text.append(" VERTICES : ").append(instance.vertices()).append('\n');
        text.append(" ARISTAS_REQ : ").append(instance.requiredEdges().size()).append('\n');
        text.append(" ARISTAS_NOREQ : ").append(instance.otherEdges().size()).append('\n');
        text.append(" VEHICULOS : ").append(instance.vehicles()).append('\n');
        text.append(" CAPACIDAD : ").append(instance.capacity()).append('\n');
        text.append(" TIPO_COSTES_ARISTAS : EXPLICITOS\n");
        text.append(" COSTE_TOTAL_REQ : ")
                .append(instance.requiredServiceCost())
                .append('\n');
        text.append(" LISTA_ARISTAS_REQ :\n");
        for (CarpEdge edge : instance.requiredEdges()) {
            text.append(
                    " (%d, %d) coste %d demanda %d\n".formatted(edge.from(), edge.to(), edge.cost(), edge.demand()));
        }
        if (!instance.otherEdges().isEmpty()) {
            text.append(" LISTA_ARISTAS_NOREQ :\n");
            for (CarpEdge edge : instance.otherEdges()) {
                text.append(" (%d, %d) coste %d\n".formatted(edge.from(), edge.to(), edge.cost()));
            }
        }
        text.append(" DEPOSITO : ").append(instance.depot()).append('\n');
        return text.toString();
    }
}
