package city.sanitation.app.crew;

import city.sanitation.app.district.DatasetDocuments;
import city.sanitation.app.district.DistrictRepository;
import city.sanitation.dataset.DatasetReader;
import city.sanitation.dataset.InvalidDatasetException;
import city.sanitation.dataset.LoadedDataset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The district data a published plan was made on: its streets and places are what the crew's route names, even after
 * the district's data has changed since (a street renamed, a junction moved).
 */
@Service
class PlanDatasets {

    private final DatasetDocuments datasets;
    private final DistrictRepository districts;
    private final JdbcClient jdbc;

    PlanDatasets(DatasetDocuments datasets, DistrictRepository districts, JdbcClient jdbc) {
        this.datasets = datasets;
        this.districts = districts;
        this.jdbc = jdbc;
    }

    /** The dataset version the solver run behind a plan version read; empty for a version no run made. */
    Optional<Long> datasetVersionOf(long planVersionId) {
        return jdbc.sql("SELECT r.dataset_version_id FROM plan_version v JOIN solver_run r ON r.id = v.solver_run_id"
                        + " WHERE v.id = ?")
                .param(planVersionId)
                .query(Long.class)
                .optional();
    }

    /** The district's current dataset version, for a plan version that names none. */
    long currentVersionOf(String districtId) {
        return districts.currentVersionId(districtId);
    }

    /**
     * The data of a version: checked as usual, or when it no longer passes a check made stricter since, read
     * tolerantly as planning reads it; either way its streets and places are the plan's.
     */
    LoadedDataset data(long datasetVersionId) {
        try {
            return datasets.version(datasetVersionId, districts);
        } catch (InvalidDatasetException e) {
            return new DatasetReader()
                    .readTolerant(districts.document(datasetVersionId), "dataset version " + datasetVersionId);
        }
    }
}
