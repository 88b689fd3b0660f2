package city.sanitation.app.district;

import city.sanitation.app.infra.NotFoundException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class DistrictRepository {

    private final JdbcClient jdbc;

    DistrictRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<District> findAll() {
        return jdbc.sql("SELECT id, name, nightly_cron, time_zone FROM district ORDER BY id")
                .query(District.class)
                .list();
    }

    public Optional<District> find(String id) {
        return jdbc.sql("SELECT id, name, nightly_cron, time_zone FROM district WHERE id = ?")
                .param(id)
                .query(District.class)
                .optional();
    }

    public District get(String id) {
        return find(id).orElseThrow(() -> new NotFoundException("district", id));
    }

    /**
     * Locks the district's row until the transaction ends: a change reads the current version and stores the next one
     * while no other change of the district's data does, so that none is lost.
     */
    void lockForChange(String id) {
        jdbc.sql("SELECT id FROM district WHERE id = ? FOR UPDATE")
                .param(id)
                .query(String.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("district", id));
    }

    void insert(District district) {
        jdbc.sql("INSERT INTO district (id, name, nightly_cron, time_zone) VALUES (?, ?, ?, ?)")
                .params(district.id(), district.name(), district.nightlyCron(), district.timeZone())
                .update();
    }

    /** A new dataset may move the district to another time zone (its planning.timeZone). */
    void updateTimeZone(String id, String timeZone) {
        jdbc.sql("UPDATE district SET time_zone = ? WHERE id = ?")
                .params(timeZone, id)
                .update();
    }

    public void updateCron(String id, String cron) {
        jdbc.sql("UPDATE district SET nightly_cron = ? WHERE id = ?")
                .params(cron, id)
                .update();
    }

    /** Stores a new version of the district's data and returns its id. */
    long addVersion(String districtId, String document, String note, String actor) {
        jdbc.sql("SELECT id FROM district WHERE id = ? FOR UPDATE")
                .param(districtId)
                .query()
                .singleValue();
        int next = jdbc.sql("SELECT coalesce(max(version), 0) + 1 FROM dataset_version WHERE district_id = ?")
                .param(districtId)
                .query(Integer.class)
                .single();
        return jdbc.sql("INSERT INTO dataset_version (district_id, version, document, note, created_by)"
                        + " VALUES (?, ?, ?::jsonb, ?, ?) RETURNING id")
                .params(districtId, next, document, note, actor)
                .query(Long.class)
                .single();
    }

    public List<DatasetVersion> versions(String districtId) {
        return jdbc.sql("SELECT id, district_id, version, note, created_by, created_at FROM dataset_version"
                        + " WHERE district_id = ? ORDER BY version")
                .param(districtId)
                .query(DatasetVersion.class)
                .list();
    }

    /** The id of the district's newest data version. */
    public long currentVersionId(String districtId) {
        return jdbc.sql("SELECT id FROM dataset_version WHERE district_id = ? ORDER BY version DESC LIMIT 1")
                .param(districtId)
                .query(Long.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("dataset of district", districtId));
    }

    public String document(long versionId) {
        return jdbc.sql("SELECT document::text FROM dataset_version WHERE id = ?")
                .param(versionId)
                .query(String.class)
                .single();
    }
}
