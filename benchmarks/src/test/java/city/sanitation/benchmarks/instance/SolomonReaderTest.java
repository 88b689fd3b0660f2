package city.sanitation.benchmarks.instance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SolomonReaderTest {

    static NodeInstance tiny() throws Exception {
        return SolomonReader.read(
                Path.of(SolomonReaderTest.class
                        .getResource("/instances/tiny3.txt")
                        .toURI()),
                DistanceRule.TRUNCATED_ONE_DECIMAL);
    }

    @Test
    void readsFleetAndCustomerRowsWhateverTheSpacingAndLineEnds() throws Exception {
        NodeInstance instance = tiny();

        assertThat(instance.name()).isEqualTo("TINY3");
        assertThat(instance.maxVehicles()).isEqualTo(2);
        assertThat(instance.capacity()).isEqualTo(20);
        assertThat(instance.customerCount()).isEqualTo(3);
        assertThat(instance.demand()).containsExactly(0, 10, 5, 15);
        assertThat(instance.ready()).containsExactly(0, 0, 20, 0);
        assertThat(instance.due()).containsExactly(100, 50, 60, 30);
        assertThat(instance.service()).containsExactly(0, 5, 5, 5);
        assertThat(instance.timeWindows()).isTrue();
    }

    @Test
    void truncatesArcsToOneDecimalInTenthUnits() throws Exception {
        NodeInstance instance = tiny();

        assertThat(instance.arcUnits(0, 1)).isEqualTo(50); // exactly 5
        assertThat(instance.arcUnits(2, 3)).isEqualTo(63); // sqrt(40) = 6.32...
        assertThat(instance.arcUnits(1, 3)).isEqualTo(67); // sqrt(45) = 6.70...
        assertThat(instance.timeUnits(60)).isEqualTo(600);
    }

    @Test
    void rejectsARowWithAMissingColumn() {
        String text = "BAD\nVEHICLE\nNUMBER CAPACITY\n1 10\nCUSTOMER\nheader\n0 0 0 0 0 100\n";

        assertThatThrownBy(() -> SolomonReader.parse(text, DistanceRule.TRUNCATED_ONE_DECIMAL))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has 6 numbers instead of 7");
    }

    @Test
    void cvrpReaderPutsTheDepotFirstAndRoundsArcs() {
        String text = """
                NAME : tiny-x
                TYPE : CVRP
                DIMENSION : 3
                EDGE_WEIGHT_TYPE : EUC_2D
                CAPACITY : 10
                NODE_COORD_SECTION
                1 0 0
                2 3 4
                3 1 1
                DEMAND_SECTION
                1 4
                2 6
                3 0
                DEPOT_SECTION
                3
                -1
                EOF
                """;

        NodeInstance instance = CvrpReader.parse(text, 2);

        assertThat(instance.demand()).containsExactly(0, 4, 6);
        assertThat(instance.x()).containsExactly(1, 0, 3);
        assertThat(instance.arcUnits(1, 2)).isEqualTo(5);
        assertThat(instance.arcUnits(0, 2)).isEqualTo(4); // sqrt(13) = 3.6 rounds up
        assertThat(instance.timeWindows()).isFalse();
    }
}
