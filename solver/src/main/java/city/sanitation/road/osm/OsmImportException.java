package city.sanitation.road.osm;

/** An OpenStreetMap file that cannot be turned into a street graph; the message names the file and the reason. */
public final class OsmImportException extends RuntimeException {

    public OsmImportException(String message) {
        super(message);
    }

    public OsmImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
