package city.sanitation.dataset;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One thing wrong with a dataset file.
 *
 * @param file the file as it was given to the reader
 * @param path JSON Pointer (RFC 6901) of the offending value, e.g. {@code /features/12/properties/volumeM3}; empty
 *     for the whole document
 * @param reason what is wrong, possibly followed by a "Maybe ..." hint on the next line
 * @param code for the problems an item can be set aside for, what is wrong as a code (FAR_FROM_STREETS, ...) for the
 *     pages to word with {@code params}; null for the others
 */
public record DatasetProblem(String file, String path, String reason, String code, Map<String, String> params) {

    public DatasetProblem {
        params = params == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    public DatasetProblem(String file, String path, String reason) {
        this(file, path, reason, null, null);
    }

    /** The problem as one entry of a list: the path, then the reason with its continuation lines indented. */
    public String describe() {
        String where = path.isEmpty() ? "(document)" : path;
        return where + ": " + reason.replace("\n", "\n    ");
    }
}
