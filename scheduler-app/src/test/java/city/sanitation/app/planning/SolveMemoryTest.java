package city.sanitation.app.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import city.sanitation.dataset.DatasetReader;
import city.sanitation.dataset.LoadedDataset;
import city.sanitation.dataset.SanitationDataset;
import city.sanitation.planning.build.ProblemBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;

/** The heap a district's solve is given, and the refusal of a solve the instance has no room for. */
class SolveMemoryTest {

    private static final long MB = 1024 * 1024;
    private static final Pattern MATRIX_PLACES = Pattern.compile("Travel matrix for .*: (\\d+) places");

    @Test
    void small_district_matrices_are_counted_as_the_solver_builds_them() {
        assertEstimatedMatricesAreBuilt("datasets/small.json");
    }

    @Test
    void medium_district_matrices_are_counted_as_the_solver_builds_them() {
        MemoryEstimate medium = assertEstimatedMatricesAreBuilt("datasets/medium.json");

        // The heap kept live once medium is built and solving is 45 to 60 MB with the dataset itself (session s8).
        assertThat(medium.bytes()).isBetween(40 * MB, 90 * MB);
        assertThat(medium.modelBytes()).isGreaterThan(medium.matrixBytes());
    }

    @Test
    void large_district_is_dominated_by_its_matrices() {
        // Large as the solver builds it (its log: four matrices of 4,398, 5,722, 1,005 and 185 places): 212 MB of
        // matrices, and about 300 MB kept live in all once it is built, dataset included (session s8).
        MemoryEstimate large = new MemoryEstimate("large", List.of(4398, 5722, 1005, 185), 19_529, 35_251);

        assertThat(large.matrixBytes()).isEqualTo(4L * (4398L * 4398 + 5722L * 5722 + 1005L * 1005 + 185L * 185));
        assertThat(large.bytes()).isBetween(300 * MB, 600 * MB);
        assertThat(large.matrixBytes()).isGreaterThan(large.modelBytes());
    }

    @Test
    void solve_is_refused_with_the_district_the_need_and_what_is_available() {
        SolveMemory memory = memory(1024, 256, 0);

        assertThatThrownBy(() -> memory.reserve(need("pingcheng", 800)))
                .isInstanceOfSatisfying(NotEnoughMemoryException.class, refused -> {
                    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
                    assertThat(refused.getBody().getTitle()).isEqualTo("Not enough memory");
                })
                .hasMessageContaining("The solve of district (pingcheng) needs (1000) MB of heap")
                .hasMessageContaining("has (768) MB available")
                .hasMessageContaining("Maybe raise -Xmx or lower sanitation.solver.slots");
        assertThat(memory.reserved()).isZero();
    }

    @Test
    void running_solves_hold_their_share_until_released() {
        SolveMemory memory = memory(1024, 256, 0);
        SolveMemory.Reservation first = memory.reserve(need("a", 240));
        SolveMemory.Reservation second = memory.reserve(need("b", 240));

        assertThat(memory.reserved()).isEqualTo(600 * MB);
        assertThatThrownBy(() -> memory.reserve(need("c", 240)))
                .isInstanceOf(NotEnoughMemoryException.class)
                .hasMessageContaining("(168) MB available")
                .hasMessageContaining("600 MB reserved by 2 running solve(s)");

        first.release();
        first.release();
        assertThat(memory.reserve(need("c", 240)).bytes()).isEqualTo(300 * MB);
        second.release();
        assertThat(memory.reserved()).isEqualTo(300 * MB);
    }

    @Test
    void configured_least_per_solve_overrides_a_smaller_estimate() {
        SolveMemory memory = memory(1024, 256, 500);

        assertThat(memory.reserve(need("small", 1)).bytes()).isEqualTo(500 * MB);
        assertThatThrownBy(() -> memory.reserve(need("small", 1)))
                .isInstanceOf(NotEnoughMemoryException.class)
                .hasMessageContaining("needs (500) MB");
    }

    /**
     * The estimate's places per matrix must be the ones the solver's ProblemBuilder builds for the same day, as it
     * logs them.
     */
    private static MemoryEstimate assertEstimatedMatricesAreBuilt(String file) {
        LoadedDataset loaded = new DatasetReader().read(repositoryFile(file));
        SanitationDataset data = loaded.dataset();
        MemoryEstimate estimate = MemoryEstimate.of(
                file, data, data.horizon().planningDay(), data.blindSpots().size());

        Logger builderLog = (Logger) LoggerFactory.getLogger(ProblemBuilder.class);
        ListAppender<ILoggingEvent> built = new ListAppender<>();
        built.start();
        builderLog.addAppender(built);
        try {
            new ProblemBuilder().build(loaded);
        } finally {
            builderLog.detachAppender(built);
        }
        List<Integer> builtPlaces = built.list.stream()
                .map(ILoggingEvent::getFormattedMessage)
                .map(MATRIX_PLACES::matcher)
                .filter(Matcher::find)
                .map(found -> Integer.parseInt(found.group(1)))
                .toList();
        assertThat(builtPlaces).isNotEmpty();
        assertThat(estimate.locationsPerProfile()).isEqualTo(builtPlaces);
        return estimate;
    }

    /** A need of {@code keptMb} kept live, given a quarter more for the collector. */
    private static Supplier<MemoryEstimate> need(String districtId, long keptMb) {
        long tasks = keptMb * MB / MemoryEstimate.BYTES_PER_TASK;
        return () -> new MemoryEstimate(districtId, List.of(), Math.toIntExact(tasks), 0);
    }

    private static SolveMemory memory(long maxHeapMb, long headroomMb, long perSolveMb) {
        return new SolveMemory(
                maxHeapMb * MB,
                new SolveMemoryProperties(DataSize.ofMegabytes(headroomMb), DataSize.ofMegabytes(perSolveMb)),
                null,
                null);
    }

    private static Path repositoryFile(String relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(relative))) {
                return dir.resolve(relative);
            }
        }
        throw new IllegalStateException("The file (" + relative + ") is not in the repository.");
    }
}
