package city.sanitation.dataset;

import city.sanitation.dataset.json.DatasetJson;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a {@link SanitationDataset} as a dataset file (format 1.0, see {@code datasets/FORMAT.md}); a file name
 * ending in {@code .gz} is gzip-compressed. Output is stable: members in a fixed order, features grouped by kind in
 * the dataset's own order, coordinates rounded to 7 decimals. Every feature takes a few lines, so that diffs of
 * datasets stay readable.
 */
public final class DatasetWriter {

    /** Deeper than this, JSON stays on one line: one line per feature member, per vehicle, per requirement. */
    private static final int MAX_INDENTED_DEPTH = 3;

    private final ObjectWriter writer = JsonMapper.builder()
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .build()
            .writer(prettyPrinter());

    public void write(SanitationDataset dataset, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream out = open(file)) {
            write(dataset, out);
        }
    }

    /** Writes uncompressed JSON to {@code out}, leaving it open. */
    public void write(SanitationDataset dataset, OutputStream out) throws IOException {
        writer.writeValue(out, DatasetJson.write(dataset));
        out.write('\n');
    }

    public String writeToString(SanitationDataset dataset) {
        try {
            return writer.writeValueAsString(DatasetJson.write(dataset)) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException("Writing JSON to memory cannot fail.", e);
        }
    }

    private static OutputStream open(Path file) throws IOException {
        OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        if (file.getFileName().toString().endsWith(".gz")) {
            return new GZIPOutputStream(out, 1 << 16);
        }
        return out;
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        return new ShallowPrettyPrinter();
    }

    /** Breaks lines only down to {@link #MAX_INDENTED_DEPTH}; deeper values are separated by a single space. */
    private static final class ShallowPrettyPrinter extends DefaultPrettyPrinter {

        ShallowPrettyPrinter() {
            super(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
            Indenter indenter = new Indenter() {
                @Override
                public void writeIndentation(JsonGenerator generator, int level) throws IOException {
                    if (level > MAX_INDENTED_DEPTH) {
                        generator.writeRaw(' ');
                        return;
                    }
                    generator.writeRaw('\n');
                    for (int i = 0; i < level; i++) {
                        generator.writeRaw("  ");
                    }
                }

                @Override
                public boolean isInline() {
                    return false;
                }
            };
            indentObjectsWith(indenter);
            indentArraysWith(indenter);
        }

        @Override
        public DefaultPrettyPrinter createInstance() {
            return new ShallowPrettyPrinter();
        }

        @Override
        public void writeEndObject(JsonGenerator generator, int entryCount) throws IOException {
            if (_nesting > MAX_INDENTED_DEPTH) {
                _nesting--;
                generator.writeRaw(" }");
            } else {
                super.writeEndObject(generator, entryCount);
            }
        }

        @Override
        public void writeEndArray(JsonGenerator generator, int valueCount) throws IOException {
            if (_nesting > MAX_INDENTED_DEPTH) {
                _nesting--;
                generator.writeRaw(" ]");
            } else {
                super.writeEndArray(generator, valueCount);
            }
        }
    }
}
