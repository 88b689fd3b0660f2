package city.sanitation.app.planning;

import city.sanitation.app.district.DatasetDocuments;
import city.sanitation.app.district.DistrictRepository;
import city.sanitation.dataset.DatasetReader;
import city.sanitation.dataset.InvalidDatasetException;
import city.sanitation.dataset.LoadedDataset;
import city.sanitation.dataset.SetAsideItem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Reads the data a day is planned on tolerantly: stored data that passed older checks, or whose street network has
 * changed, may hold a few items that cannot be planned any more, and those are set aside with their reasons rather
 * than stopping every later plan of the district. Only problems of the district's core data fail, and they name the
 * district and day rather than a temporary file.
 */
@Component
class DayDataReader {

    private final DatasetDocuments documents;
    private final DistrictRepository districts;

    DayDataReader(DatasetDocuments documents, DistrictRepository districts) {
        this.documents = documents;
        this.districts = districts;
    }

    /**
     * A stored version of the district's data: the checked one as usual, or when it no longer passes every check,
     * what can be planned of it. Its blind spots are left out of the set-aside items, as a day plans the ledger's.
     */
    LoadedDataset version(long datasetVersionId, String name) {
        try {
            return documents.version(datasetVersionId, districts);
        } catch (InvalidDatasetException e) {
            LoadedDataset loaded = read(districts.document(datasetVersionId), name);
            return withSetAside(
                    loaded,
                    loaded.setAside().stream()
                            .filter(item -> !item.kind().equals("blindSpot"))
                            .toList());
        }
    }

    /** The day's data; throws {@link InvalidDatasetException} naming only problems of the core data. */
    LoadedDataset read(String document, String name) {
        try {
            Path file = Files.createTempFile("day-", ".json");
            try {
                Files.writeString(file, document, StandardCharsets.UTF_8);
                return new DatasetReader().readTolerant(file, name);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The data of " + name + " could not be prepared for reading.", e);
        }
    }

    /** The day's data with the items set aside from the stored version too, which the day's data no longer holds. */
    static LoadedDataset withSetAsideFrom(LoadedDataset version, LoadedDataset day) {
        if (version.setAside().isEmpty()) {
            return day;
        }
        List<SetAsideItem> all = new ArrayList<>(version.setAside());
        all.addAll(day.setAside());
        return withSetAside(day, all);
    }

    private static LoadedDataset withSetAside(LoadedDataset loaded, List<SetAsideItem> setAside) {
        return new LoadedDataset(loaded.dataset(), loaded.placements(), setAside);
    }
}
