package city.sanitation.benchmarks.instance;

import static org.assertj.core.api.Assertions.assertThat;

import city.sanitation.benchmarks.run.RepositoryRoot;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CarpLowerBoundTest {

    @Test
    void theHungarianMethodFindsTheCheapestAssignment() {
        long[][] cost = {{4, 1, 3}, {2, 0, 5}, {3, 2, 2}};

        assertThat(CarpLowerBound.hungarian(cost)).isEqualTo(5);
    }

    @Test
    void theBoundIsTheServiceCostWhenEveryVertexHasEvenDegree() {
        // A triangle of required edges: one closed walk serves it without deadheading.
        CarpInstance triangle = CarpReader.parse(String.join(
                "\n",
                "NOMBRE : triangle",
                "VERTICES : 3",
                "CAPACIDAD : 10",
                "LISTA_ARISTAS_REQ :",
                "(1, 2) coste 2 demanda 1",
                "(2, 3) coste 3 demanda 1",
                "(3, 1) coste 4 demanda 1",
                "DEPOSITO : 1"));

        assertThat(CarpLowerBound.of(triangle)).isEqualTo(9);
    }

    @Test
    void whenTheTankForcesATripPerEdgeTheTripBoundIsTheirRoundTrips() {
        // Two edges at the end of a 10-long street, a tank each: two round trips of 10 + 1 + 11.
        CarpInstance far = CarpReader.parse(String.join(
                "\n",
                "NOMBRE : far",
                "VERTICES : 4",
                "CAPACIDAD : 5",
                "LISTA_ARISTAS_REQ :",
                "(2, 3) coste 1 demanda 5",
                "(2, 4) coste 1 demanda 5",
                "LISTA_ARISTAS_NOREQ :",
                "(1, 2) coste 10",
                "DEPOSITO : 1"));

        assertThat(CarpLowerBound.of(far)).isEqualTo(44);
    }

    @Test
    void theBoundAddsDeadheadingBetweenOddVerticesAndStaysBelowTheProvenOptima() throws Exception {
        // tiny4: a path 1-2-3-4 of required edges, odd at 1 and 4, which the other edge (1, 4) of cost 1 joins.
        CarpInstance tiny = CarpReader.read(CarpReaderTest.tinyFile());
        assertThat(CarpLowerBound.oddVertexAssignment(tiny, CarpLowerBound.shortestPaths(tiny)))
                .isEqualTo(2);
        // Its tank needs two trips; (2, 3) and (3, 4) each cost 10 there and back, and cannot share one.
        assertThat(CarpLowerBound.of(tiny)).isEqualTo(20);

        Path data = RepositoryRoot.find(Path.of("")).orElseThrow().resolve("benchmarks/data/carp");
        BestKnown optima = BestKnown.read(data.resolve("bks.csv"), "bks", null);
        for (String name : List.of("gdb/gdb1", "gdb/gdb8", "val/val1A", "val/val10B")) {
            CarpInstance instance = CarpReader.read(data.resolve(name + ".dat"));
            double optimum = optima.of(instance.name()).orElseThrow().cost();
            assertThat((double) CarpLowerBound.of(instance))
                    .as(instance.name())
                    .isGreaterThanOrEqualTo(instance.requiredServiceCost())
                    .isLessThanOrEqualTo(optimum);
        }
    }
}
