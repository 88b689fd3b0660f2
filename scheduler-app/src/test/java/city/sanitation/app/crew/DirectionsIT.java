package city.sanitation.app.crew;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import city.sanitation.app.AppInstance;
import city.sanitation.app.SampleData;
import city.sanitation.app.TestDatabase;
import city.sanitation.app.security.NewAccount;
import city.sanitation.app.security.Role;
import city.sanitation.district.DistrictSize;
import city.sanitation.district.SampleDistrictGenerator;
import city.sanitation.road.RoadSegment;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Directions along a washing truck's published route on a real PostgreSQL: a leg to every stop the truck drives to,
 * as long as the plan says the driving is, in steps along the district's named streets; only for its own crew.
 */
class DirectionsIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private static final String DISTRICT = "directions";

    private static AppInstance app;
    private static long publishedVersionId;
    private static JsonNode report;
    private static JsonNode washingRoute;
    private static String otherVehicle;

    @BeforeAll
    static void publishAPlan() {
        app = AppInstance.start("spring.datasource.url=" + TestDatabase.freshDatabaseUrl("directions"));
        var imported = app.post("/api/districts/" + DISTRICT + "/datasets", SampleData.smallDistrict(TODAY));
        assertThat(imported.status().value()).as(imported.body()).isEqualTo(201);
        long planId = app.createPlan(DISTRICT, TODAY);
        app.solveToFirstVersion(planId, Duration.ofSeconds(90));
        publishedVersionId = app.publishFirstVersion(planId).get("id").asLong();

        report = app.firstVersion(planId);
        int mostPasses = 0;
        for (JsonNode route : report.get("routes")) {
            int passes = 0;
            for (JsonNode stop : route.get("stops")) {
                passes += "STREET_PASS".equals(stop.path("taskKind").asText()) ? 1 : 0;
            }
            if (passes > mostPasses) {
                mostPasses = passes;
                washingRoute = route;
            } else if (otherVehicle == null && !route.get("stops").isEmpty()) {
                otherVehicle = route.get("vehicleId").asText();
            }
        }
        assertThat(washingRoute).as("a route that washes streets").isNotNull();
        if (otherVehicle == null
                || otherVehicle.equals(washingRoute.get("vehicleId").asText())) {
            otherVehicle = report.get("routes").get(0).get("vehicleId").asText().equals(vehicle())
                    ? report.get("routes").get(1).get("vehicleId").asText()
                    : report.get("routes").get(0).get("vehicleId").asText();
        }
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void aLegToEveryStopDrivenToAsLongAsThePlanSaysInStepsAlongNamedStreets() {
        AppInstance.Client crew = app.as(crew("washer", vehicle()));

        var answer = crew.get(directions(vehicle()) + "?date=" + TODAY);

        assertThat(answer.status().value()).as(answer.body()).isEqualTo(200);
        JsonNode directions = answer.json();
        assertThat(directions.get("planVersionId").asLong()).isEqualTo(publishedVersionId);
        List<JsonNode> legs = new ArrayList<>();
        directions.get("legs").forEach(legs::add);
        Map<Integer, JsonNode> stops = new HashMap<>();
        washingRoute.get("stops").forEach(stop -> stops.put(stop.get("sequence").asInt(), stop));

        // In route order, each to a stop of the route, the last one home.
        assertThat(legs).isNotEmpty();
        assertThat(legs)
                .extracting(leg -> leg.get("stopSequence").asInt())
                .isSorted()
                .doesNotHaveDuplicates();
        for (JsonNode leg : legs) {
            JsonNode stop = stops.get(leg.get("stopSequence").asInt());
            assertThat(stop).as(leg.toString()).isNotNull();
            assertThat(leg.get("toTaskId").isNull() ? null : leg.get("toTaskId").asText())
                    .isEqualTo(
                            stop.get("taskId").isNull()
                                    ? null
                                    : stop.get("taskId").asText());
            assertThat(leg.get("kind").asText()).isEqualTo(stop.get("kind").asText());
        }
        JsonNode home = legs.get(legs.size() - 1);
        assertThat(home.get("toDepot").asBoolean()).isTrue();
        assertThat(home.get("toTaskId").isNull()).isTrue();
        assertThat(home.get("kind").asText()).isEqualTo("DEPOT");

        // The plan counts the driving to a refill or dump on the stop after it: add the legs up to each.
        long driven = 0;
        int drivenStops = 0;
        Map<Integer, Long> legMetres = legs.stream()
                .collect(Collectors.toMap(
                        leg -> leg.get("stopSequence").asInt(),
                        leg -> leg.get("distanceM").asLong()));
        for (JsonNode stop : washingRoute.get("stops")) {
            String kind = stop.get("kind").asText();
            driven += legMetres.getOrDefault(stop.get("sequence").asInt(), 0L);
            if (kind.equals("BREAK") || kind.equals("REFILL") || kind.equals("DUMP")) {
                continue;
            }
            long planned = stop.get("travelMetres").asLong();
            assertThat((double) driven)
                    .as("driving to stop " + stop.get("sequence") + " ("
                            + stop.get("label").asText() + ")")
                    .isCloseTo(planned, offset(planned * 0.03 + 5));
            drivenStops += planned > 0 ? 1 : 0;
            driven = 0;
        }
        assertThat(legs.size()).as("one leg per stop driven to").isEqualTo(drivenStops + detours(washingRoute));

        // Steps: depart, turns along the streets of the data, arrive; as long as the leg.
        Set<String> streets = SampleDistrictGenerator.generate(
                        DistrictSize.SMALL, SampleDistrictGenerator.DEFAULT_SEED, TODAY)
                .roadNetwork()
                .segments()
                .stream()
                .map(RoadSegment::name)
                .filter(name -> !name.isBlank())
                .collect(Collectors.toSet());
        int named = 0;
        for (JsonNode leg : legs) {
            List<JsonNode> steps = new ArrayList<>();
            leg.get("steps").forEach(steps::add);
            assertThat(steps).as(leg.toString()).hasSizeGreaterThanOrEqualTo(2);
            assertThat(steps.get(0).get("turn").asText()).isEqualTo("DEPART");
            assertThat(steps.get(steps.size() - 1).get("turn").asText()).isEqualTo("ARRIVE");
            assertThat(steps.get(steps.size() - 1).get("distanceM").asLong()).isZero();
            long stepMetres = steps.stream()
                    .mapToLong(step -> step.get("distanceM").asLong())
                    .sum();
            assertThat(stepMetres)
                    .as("steps add up to the leg, each rounded")
                    .isCloseTo(leg.get("distanceM").asLong(), org.assertj.core.data.Offset.offset((long) steps.size()));
            for (JsonNode step : steps.subList(1, steps.size() - 1)) {
                assertThat(step.get("turn").asText()).isNotIn("DEPART", "ARRIVE");
            }
            for (JsonNode step : steps) {
                if (!step.get("street").isNull()) {
                    assertThat(streets).contains(step.get("street").asText());
                    named++;
                }
            }
        }
        assertThat(named).as("steps along named streets").isPositive();

        // The same version named explicitly gives the same directions.
        var again = crew.get(directions(vehicle()) + "?date=" + TODAY + "&planVersionId=" + publishedVersionId);
        assertThat(again.json()).isEqualTo(directions);
    }

    @Test
    void everyRouteDrivesAsFarAsThePlanSaysToBlindSpotsToiletsAndFacilitiesToo() {
        Set<String> kinds = new java.util.TreeSet<>();
        for (JsonNode route : report.get("routes")) {
            if (route.get("stops").isEmpty()) {
                continue;
            }
            long planned = 0;
            for (JsonNode stop : route.get("stops")) {
                planned += stop.get("travelMetres").asLong();
                kinds.add(
                        stop.path("taskKind").isNull()
                                ? stop.get("kind").asText()
                                : stop.get("taskKind").asText());
            }
            var answer = app.get(directions(route.get("vehicleId").asText()) + "?date=" + TODAY);
            assertThat(answer.status().value()).as(answer.body()).isEqualTo(200);
            long driven = 0;
            for (JsonNode leg : answer.json().get("legs")) {
                driven += leg.get("distanceM").asLong();
            }
            assertThat((double) driven)
                    .as("the driving of " + route.get("vehicleId").asText())
                    .isCloseTo(planned, offset(planned * 0.03 + 5));
        }
        assertThat(kinds).as("what the routes drive to").contains("BLIND_SPOT", "TOILET_ROUND", "STREET_PASS");
    }

    @Test
    void anUnknownVehicleOrVersionIsNotFoundAndAnotherVehiclesCrewIsRefused() {
        var unknown = app.get(directions("no-such-vehicle") + "?date=" + TODAY);
        assertThat(unknown.status().value()).as(unknown.body()).isEqualTo(404);
        assertThat(unknown.json().get("detail").asText()).contains("no-such-vehicle");

        var unknownVersion = app.get(directions(vehicle()) + "?date=" + TODAY + "&planVersionId=999999");
        assertThat(unknownVersion.status().value()).as(unknownVersion.body()).isEqualTo(404);

        var otherDay =
                app.get(directions(vehicle()) + "?date=" + TODAY.plusDays(1) + "&planVersionId=" + publishedVersionId);
        assertThat(otherDay.status().value()).as(otherDay.body()).isEqualTo(404);

        var badDate = app.get(directions(vehicle()) + "?date=yesterday");
        assertThat(badDate.status().value()).as(badDate.body()).isEqualTo(400);
        assertThat(badDate.body()).contains("date").doesNotContain("java.", "Exception");

        AppInstance.Client otherCrew = app.as(crew("other-washer", otherVehicle));
        var refused = otherCrew.get(directions(vehicle()) + "?date=" + TODAY);
        assertThat(refused.status().value()).as(refused.body()).isEqualTo(403);
        assertThat(app.anonymous()
                        .get(directions(vehicle()) + "?date=" + TODAY)
                        .status()
                        .value())
                .isEqualTo(401);
    }

    private static int detours(JsonNode route) {
        int detours = 0;
        for (JsonNode stop : route.get("stops")) {
            detours += List.of("REFILL", "DUMP").contains(stop.get("kind").asText()) ? 1 : 0;
        }
        return detours;
    }

    private static String vehicle() {
        return washingRoute.get("vehicleId").asText();
    }

    private static String directions(String vehicle) {
        return "/api/districts/" + DISTRICT + "/crews/" + vehicle + "/directions";
    }

    private static NewAccount crew(String username, String vehicle) {
        return new NewAccount(username, username, Role.CREW, Set.of(), DISTRICT, vehicle, null);
    }
}
