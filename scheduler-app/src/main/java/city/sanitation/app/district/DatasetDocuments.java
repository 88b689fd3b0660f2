package city.sanitation.app.district;

import city.sanitation.app.infra.BoundedCache;
import city.sanitation.dataset.DatasetReader;
import city.sanitation.dataset.DatasetWriter;
import city.sanitation.dataset.LoadedDataset;
import city.sanitation.dataset.SanitationDataset;
import org.springframework.stereotype.Component;

/**
 * Turns stored dataset documents into checked datasets and back. The dataset reader validates completely (schema,
 * references, time windows, snapping), so every document that reaches the database has passed it.
 */
@Component
public class DatasetDocuments {

    private static final int CACHED_VERSIONS = 8;

    private final DatasetWriter writer = new DatasetWriter();
    private final BoundedCache<Long, LoadedDataset> cache = new BoundedCache<>(CACHED_VERSIONS);
    /**
     * Reads and checks a document from its text; throws {@link city.sanitation.dataset.InvalidDatasetException}
     * listing all, naming the document {@code name}.
     */
    public LoadedDataset read(String document, String name) {
        return new DatasetReader().read(document, name);
    }

    public String write(SanitationDataset dataset) {
        return writer.writeToString(dataset);
    }

    public LoadedDataset version(long versionId, DistrictRepository districts) {
        return cache.get(versionId, id -> read(districts.document(id), "dataset version " + id));
    }
}
