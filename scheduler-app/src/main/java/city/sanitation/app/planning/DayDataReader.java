package city.sanitation.app.planning;

import city.sanitation.app.district.DatasetDocuments;
import city.sanitation.app.district.DistrictRepository;
import city.sanitation.app.infra.BoundedCache;
import city.sanitation.dataset.DatasetReader;
import city.sanitation.dataset.DayDataChecks;
import city.sanitation.dataset.InvalidDatasetException;
import city.sanitation.dataset.LoadedDataset;
import city.sanitation.dataset.SanitationDataset;
import city.sanitation.dataset.SetAsideItem;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Reads the data a day is planned on tolerantly: stored data that passed older checks, or whose street network has
 * changed, may hold a few items that cannot be planned any more, and those are set aside with their reasons rather
 * than stopping every later plan of the district. Only problems of the district's core data fail, and they name the
 * district and day rather than a file.
 *
 * <p>A stored version is read once and kept with the checks of its street network, so that a day built on it as
 * objects is checked and placed without being written as text and read back; only a day with a problem is, for the
 * tolerant reader to set its items aside with their reasons.
 */
@Component
class DayDataReader {

    private static final int CACHED_VERSIONS = 8;

    private final DatasetDocuments documents;
    private final DistrictRepository districts;
    private final BoundedCache<Long, StoredVersion> versions = new BoundedCache<>(CACHED_VERSIONS);

    DayDataReader(DatasetDocuments documents, DistrictRepository districts) {
        this.documents = documents;
        this.districts = districts;
    }

    /** A stored version as read, with the checks of its street network for the days planned on it. */
    record StoredVersion(LoadedDataset loaded, DayDataChecks checks) {}

    /**
     * A stored version of the district's data: the checked one as usual, or when it no longer passes every check,
     * what can be planned of it. Its blind spots are left out of the set-aside items, as a day plans the ledger's.
     */
    StoredVersion version(long datasetVersionId, String name) {
        return versions.get(datasetVersionId, id -> {
            LoadedDataset loaded = readVersion(id, name);
            return new StoredVersion(loaded, new DayDataChecks(loaded.dataset().roadNetwork()));
        });
    }

    private LoadedDataset readVersion(long datasetVersionId, String name) {
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

    /**
     * The day's data built on a stored version, with the version's set-aside items; throws
     * {@link InvalidDatasetException} naming only problems of the core data.
     */
    LoadedDataset day(StoredVersion version, SanitationDataset day, String name) {
        return version.checks()
                .loadIfClean(day, version.loaded().setAside())
                .orElseGet(() -> dayFromText(version.loaded(), day, name));
    }

    /** The day's data written as a document and read back tolerantly, which words the reasons of its problems. */
    LoadedDataset dayFromText(LoadedDataset version, SanitationDataset day, String name) {
        return withSetAsideFrom(version, read(documents.write(day), name));
    }

    /** The day's data; throws {@link InvalidDatasetException} naming only problems of the core data. */
    LoadedDataset read(String document, String name) {
        return new DatasetReader().readTolerant(document, name);
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
