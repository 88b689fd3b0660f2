package city.sanitation.benchmarks.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmarks find their data in the checkout they run in, and never beside it. */
class RepositoryRootTest {

    @TempDir
    Path outside;

    private Path repository;
    private Path module;

    @BeforeEach
    void checkoutWithAModule() throws IOException {
        repository = Files.createDirectories(outside.resolve("repository"));
        Files.writeString(repository.resolve("pom.xml"), "<project><modules><module>benchmarks</module></modules>");
        module = Files.createDirectories(repository.resolve("benchmarks"));
        Files.writeString(module.resolve("pom.xml"), "<project><artifactId>benchmarks</artifactId></project>");
    }

    @Test
    void theRootIsTheFolderWhosePomListsTheModules() {
        assertThat(RepositoryRoot.find(module)).contains(repository);
        assertThat(RepositoryRoot.find(repository)).contains(repository);
    }

    @Test
    void aGitFolderMarksTheRootToo() throws IOException {
        Files.delete(repository.resolve("pom.xml"));
        Files.createDirectory(repository.resolve(".git"));

        assertThat(RepositoryRoot.find(module)).contains(repository);
    }

    @Test
    void theDataFolderIsFoundFromTheModuleFolder() throws IOException {
        Path data = Files.createDirectories(repository.resolve("benchmarks").resolve("data"));

        assertThat(Suite.findDataRoot(module)).isEqualTo(data);
    }

    @Test
    void dataBesideTheCheckoutIsNotUsed() throws IOException {
        Files.createDirectories(outside.resolve("benchmarks").resolve("data"));

        assertThatIllegalStateException()
                .isThrownBy(() -> Suite.findDataRoot(module))
                .withMessageContaining("The repository (" + repository + ") has no benchmarks/data folder.")
                .withMessageContaining("Maybe pass --data");
    }

    @Test
    void districtFoldersAreTheRepositorysDatasets() throws IOException {
        Path datasets = Files.createDirectories(repository.resolve("datasets"));
        Files.writeString(datasets.resolve("small.json"), "{}");
        Path osm = Files.createDirectories(datasets.resolve("osm"));
        Files.writeString(osm.resolve("SOURCES.md"), "# extracts");

        assertThat(DistrictInstances.findDatasets(module)).isEqualTo(datasets);
        assertThat(DistrictInstances.findOsm(module)).isEqualTo(osm);
    }
}
