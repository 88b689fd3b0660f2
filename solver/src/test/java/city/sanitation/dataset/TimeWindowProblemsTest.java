package city.sanitation.dataset;

import static city.sanitation.dataset.DatasetFiles.districtJson;
import static city.sanitation.dataset.DatasetFiles.problemsOf;
import static city.sanitation.dataset.DatasetFiles.properties;
import static city.sanitation.dataset.DatasetFiles.propertyPointer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Spans of time that end before they start. */
class TimeWindowProblemsTest {

    @TempDir
    Path folder;

    @Test
    void shiftEndingBeforeItStartsIsReported() {
        ObjectNode json = districtJson();
        ObjectNode shift = (ObjectNode) json.at("/fleet/vehicles/0/shift");
        shift.put("end", "2026-11-28T06:00");
        shift.put("hardEnd", "2026-11-28T07:00");

        assertThat(problemsOf(folder, json))
                .extracting(DatasetProblem::path, DatasetProblem::reason)
                .containsExactly(tuple(
                        "/fleet/vehicles/0/shift/end",
                        "The shift end (2026-11-28T06:00) of vehicle (washer-1) must be after its start"
                                + " (2026-11-28T22:00).\n"
                                + "Maybe it crosses midnight and its end needs the next day's date."));
    }

    @Test
    void hardEndBeforeEndIsReported() {
        ObjectNode json = districtJson();
        ((ObjectNode) json.at("/fleet/vehicles/1/shift")).put("hardEnd", "2026-11-29T13:00");

        assertThat(problemsOf(folder, json))
                .extracting(DatasetProblem::path, DatasetProblem::reason)
                .containsExactly(tuple(
                        "/fleet/vehicles/1/shift/hardEnd",
                        "The hard end (2026-11-29T13:00) of the shift of vehicle (garbage-1) must not be before its"
                                + " end (2026-11-29T14:00)."));
    }

    @Test
    void latestStartBeforeStartIsReported() {
        ObjectNode json = districtJson();
        ((ObjectNode) json.at("/fleet/vehicles/1/shift")).put("latestStart", "2026-11-29T05:00");

        assertThat(problemsOf(folder, json))
                .extracting(DatasetProblem::path, DatasetProblem::reason)
                .containsExactly(tuple(
                        "/fleet/vehicles/1/shift/latestStart",
                        "The latest start (2026-11-29T05:00) of the shift of vehicle (garbage-1) must not be before"
                                + " its start (2026-11-29T06:00).\n"
                                + "Maybe the two are swapped, or the latest start needs the next day's date."));
    }

    @Test
    void latestStartAfterTheHorizonIsReported() {
        ObjectNode json = districtJson();
        ((ObjectNode) json.at("/fleet/vehicles/1/shift")).put("latestStart", "2026-11-29T19:00");

        assertThat(problemsOf(folder, json))
                .extracting(DatasetProblem::path, DatasetProblem::reason)
                .containsExactly(tuple(
                        "/fleet/vehicles/1/shift/latestStart",
                        "The latest start (2026-11-29T19:00) of the shift of vehicle (garbage-1) is after the planning"
                                + " horizon end (2026-11-29T18:00).\n"
                                + "Maybe the horizon needs to be longer, or the latest start earlier."));
    }

    @Test
    void latestStartWithinTheHorizonIsAccepted() {
        ObjectNode json = districtJson();
        ((ObjectNode) json.at("/fleet/vehicles/1/shift")).put("latestStart", "2026-11-29T08:00");

        LoadedDataset loaded = new DatasetReader().read(DatasetFiles.write(folder, json));

        assertThat(loaded.dataset().vehicles().get(1).shift().latestStart())
                .isEqualTo(java.time.LocalDateTime.of(2026, 11, 29, 8, 0));
    }

    @Test
    void breakWindowShorterThanTheBreakIsReported() {
        ObjectNode json = districtJson();
        ((ObjectNode) json.at("/fleet/vehicles/0/breaks/0")).put("latestEnd", "2026-11-29T01:20");

        assertThat(problemsOf(folder, json))
                .extracting(DatasetProblem::path, DatasetProblem::reason)
                .containsExactly(tuple(
                        "/fleet/vehicles/0/breaks/0/latestEnd",
                        "The latest end (2026-11-29T01:20) of break (0) of vehicle (washer-1) must be at least its"
                                + " duration (30 minutes) after its earliest start (2026-11-29T01:00)."));
    }

    @Test
    void deadlineBeforeReportIsReported() {
        ObjectNode json = districtJson();
        properties(json, "bs-1").put("deadline", "2026-11-28T17:00");

        assertThat(problemsOf(folder, json))
                .extracting(DatasetProblem::path, DatasetProblem::reason)
                .containsExactly(tuple(
                        propertyPointer(json, "bs-1", "deadline"),
                        "The deadline (2026-11-28T17:00) of blind spot (bs-1) must not be before it was reported"
                                + " (2026-11-28T17:30)."));
    }

    @Test
    void minimumGapAboveMaximumGapIsReported() {
        ObjectNode json = districtJson();
        properties(json, "toilet-1").put("minGapMinutes", 400);

        assertThat(problemsOf(folder, json))
                .extracting(DatasetProblem::path, DatasetProblem::reason)
                .containsExactly(tuple(
                        propertyPointer(json, "toilet-1", "minGapMinutes"),
                        "The minimum gap (400 minutes) between rounds of toilet (toilet-1) must not exceed its maximum"
                                + " gap (300 minutes)."));
    }

    @Test
    void horizonEndingBeforeItStartsIsReported() {
        ObjectNode json = districtJson();
        ((ObjectNode) json.get("planning")).put("horizonEnd", "2026-11-28T18:00");

        assertThat(problemsOf(folder, json))
                .extracting(DatasetProblem::path, DatasetProblem::reason)
                .containsExactly(tuple(
                        "/planning/horizonEnd",
                        "The planning horizon end (2026-11-28T18:00) must be after its start (2026-11-28T18:00).\n"
                                + "Maybe it crosses midnight and its end needs the next day's date."));
    }

    @Test
    void emptyDailyWindowIsReported() {
        ObjectNode json = districtJson();
        ((ObjectNode) json.at("/washing/windowRules/0/forbidden/0")).put("end", "07:00");

        assertThat(problemsOf(folder, json))
                .extracting(DatasetProblem::path, DatasetProblem::reason)
                .containsExactly(tuple(
                        "/washing/windowRules/0/forbidden/0/end",
                        "The daily window (07:00-07:00) of the main street rule is empty.\n"
                                + "Maybe its end should differ from its start."));
    }

    @Test
    void toiletOpeningAndClosingAtTheSameTimeIsOpenAllDay() {
        ObjectNode json = districtJson();
        properties(json, "toilet-1").put("opensAt", "06:00").put("closesAt", "06:00");

        LoadedDataset loaded = new DatasetReader().read(DatasetFiles.write(folder, json));

        assertThat(loaded.dataset().toilets()).anySatisfy(toilet -> {
            assertThat(toilet.id()).isEqualTo("toilet-1");
            assertThat(toilet.opensAt()).isEqualTo(toilet.closesAt());
        });
    }
}
