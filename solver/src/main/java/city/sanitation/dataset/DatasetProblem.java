package city.sanitation.dataset;

/**
 * One thing wrong with a dataset file.
 *
 * @param file the file as it was given to the reader
 * @param path JSON Pointer (RFC 6901) of the offending value, e.g. {@code /features/12/properties/volumeM3}; empty
 *     for the whole document
 * @param reason what is wrong, possibly followed by a "Maybe ..." hint on the next line
 */
public record DatasetProblem(String file, String path, String reason) {

    /** The problem as one entry of a list: the path, then the reason with its continuation lines indented. */
    public String describe() {
        String where = path.isEmpty() ? "(document)" : path;
        return where + ": " + reason.replace("\n", "\n    ");
    }
}
