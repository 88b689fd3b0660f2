package city.sanitation.road.osm;

import com.graphhopper.reader.ReaderElement;
import com.graphhopper.reader.osm.OSMInputFile;
import com.graphhopper.reader.osm.SkipOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.xml.stream.XMLStreamException;

/**
 * Streams the elements of an OpenStreetMap file through GraphHopper's reader, which recognises OSM XML, gzipped OSM
 * XML and PBF by their first bytes, and turns its failures into an {@link OsmImportException} that names the file.
 */
final class OsmFileReader {

    static final SkipOptions WAYS_ONLY = new SkipOptions(true, false, true);
    static final SkipOptions NODES_ONLY = new SkipOptions(false, true, true);

    private OsmFileReader() {}

    static void requireReadableFile(Path file) {
        if (!Files.exists(file)) {
            throw new OsmImportException("The OSM file (" + file + ") does not exist."
                    + "\nMaybe the path is relative to another working directory than ("
                    + Path.of("").toAbsolutePath() + ").");
        }
        if (Files.isDirectory(file)) {
            throw new OsmImportException("The OSM file (" + file + ") is a directory."
                    + "\nMaybe name one of the .osm, .osm.gz or .osm.pbf files inside it.");
        }
        if (!Files.isReadable(file)) {
            throw new OsmImportException("The OSM file (" + file + ") cannot be read."
                    + "\nMaybe its permissions do not let this user read it.");
        }
    }

    /**
     * Hands every element of the file to {@code consumer}, in file order. The skip options only spare work: the XML
     * parser still delivers every element, so the consumer must check the element type.
     */
    static void forEach(Path file, SkipOptions skip, Consumer<ReaderElement> consumer) {
        OSMInputFile input = open(file, skip);
        boolean completed = false;
        try {
            ReaderElement element;
            while ((element = next(input, file)) != null) {
                consumer.accept(element);
            }
            completed = true;
        } finally {
            close(input, file, completed);
        }
    }

    private static OSMInputFile open(Path file, SkipOptions skip) {
        OSMInputFile input;
        try {
            input = new OSMInputFile(file.toFile()).setWorkerThreads(1).setSkipOptions(skip);
        } catch (IOException | RuntimeException e) {
            throw notOsm(file, e);
        }
        try {
            return input.open();
        } catch (XMLStreamException | RuntimeException e) {
            close(input, file, false);
            throw notOsm(file, e);
        }
    }

    private static ReaderElement next(OSMInputFile input, Path file) {
        try {
            return input.getNext();
        } catch (XMLStreamException | RuntimeException e) {
            throw notOsm(file, e);
        }
    }

    /** A PBF file that breaks off is only reported here, when the reader's background thread is joined. */
    private static void close(OSMInputFile input, Path file, boolean reportFailure) {
        try {
            input.close();
        } catch (IOException | RuntimeException e) {
            if (reportFailure) {
                throw notOsm(file, e);
            }
        }
    }

    private static OsmImportException notOsm(Path file, Exception cause) {
        return new OsmImportException(
                "The file (" + file + ") is not a readable OpenStreetMap file: " + describe(cause) + "."
                        + "\nMaybe it is truncated or in another format; the importer reads OSM XML (.osm),"
                        + " gzipped OSM XML (.osm.gz) and PBF (.osm.pbf).",
                cause);
    }

    /** The first line of each distinct message down the cause chain, since GraphHopper wraps the telling one. */
    private static String describe(Throwable failure) {
        List<String> reasons = new ArrayList<>();
        for (Throwable t = failure; t != null && reasons.size() < 4; t = t.getCause()) {
            String message = t.getMessage() == null
                    ? t.getClass().getSimpleName()
                    : t.getMessage().lines().findFirst().orElse("").strip().replaceAll("\\.+$", "");
            if (!message.isEmpty() && reasons.stream().noneMatch(known -> known.contains(message))) {
                reasons.add(message);
            }
        }
        return String.join(": ", reasons);
    }
}
