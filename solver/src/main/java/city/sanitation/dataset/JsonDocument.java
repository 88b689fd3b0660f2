package city.sanitation.dataset;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/** The text of a dataset file (gunzipped when it is gzip, whatever its name) and its JSON tree. */
record JsonDocument(String text, JsonNode tree) {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** The parsed document, or empty after reporting why the file is not a JSON object. */
    static Optional<JsonDocument> parse(Path file, ProblemCollector problems) {
        String text;
        try {
            text = new String(readBytes(file), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            problems.add("", "The file does not exist.");
            return Optional.empty();
        } catch (ZipException e) {
            problems.add("", "The file starts like gzip but is not valid gzip: " + e.getMessage() + ".");
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("The dataset (" + file + ") could not be read.", e);
        }
        return parse(text, problems);
    }

    /** The parsed document of a text held in memory, or empty after reporting why it is not a JSON object. */
    static Optional<JsonDocument> parse(String text, ProblemCollector problems) {
        JsonNode tree;
        try {
            tree = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation location = e.getLocation();
            String where =
                    location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
            problems.add("", "The file is not valid JSON" + where + ": " + e.getOriginalMessage());
            return Optional.empty();
        }
        if (tree == null || tree.isMissingNode()) {
            problems.add("", "The file is empty.");
            return Optional.empty();
        }
        if (!tree.isObject()) {
            problems.add(
                    "",
                    "The file must hold a JSON object (a GeoJSON FeatureCollection), not a "
                            + tree.getNodeType().name().toLowerCase(Locale.ROOT) + ".");
            return Optional.empty();
        }
        return Optional.of(new JsonDocument(text, tree));
    }

    /** This document without the array elements at {@code elementPointers}, e.g. {@code /features/12}. */
    JsonDocument without(Collection<String> elementPointers) {
        JsonNode copy = tree.deepCopy();
        // From the highest index down, so that removing one element does not move the others still to remove.
        elementPointers.stream()
                .distinct()
                .sorted(Comparator.comparingInt(JsonDocument::index).reversed())
                .forEach(pointer ->
                        ((ArrayNode) copy.at(pointer.substring(0, pointer.lastIndexOf('/')))).remove(index(pointer)));
        try {
            return new JsonDocument(MAPPER.writeValueAsString(copy), copy);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int index(String elementPointer) {
        return Integer.parseInt(elementPointer.substring(elementPointer.lastIndexOf('/') + 1));
    }

    private static byte[] readBytes(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        boolean gzip = bytes.length >= 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b;
        if (!gzip) {
            return bytes;
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes), 1 << 16)) {
            return in.readAllBytes();
        }
    }
}
