package city.sanitation.planning.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import city.sanitation.dataset.DatasetReader;
import city.sanitation.dataset.DatasetWriter;
import city.sanitation.dataset.InvalidDatasetException;
import city.sanitation.planning.score.SanitationConstraintProvider;
import city.sanitation.testsupport.RepositoryFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A dataset can weigh the plan rules its own way; the level of each rule stays what the rule is. */
class ConstraintWeightsTest {

    @TempDir
    Path folder;

    private Path smallWith(String weights) throws Exception {
        String text = Files.readString(RepositoryFiles.committedDataset("small.json"));
        Path file = folder.resolve("weighted.json");
        Files.writeString(file, text.replaceFirst("\"fleet\"", "\"constraintWeights\": " + weights + ", \"fleet\""));
        return file;
    }

    @Test
    void aMultiplierScalesTheRulesDefaultWeightOnItsOwnLevel() throws Exception {
        var loaded = new DatasetReader().read(smallWith("{\"Overtime\": 3, \"Work inside allowed windows\": 2}"));

        var weights = new ProblemBuilder().build(loaded).plan().getConstraintWeightOverrides();

        assertThat(weights.getConstraintWeight(SanitationConstraintProvider.OVERTIME))
                .isEqualTo(HardMediumSoftLongScore.ofSoft(3));
        assertThat(weights.getConstraintWeight(SanitationConstraintProvider.ALLOWED_WINDOW))
                .isEqualTo(HardMediumSoftLongScore.ofHard(2));
        assertThat(weights.getConstraintWeight(SanitationConstraintProvider.UNASSIGNED))
                .isNull();
    }

    @Test
    void weightsSurviveAWriteAndRead() throws Exception {
        var dataset = new DatasetReader().readDataset(smallWith("{\"Overtime\": 0}"));
        Path copy = folder.resolve("copy.json");

        new DatasetWriter().write(dataset, copy);

        assertThat(new DatasetReader().readDataset(copy).constraintWeights()).containsEntry("Overtime", 0);
    }

    @Test
    void aNegativeWeightIsRejectedWithItsPath() throws Exception {
        Path file = smallWith("{\"Overtime\": -1}");

        assertThatThrownBy(() -> new DatasetReader().read(file))
                .isInstanceOf(InvalidDatasetException.class)
                .hasMessageContaining("/constraintWeights/Overtime");
    }

    @Test
    void anUnknownRuleIsNamedWithTheRulesThatExist() throws Exception {
        var loaded = new DatasetReader().read(smallWith("{\"Overtme\": 2}"));

        assertThatThrownBy(() -> new ProblemBuilder().build(loaded))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("(Overtme) names no plan rule")
                .hasMessageContaining(SanitationConstraintProvider.OVERTIME);
    }
}
