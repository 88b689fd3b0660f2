package city.sanitation.app.district;

import city.sanitation.dataset.DatasetReader;
import city.sanitation.dataset.DatasetWriter;
import city.sanitation.dataset.LoadedDataset;
import city.sanitation.dataset.SanitationDataset;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Turns stored dataset documents into checked datasets and back. The dataset reader validates completely (schema,
 * references, time windows, snapping), so every document that reaches the database has passed it.
 */
@Component
public class DatasetDocuments {

    private static final int CACHED_VERSIONS = 8;

    private final DatasetWriter writer = new DatasetWriter();
    private final Map<Long, LoadedDataset> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, LoadedDataset> eldest) {
            return size() > CACHED_VERSIONS;
        }
    };

    /** Reads and checks a document; throws {@link city.sanitation.dataset.InvalidDatasetException} listing all. */
    public LoadedDataset read(String document, String name) {
        try {
            Path file = Files.createTempFile("dataset-", ".json");
            try {
                Files.writeString(file, document, StandardCharsets.UTF_8);
                return new DatasetReader().read(file);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot check the dataset (" + name + ").", e);
        }
    }

    public String write(SanitationDataset dataset) {
        return writer.writeToString(dataset);
    }

    public synchronized LoadedDataset version(long versionId, DistrictRepository districts) {
        LoadedDataset cached = cache.get(versionId);
        if (cached == null) {
            cached = read(districts.document(versionId), "dataset version " + versionId);
            cache.put(versionId, cached);
        }
        return cached;
    }
}
