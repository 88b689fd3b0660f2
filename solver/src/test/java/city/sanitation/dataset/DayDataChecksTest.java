package city.sanitation.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import city.sanitation.task.BlindSpotReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/** A day's data checked as objects is loaded only when the reader would find no problem in it. */
class DayDataChecksTest {

    @TempDir
    Path folder;

    private LoadedDataset stored;

    @BeforeEach
    void readStoredVersion() {
        stored = new DatasetReader().read(DatasetFiles.write(folder, DatasetFiles.districtJson()));
    }

    @Test
    void data_without_problems_is_loaded_with_the_placements_the_reader_gives() {
        LoadedDataset loaded = new DayDataChecks(stored.dataset().roadNetwork())
                .loadIfClean(stored.dataset(), List.of())
                .orElseThrow();

        assertThat(loaded.dataset()).isSameAs(stored.dataset());
        assertThat(loaded.placements()).isEqualTo(stored.placements());
        assertThat(loaded.setAside()).isEmpty();
    }

    @Test
    void a_report_far_from_streets_leaves_the_day_to_the_tolerant_reader() {
        BlindSpotReport report = stored.dataset().blindSpots().get(0);
        SanitationDataset day = withReports(withLocation(report, 0.0, 0.0));

        assertThat(new DayDataChecks(stored.dataset().roadNetwork()).loadIfClean(day, List.of()))
                .isEmpty();
    }

    @Test
    void a_report_with_the_id_of_a_depot_leaves_the_day_to_the_tolerant_reader() {
        BlindSpotReport report = stored.dataset().blindSpots().get(0);
        String depotId = stored.dataset().depots().get(0).id();
        SanitationDataset day = withReports(withId(report, depotId));

        assertThat(new DayDataChecks(stored.dataset().roadNetwork()).loadIfClean(day, List.of()))
                .isEmpty();
    }

    @Test
    void data_on_another_street_network_is_refused() {
        LoadedDataset other = new DatasetReader().read(new DatasetWriter().writeToString(stored.dataset()), "copy");

        assertThatThrownBy(
                        () -> new DayDataChecks(stored.dataset().roadNetwork()).loadIfClean(other.dataset(), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not on the street network");
    }

    @Test
    void a_document_read_from_its_text_is_the_one_read_from_its_file() {
        String text = new DatasetWriter().writeToString(stored.dataset());

        LoadedDataset fromText = new DatasetReader().read(text, "request body");

        assertThat(fromText.placements()).isEqualTo(stored.placements());
        assertThat(fromText.dataset().vehicles()).isEqualTo(stored.dataset().vehicles());
        assertThat(fromText.dataset().blindSpots()).isEqualTo(stored.dataset().blindSpots());
    }

    @Test
    void a_document_with_problems_read_from_its_text_names_the_document() {
        assertThatThrownBy(() -> new DatasetReader().read("[]", "request body"))
                .isInstanceOf(InvalidDatasetException.class)
                .satisfies(e -> assertThat(((InvalidDatasetException) e).file()).isEqualTo("request body"));
    }

    private SanitationDataset withReports(BlindSpotReport extra) {
        SanitationDataset d = stored.dataset();
        List<BlindSpotReport> reports = new ArrayList<>(d.blindSpots());
        reports.add(extra);
        return d.toBuilder().blindSpots(reports).build();
    }

    private static BlindSpotReport withLocation(BlindSpotReport r, double lon, double lat) {
        return new BlindSpotReport(
                "bs-far",
                new GeometryFactory().createPoint(new Coordinate(lon, lat)),
                r.category(),
                r.volumeM3(),
                r.priority(),
                r.reportedAt(),
                r.deadline(),
                r.equipment(),
                r.source(),
                r.description());
    }

    private static BlindSpotReport withId(BlindSpotReport r, String id) {
        return new BlindSpotReport(
                id,
                r.location(),
                r.category(),
                r.volumeM3(),
                r.priority(),
                r.reportedAt(),
                r.deadline(),
                r.equipment(),
                r.source(),
                r.description());
    }
}
