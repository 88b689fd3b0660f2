package city.sanitation.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;

/** Folders found by walking up from the working directory: the shared OSM extracts and the repository's datasets. */
public final class SharedFolders {

    private SharedFolders() {}

    public static Path osmExtract(String fileName) {
        return find(Path.of("shared", "osm", fileName));
    }

    /** A file of the repository, by its path from the repository's root. */
    public static Path repositoryFile(String path) {
        return find(Path.of(path));
    }

    public static Path committedDataset(String fileName) {
        return find(Path.of("datasets", fileName));
    }

    private static Path find(Path relative) {
        Path start = Path.of("").toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(relative);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("The file (" + relative + ") is in no folder above (" + start
                + ").\nMaybe the shared folder is not laid out beside the repository checkout.");
    }
}
