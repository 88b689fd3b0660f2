package city.sanitation.app;

import java.nio.file.Files;
import java.nio.file.Path;

/** Files of the shared folder beside the checkout (OSM extracts), found by walking up; read there, never copied. */
final class SharedFiles {

    private SharedFiles() {}

    static Path osmExtract(String fileName) {
        Path relative = Path.of("shared", "osm", fileName);
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(relative))) {
                return dir.resolve(relative);
            }
        }
        throw new IllegalStateException("The OSM extract (" + relative + ") is in no folder above the working"
                + " directory.\nMaybe the shared folder is not laid out beside the repository checkout.");
    }
}
