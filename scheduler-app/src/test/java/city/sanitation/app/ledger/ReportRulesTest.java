package city.sanitation.app.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import city.sanitation.app.infra.BadRequestException.FieldProblem;
import city.sanitation.task.BlindSpotCategory;
import city.sanitation.task.Priority;
import city.sanitation.task.ReportSource;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The rules a report must meet wherever it lies: its own fields, the configured limits and the district's today. */
class ReportRulesTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 28, 10, 0);
    private static final LedgerLimits LIMITS = LedgerLimits.defaults();
    private static final Set<String> KNOWN = Set.of("loader");
    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    private static NewBlindSpot report(String id, double volume, List<String> equipment, String description) {
        return new NewBlindSpot(
                id,
                113.3,
                40.09,
                BlindSpotCategory.HOUSEHOLD_GARBAGE,
                volume,
                Priority.NORMAL,
                ReportSource.PATROL,
                null,
                description,
                equipment,
                "grid 3",
                null,
                null);
    }

    private static NewBlindSpot timed(LocalDateTime reportedAt, LocalDateTime deadline) {
        return new NewBlindSpot(
                null,
                113.3,
                40.09,
                BlindSpotCategory.HOUSEHOLD_GARBAGE,
                1.0,
                Priority.NORMAL,
                ReportSource.PATROL,
                null,
                null,
                null,
                "grid 3",
                reportedAt,
                deadline);
    }

    private static List<FieldProblem> rules(NewBlindSpot report) {
        LocalDateTime reportedAt = report.reportedAt() == null ? NOW : report.reportedAt();
        return ReportRules.check(report, reportedAt, NOW, LIMITS, KNOWN);
    }

    private static List<String> beanFields(NewBlindSpot report) {
        return VALIDATOR.validate(report).stream()
                .map(violation -> violation.getPropertyPath().toString())
                .sorted()
                .toList();
    }

    @Test
    void aPlainReportMeetsEveryRule() {
        NewBlindSpot plain = report("bs-42_a.1", 1.5, List.of("loader"), "Bags at the lane corner\nnext to the gate");
        assertThat(rules(plain)).isEmpty();
        assertThat(beanFields(plain)).isEmpty();
    }

    @Test
    void idsAreShortPlainAndNeverEmpty() {
        assertThat(beanFields(report("", 1, null, null))).containsExactly("id");
        assertThat(beanFields(report("bs 1", 1, null, null))).containsExactly("id");
        assertThat(beanFields(report("<script>", 1, null, null))).containsExactly("id");
        assertThat(beanFields(report("-leading-dash", 1, null, null))).containsExactly("id");
        assertThat(beanFields(report("x".repeat(10_000), 1, null, null))).containsExactly("id");
        assertThat(beanFields(report("x".repeat(64), 1, null, null))).isEmpty();
        assertThat(beanFields(report(null, 1, null, null)))
                .as("absent: one is generated")
                .isEmpty();
    }

    @Test
    void aNulCharacterIsRefusedInEveryText() {
        assertThat(beanFields(report("bs-1", 1, null, "before\u0000after"))).containsExactly("description");
        NewBlindSpot nulWhoReported = new NewBlindSpot(
                null,
                113.3,
                40.09,
                BlindSpotCategory.HOUSEHOLD_GARBAGE,
                1.0,
                Priority.NORMAL,
                ReportSource.PATROL,
                "photo\u0000.jpg",
                null,
                null,
                "grid\u00003",
                null,
                null);
        assertThat(beanFields(nulWhoReported)).containsExactly("photoRef", "reportedBy");
    }

    @Test
    void coordinatesAndRequiredFieldsAreCheckedByBeanValidation() {
        NewBlindSpot empty =
                new NewBlindSpot(null, null, null, null, null, null, null, null, null, null, null, null, null);
        assertThat(beanFields(empty))
                .containsExactly("category", "lat", "lon", "priority", "reportedBy", "source", "volumeM3");
        NewBlindSpot offTheGlobe = new NewBlindSpot(
                null,
                Double.POSITIVE_INFINITY,
                -91.0,
                BlindSpotCategory.HOUSEHOLD_GARBAGE,
                -1.0,
                Priority.NORMAL,
                ReportSource.PATROL,
                null,
                null,
                null,
                "grid 3",
                null,
                null);
        assertThat(beanFields(offTheGlobe)).containsExactly("lat", "lon", "volumeM3");
    }

    @Test
    void volumesAreFiniteAndAtMostTheLimit() {
        assertThat(rules(report(null, 50, null, null))).isEmpty();
        assertThat(rules(report(null, 50.5, null, null))).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("volumeM3");
            assertThat(problem.reason()).contains("(50.5 m³) must be at most 50 m³");
        });
        assertThat(rules(report(null, 1e308, null, null)))
                .extracting(FieldProblem::field)
                .containsExactly("volumeM3");
        assertThat(rules(report(null, Double.POSITIVE_INFINITY, null, null)))
                .extracting(FieldProblem::field)
                .containsExactly("volumeM3");
    }

    @Test
    void equipmentIsKnownNotRepeatedAndBounded() {
        assertThat(rules(report(null, 1, List.of("jetpack"), null)))
                .singleElement()
                .satisfies(problem -> {
                    assertThat(problem.field()).isEqualTo("equipment[0]");
                    assertThat(problem.reason()).contains("(jetpack)").contains("Maybe it is one of (loader)");
                });
        assertThat(rules(report(null, 1, List.of("loader", "loader"), null)))
                .extracting(FieldProblem::field)
                .containsExactly("equipment[1]");
        assertThat(rules(report(null, 1, java.util.Arrays.asList("loader", null), null)))
                .extracting(FieldProblem::field)
                .containsExactly("equipment[1]");
        assertThat(rules(report(null, 1, Collections.nCopies(1_000_000, "loader"), null)))
                .singleElement()
                .satisfies(problem -> {
                    assertThat(problem.field()).isEqualTo("equipment");
                    assertThat(problem.reason()).contains("1000000").contains("at most 10");
                });
    }

    @Test
    void textsAreBounded() {
        assertThat(rules(report(null, 1, null, "x".repeat(2001))))
                .extracting(FieldProblem::field)
                .containsExactly("description");
        assertThat(rules(report(null, 1, null, "x".repeat(2000)))).isEmpty();
    }

    @Test
    void reportTimesLieNearTheDistrictsToday() {
        assertThat(rules(timed(NOW.minusDays(29), null))).isEmpty();
        assertThat(rules(timed(NOW.plusMinutes(4), null))).isEmpty();
        assertThat(rules(timed(LocalDateTime.of(9999, 12, 31, 0, 0), null)))
                .singleElement()
                .satisfies(problem -> {
                    assertThat(problem.field()).isEqualTo("reportedAt");
                    assertThat(problem.reason()).contains("in the future");
                });
        assertThat(rules(timed(LocalDateTime.of(1970, 1, 1, 0, 0), null)))
                .extracting(FieldProblem::field)
                .containsExactly("reportedAt");
        assertThat(rules(timed(LocalDateTime.MAX, LocalDateTime.MAX)))
                .as("no overflow from the largest date")
                .extracting(FieldProblem::field)
                .containsExactly("reportedAt", "deadline");
    }

    @Test
    void deadlinesFollowTheReportWithinTheLimit() {
        assertThat(rules(timed(NOW.minusHours(1), NOW.plusDays(29)))).isEmpty();
        assertThat(rules(timed(NOW.minusHours(1), NOW.minusHours(1))))
                .extracting(FieldProblem::field)
                .containsExactly("deadline");
        assertThat(rules(timed(null, NOW.plusDays(31))))
                .singleElement()
                .satisfies(problem -> assertThat(problem.reason()).contains("more than 30 days after"));
    }
}
