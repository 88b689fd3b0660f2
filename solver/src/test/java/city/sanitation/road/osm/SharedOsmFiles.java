package city.sanitation.road.osm;

import java.nio.file.Files;
import java.nio.file.Path;

/** The real OpenStreetMap extracts in the {@code shared/osm} folder beside the repository, which git does not hold. */
final class SharedOsmFiles {

    private SharedOsmFiles() {}

    static Path resolve(String fileName) {
        Path start = Path.of("").toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("osm").resolve(fileName);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("The OSM extract (" + fileName + ") is in no shared/osm folder above (" + start
                + ").\nMaybe the shared folder is not laid out beside the repository checkout.");
    }
}
