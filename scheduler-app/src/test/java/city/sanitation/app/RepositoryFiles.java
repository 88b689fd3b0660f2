package city.sanitation.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Files committed in the repository (OSM extracts). Tests run in the module's folder, so the root is found by walking
 * up from the working directory, but never past it: a test must not depend on anything beside the checkout.
 */
final class RepositoryFiles {

    private RepositoryFiles() {}

    /** An OpenStreetMap extract of {@code datasets/osm}. */
    static Path osmExtract(String fileName) {
        Path root = root();
        Path file = root.resolve("datasets").resolve("osm").resolve(fileName);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("The OSM extract (datasets/osm/" + fileName + ") is not in the repository ("
                    + root + ").\nMaybe it was moved or not committed.");
        }
        return file;
    }

    /** The nearest folder, from the working directory up, that holds the multi-module pom.xml or .git. */
    private static Path root() {
        Path start = Path.of("").toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(".git")) || listsModules(dir.resolve("pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("No folder from (" + start
                + ") up holds the repository's root (a pom.xml with <module> entries, or .git).\n"
                + "Maybe the tests run outside the checkout.");
    }

    private static boolean listsModules(Path pom) {
        if (!Files.isRegularFile(pom)) {
            return false;
        }
        try {
            return Files.readString(pom).contains("<module>");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read (" + pom + ").", e);
        }
    }
}
