package city.sanitation.app.ledger;

import city.sanitation.app.district.DatasetDocuments;
import city.sanitation.app.district.DistrictRepository;
import city.sanitation.app.infra.BoundedCache;
import city.sanitation.dataset.DatasetReader;
import org.springframework.stereotype.Component;

/**
 * The area of each district's current data, kept per dataset version: its street index is built once per version,
 * not per report.
 */
@Component
class DistrictAreas {

    private static final int CACHED_VERSIONS = 8;

    private final DistrictRepository districts;
    private final DatasetDocuments documents;
    private final LedgerLimits limits;
    private final BoundedCache<Long, DistrictArea> byVersion = new BoundedCache<>(CACHED_VERSIONS);

    DistrictAreas(DistrictRepository districts, DatasetDocuments documents, LedgerLimits limits) {
        this.districts = districts;
        this.documents = documents;
        this.limits = limits;
    }

    /** The area of the district's newest data version. */
    DistrictArea current(String districtId) {
        long versionId = districts.currentVersionId(districtId);
        // The same limit the dataset reader places reports with when the day's plan is built.
        return byVersion.get(
                versionId,
                id -> new DistrictArea(
                        districtId,
                        documents.version(id, districts).dataset(),
                        DatasetReader.DEFAULT_MAX_SNAPPING_DISTANCE_METRES,
                        limits.areaMarginMetres()));
    }
}
