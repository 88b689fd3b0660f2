package city.sanitation.app.district;

import java.time.OffsetDateTime;

/** One stored version of a district's data, without its document. */
public record DatasetVersion(
        long id, String districtId, int version, String note, String createdBy, OffsetDateTime createdAt) {}
