package city.sanitation.district;

import static org.assertj.core.api.Assertions.assertThat;

import city.sanitation.dataset.DatasetReader;
import city.sanitation.dataset.DatasetWriter;
import city.sanitation.dataset.SanitationDataset;
import city.sanitation.testsupport.RepositoryFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The datasets in the repository's {@code datasets} folder are what {@code generate --size ... --seed 42} writes
 * today, and they load without problems. When the generator changes on purpose, write them again.
 */
class CommittedDatasetsTest {

    @Test
    void smallIsUpToDateAndLoads() throws IOException {
        assertUpToDateAndLoads(DistrictSize.SMALL, "small.json");
    }

    @Test
    void mediumIsUpToDateAndLoads() throws IOException {
        assertUpToDateAndLoads(DistrictSize.MEDIUM, "medium.json");
    }

    @Test
    @Tag("slow")
    void largeIsUpToDateAndLoads() throws IOException {
        assertUpToDateAndLoads(DistrictSize.LARGE, "large.json.gz");
    }

    private static void assertUpToDateAndLoads(DistrictSize size, String fileName) throws IOException {
        Path file = RepositoryFiles.committedDataset(fileName);
        SanitationDataset generated = GeneratedDistricts.of(size);

        List<String> committed = text(file).lines().toList();
        List<String> now = new DatasetWriter().writeToString(generated).lines().toList();
        int firstDifference = 0;
        while (firstDifference < Math.min(committed.size(), now.size())
                && committed.get(firstDifference).equals(now.get(firstDifference))) {
            firstDifference++;
        }
        String hint = "%s line %d as generated now; maybe write it again with: generate --size %s --seed 42 --out %s"
                .formatted(fileName, firstDifference + 1, size.lowerCaseName(), "datasets/" + fileName);
        assertThat(lineOrEnd(committed, firstDifference)).as(hint).isEqualTo(lineOrEnd(now, firstDifference));
        SanitationDataset loaded = new DatasetReader().readDataset(file);
        assertThat(DatasetFigures.of(loaded)).isEqualTo(DatasetFigures.of(generated));
    }

    private static String lineOrEnd(List<String> lines, int index) {
        return index < lines.size() ? lines.get(index) : "(end of file)";
    }

    private static String text(Path file) throws IOException {
        try (InputStream in = file.getFileName().toString().endsWith(".gz")
                ? new GZIPInputStream(Files.newInputStream(file))
                : Files.newInputStream(file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
