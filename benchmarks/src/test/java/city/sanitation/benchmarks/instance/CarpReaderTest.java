package city.sanitation.benchmarks.instance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import city.sanitation.benchmarks.instance.CarpInstance.CarpEdge;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CarpReaderTest {

    static Path tinyFile() throws Exception {
        return Path.of(CarpReaderTest.class.getResource("/instances/tiny4.dat").toURI());
    }

    @Test
    void readsHeaderRequiredAndOtherEdges() throws Exception {
        CarpInstance instance = CarpReader.read(tinyFile());

        assertThat(instance.name()).isEqualTo("tiny4");
        assertThat(instance.vertices()).isEqualTo(4);
        assertThat(instance.capacity()).isEqualTo(5);
        assertThat(instance.vehicles()).isEqualTo(2);
        assertThat(instance.depot()).isEqualTo(1);
        assertThat(instance.requiredEdges())
                .containsExactly(new CarpEdge(1, 2, 2, 3), new CarpEdge(2, 3, 3, 2), new CarpEdge(3, 4, 4, 4));
        assertThat(instance.otherEdges()).containsExactly(new CarpEdge(1, 4, 1, 0));
        assertThat(instance.requiredServiceCost()).isEqualTo(9);
    }

    @Test
    void serviceCostComesFromTheEdgesNotFromTheHeader() throws Exception {
        String text = Files.readString(tinyFile()).replace("COSTE_TOTAL_REQ : 9", "COSTE_TOTAL_REQ : 15");

        assertThat(CarpReader.parse(text).requiredServiceCost()).isEqualTo(9);
    }

    @Test
    void rejectsAnEdgeToAnUnknownVertex() throws Exception {
        String text = Files.readString(tinyFile()).replace("( 3, 4)", "( 3, 7)");

        assertThatThrownBy(() -> CarpReader.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("names a vertex outside 1..4");
    }
}
