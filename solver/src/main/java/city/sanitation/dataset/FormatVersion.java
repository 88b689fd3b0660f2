package city.sanitation.dataset;

import com.fasterxml.jackson.databind.JsonNode;

/** The first thing checked: a file of another format version is not read any further. */
final class FormatVersion {

    static final String POINTER = "/formatVersion";

    private FormatVersion() {}

    static boolean isSupported(JsonNode root, ProblemCollector problems) {
        JsonNode version = root.path("formatVersion");
        if (version.isMissingNode() || version.isNull()) {
            problems.add(
                    POINTER,
                    "The required field (formatVersion) is missing.\nMaybe add \"formatVersion\": \""
                            + SanitationDataset.CURRENT_FORMAT_VERSION + "\" at the top level.");
            return false;
        }
        if (!version.isTextual() || !version.textValue().equals(SanitationDataset.CURRENT_FORMAT_VERSION)) {
            problems.add(
                    POINTER,
                    "The format version (" + (version.isTextual() ? version.textValue() : version.toString())
                            + ") is not supported; this reader reads version "
                            + SanitationDataset.CURRENT_FORMAT_VERSION + ".");
            return false;
        }
        return true;
    }
}
