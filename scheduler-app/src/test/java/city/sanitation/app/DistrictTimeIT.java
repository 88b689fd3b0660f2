package city.sanitation.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Time as the district lives it: the first start makes the sample district for today, so its first plan has nothing
 * overdue by days, and a district in another time zone gets its own "now", "today" and nightly hour.
 */
class DistrictTimeIT {

    private static final ZoneId DATONG = ZoneId.of("Asia/Shanghai");

    @Test
    void theFirstStartPlansTodayWithNothingOverdueBeforeTheDayBegan() throws Exception {
        try (AppInstance app = AppInstance.start(
                "spring.datasource.url=" + TestDatabase.freshDatabaseUrl("firststart"),
                "sanitation.sample.enabled=true")) {
            LocalDate today = LocalDate.now(DATONG);
            JsonNode district = app.get("/api/districts/pingcheng").json();
            assertThat(district.get("timeZone").asText()).isEqualTo("Asia/Shanghai");

            JsonNode plans = app.get("/api/districts/pingcheng/plans").json();
            assertThat(plans.size()).isEqualTo(1);
            assertThat(plans.get(0).get("planDate").asText()).isEqualTo(today.toString());

            // Reports come in over yesterday and today; none was due before today began.
            JsonNode reports = app.get("/api/districts/pingcheng/blind-spots").json();
            assertThat(reports.size()).isPositive();
            for (JsonNode report : reports) {
                LocalDateTime reportedAt =
                        LocalDateTime.parse(report.get("reportedAt").asText());
                LocalDateTime deadline =
                        LocalDateTime.parse(report.get("deadline").asText());
                assertThat(reportedAt.toLocalDate())
                        .as("report %s", report.get("id"))
                        .isBetween(today.minusDays(1), today);
                assertThat(deadline).as("report %s", report.get("id")).isAfter(today.atStartOfDay());
            }

            long planId = plans.get(0).get("id").asLong();
            AppInstance.await(
                    "the first plan",
                    Duration.ofSeconds(90),
                    () -> app.get("/api/plans/" + planId).json().get("versions").size() > 0);
            JsonNode plan = app.get("/api/plans/" + planId + "/versions/1").json();
            for (JsonNode late : plan.get("late")) {
                assertThat(late.get("lateMinutes").asLong())
                        .as("lateness of %s", late.get("taskId"))
                        .isLessThan(Duration.ofHours(12).toMinutes());
            }
        }
    }

    @Test
    void aDistrictInAnotherTimeZoneHasItsOwnNowAndNightlyHour() {
        ZoneId newYork = ZoneId.of("America/New_York");
        try (AppInstance app =
                AppInstance.start("spring.datasource.url=" + TestDatabase.freshDatabaseUrl("timezones"))) {
            String dataset = SampleData.smallDistrict(LocalDate.now(newYork))
                    .replaceFirst("\"timeZone\"\\s*:\\s*\"Asia/Shanghai\"", "\"timeZone\": \"America/New_York\"");
            assertThat(dataset).contains("America/New_York");
            assertThat(app.post("/api/districts/hudson/datasets", dataset)
                            .status()
                            .value())
                    .isEqualTo(201);
            assertThat(app.get("/api/districts/hudson").json().get("timeZone").asText())
                    .isEqualTo("America/New_York");

            // A report filed without a time is filed at the district's local now.
            var filed = app.post(
                    "/api/districts/hudson/blind-spots",
                    Map.of(
                            "lon", 113.3,
                            "lat", 40.09,
                            "category", "HOUSEHOLD_GARBAGE",
                            "volumeM3", 1.0,
                            "priority", "NORMAL",
                            "source", "RESIDENT_HOTLINE",
                            "reportedBy", "hotline"));
            assertThat(filed.status().value()).as(filed.body()).isEqualTo(201);
            LocalDateTime reportedAt =
                    LocalDateTime.parse(filed.json().get("reportedAt").asText());
            assertThat(Duration.between(reportedAt, LocalDateTime.now(newYork)).abs())
                    .isLessThan(Duration.ofMinutes(5));

            // The nightly job fires at 18:00 of the district's own evening.
            OffsetDateTime nextFire = OffsetDateTime.parse(app.get("/api/districts/hudson/nightly")
                    .json()
                    .get("nextFire")
                    .asText()
                    .replaceAll("\\[.*]$", ""));
            assertThat(nextFire.getHour()).isEqualTo(18);
            assertThat(nextFire.getOffset()).isEqualTo(newYork.getRules().getOffset(nextFire.toInstant()));

            // A new dataset in another zone moves the district there.
            String backHome = SampleData.smallDistrict(LocalDate.now(DATONG));
            assertThat(app.post("/api/districts/hudson/datasets", backHome)
                            .status()
                            .value())
                    .isEqualTo(201);
            assertThat(app.get("/api/districts/hudson").json().get("timeZone").asText())
                    .isEqualTo("Asia/Shanghai");
        }
    }
}
