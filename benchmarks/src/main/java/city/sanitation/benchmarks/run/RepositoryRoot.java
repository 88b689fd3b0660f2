package city.sanitation.benchmarks.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The root folder of the repository's checkout, where the benchmarks find their committed data. Maven runs them in
 * the root (exec:java) or in the module's folder (tests), so the root is looked for from there up, but never past
 * it: the benchmarks must not depend on anything beside the checkout.
 */
public final class RepositoryRoot {

    private RepositoryRoot() {}

    /** The nearest folder, from {@code start} up, that holds the multi-module pom.xml or .git. */
    public static Optional<Path> find(Path start) {
        for (Path dir = start.toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(".git")) || listsModules(dir.resolve("pom.xml"))) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
    }

    private static boolean listsModules(Path pom) {
        if (!Files.isRegularFile(pom)) {
            return false;
        }
        try {
            return Files.readString(pom).contains("<module>");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read (%s).".formatted(pom), e);
        }
    }
}
