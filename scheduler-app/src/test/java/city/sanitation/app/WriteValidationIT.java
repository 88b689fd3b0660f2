package city.sanitation.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.FileSystemResource;

/**
 * The district's write endpoints refuse bad input with 400 naming the field in the user's terms, and store nothing: the
 * row count of every table is the same after the refused requests.
 */
class WriteValidationIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private static final String DISTRICT = "/api/districts/pingcheng";
    /** Tables that record activity rather than data: every write is audited, refused or not; Quartz's heartbeat. */
    private static final Set<String> ACTIVITY =
            Set.of("audit_entry", "qrtz_scheduler_state", "qrtz_fired_triggers", "qrtz_locks");

    private static AppInstance app;
    private static long planId;

    @BeforeAll
    static void start() {
        app = AppInstance.start("spring.datasource.url=" + TestDatabase.freshDatabaseUrl("writevalidation"));
        app.importSmallDistrict(DISTRICT, TODAY);
        planId = app.createPlan("pingcheng", TODAY.plusDays(1));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void refusedWritesNameTheFieldAndStoreNothing() {
        Map<String, Long> before = rowCounts();
        JsonNode vehicle = app.get(DISTRICT + "/vehicles").json().get(0);
        String vehicleId = vehicle.get("id").asText();
        String vehicles = DISTRICT + "/vehicles/";

        expect(app.put(vehicles + "veh-new", Map.of()), "id", "shift");
        expect(app.put(vehicles + "veh-new", changed(vehicle, "id", "other")), "id");
        expect(app.put(vehicles + "veh new", changed(vehicle, "id", "veh new")), "id");
        expect(app.put(vehicles + vehicleId, changed(vehicle, "name", "n".repeat(101))), "name");
        expect(app.put(vehicles + vehicleId, changed(vehicle, "depotId", "depot-nowhere")), "depotId");
        expect(app.put(vehicles + vehicleId, changed(vehicle, "typeId", "jetpack")), "typeId");
        expect(app.put(vehicles + vehicleId, changed(vehicle, "colour", "red")), "colour");
        expect(
                app.put(
                        vehicles + vehicleId,
                        changed(
                                vehicle,
                                "breaks",
                                Collections.nCopies(11, vehicle.get("breaks").get(0)))),
                "breaks");
        expect(app.put(vehicles + vehicleId, changed(vehicle, "breaks", Collections.singletonList(null))), "breaks[0]");
        expect(app.put(vehicles + vehicleId, changed(vehicle, "skills", List.of("a b"))), "skills[]");
        ObjectNode noHardEnd = vehicle.deepCopy();
        ((ObjectNode) noHardEnd.get("shift")).remove("hardEnd");
        expect(app.put(vehicles + vehicleId, noHardEnd), "shift.hardEnd");
        ObjectNode backwards = vehicle.deepCopy();
        ((ObjectNode) backwards.get("shift"))
                .put("end", vehicle.get("shift").get("start").asText());
        expect(app.put(vehicles + vehicleId, backwards), "shift.end");

        String shift = vehicles + vehicleId + "/shift";
        expect(app.put(shift, Map.of()), "shift");
        expect(app.put(shift, Map.of("shift", vehicle.get("shift"), "breaks", List.of(), "crew", 1)), "crew");

        JsonNode toilet = app.get(DISTRICT + "/toilets").json().get("features").get(0);
        String toiletId = toilet.get("properties").get("id").asText();
        ObjectNode farAway = toilet.deepCopy();
        ((ObjectNode) farAway.get("geometry")).putArray("coordinates").add(0.0).add(0.0);
        expectStatus(app.put(DISTRICT + "/toilets/" + toiletId, farAway), 400);
        ObjectNode noRounds = toilet.deepCopy();
        ((ObjectNode) noRounds.get("properties")).put("roundsPerDay", 0);
        expect(app.put(DISTRICT + "/toilets/" + toiletId, noRounds), "properties.roundsPerDay");
        expectStatus(app.put(DISTRICT + "/toilets/toilet-x", "[1, 2]"), 400);
        expect(app.put(DISTRICT + "/toilets/toilet <x>", toilet), "properties.id");
        expect(app.post("/api/districts/new district/datasets", SampleData.smallDistrict(TODAY)), "districtId");
        expect(
                app.upload(
                        DISTRICT + "/osm?day=0000-01-01",
                        "file",
                        new FileSystemResource(RepositoryFiles.osmExtract("monaco.osm.gz"))),
                "day");
        JsonNode requirement =
                app.get(DISTRICT + "/washing-requirements").json().get(0);
        ObjectNode nowhere = requirement.deepCopy();
        nowhere.put("segmentId", "no-such-segment");
        expect(
                app.put(
                        DISTRICT + "/washing-requirements/"
                                + requirement.get("id").asText(),
                        nowhere),
                "segmentId");

        String dayOff = vehicles + vehicleId + "/days-off/";
        expect(app.put(dayOff + TODAY.plusDays(3), Map.of("reason", " ")), "reason");
        expect(app.put(dayOff + TODAY.plusDays(3), Map.of("reason", "work\u0000shop")), "reason");
        expect(app.put(dayOff + TODAY.plusDays(3), Map.of("reason", "r".repeat(501))), "reason");
        expect(app.put(dayOff + "0001-01-01", Map.of("reason", "workshop")), "day");
        expect(app.put(dayOff + "9999-12-31", Map.of("reason", "workshop")), "day");
        expect(app.put(dayOff + "+999999999-12-31", Map.of("reason", "workshop")), "day");
        expect(app.put(dayOff + "yesterday", Map.of("reason", "workshop")), "day");
        expect(app.get(DISTRICT + "/days-off?from=" + TODAY.plusDays(5) + "&to=" + TODAY), "to");

        expect(
                app.post("/api/accounts", Map.of("username", "A B", "displayName", "x", "role", "DISPATCHER")),
                "username");
        expect(app.post("/api/accounts", Map.of("username", "someone", "displayName", "x", "role", "GOD")), "role");
        expect(
                app.post(
                        "/api/accounts",
                        Map.of(
                                "username",
                                "someone",
                                "displayName",
                                "x",
                                "role",
                                "DISPATCHER",
                                "districts",
                                List.of("nowhere"))),
                "districts");
        expect(
                app.post(
                        "/api/accounts",
                        Map.of("username", "someone", "displayName", "x", "role", "DISPATCHER", "isAdmin", true)),
                "isAdmin");
        List<String> manyDistricts = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            manyDistricts.add("d" + i);
        }
        expect(
                app.post(
                        "/api/accounts",
                        Map.of(
                                "username",
                                "someone",
                                "displayName",
                                "x",
                                "role",
                                "DISPATCHER",
                                "districts",
                                manyDistricts)),
                "districts");
        expect(
                app.post("/api/accounts/" + AppInstance.TEST_ADMIN + "/tokens", Map.of("name", "t".repeat(101))),
                "name");

        expect(app.put(DISTRICT + "/nightly", Map.of("cron", "0 0 0 30 2 ?")), "cron");
        expect(app.put(DISTRICT + "/nightly", Map.of("cron", "* * * * * ?")), "cron");
        expect(app.put(DISTRICT + "/nightly", Map.of("cron", "every night")), "cron");

        Map<String, Object> negativePin = new LinkedHashMap<>();
        negativePin.put("fromVersion", 1);
        negativePin.put("pins", Map.of(vehicleId, -1));
        expect(app.post("/api/plans/" + planId + "/solve", negativePin), "pins." + vehicleId);
        expect(app.post("/api/plans/" + planId + "/solve", Map.of("fromVersion", 0)), "fromVersion");
        expect(app.post("/api/plans/" + planId + "/solve", Map.of("fromVersion", 1, "bogus", 1)), "bogus");
        expect(
                app.post(
                        "/api/plans/" + planId + "/breakdowns",
                        Map.of("vehicleId", "jetpack", "at", TODAY.plusDays(1) + "T08:00:00")),
                "vehicleId");
        expect(
                app.post(
                        "/api/plans/" + planId + "/breakdowns",
                        Map.of("vehicleId", vehicleId, "at", "9999-12-31T08:00:00")),
                "at");
        expect(app.post("/api/plans/" + planId + "/breakdowns", Map.of("vehicleId", vehicleId)), "at");

        assertThat(rowCounts()).isEqualTo(before);

        // The same endpoints still take good input.
        var kept = app.put(vehicles + vehicleId, vehicle);
        assertThat(kept.status().value()).as(kept.body()).isEqualTo(200);
        var off = app.put(dayOff + TODAY.plusDays(3), Map.of("reason", "workshop"));
        assertThat(off.status().value()).as(off.body()).isEqualTo(200);
    }

    @Test
    void aCallerWhoMayNotWriteIsRefusedWhateverTheBodyHolds() {
        var manager = app.as(new city.sanitation.app.security.NewAccount(
                "manager-of-pingcheng",
                "Manager",
                city.sanitation.app.security.Role.MANAGER,
                Set.of("pingcheng"),
                null,
                null,
                null));
        String vehicleId =
                app.get(DISTRICT + "/vehicles").json().get(0).get("id").asText();
        for (String body : new String[] {"{\"shiftt\": 1}", "{not json", "[]", "{}"}) {
            var refused = manager.put(DISTRICT + "/vehicles/" + vehicleId + "/shift", body);
            assertThat(refused.status().value())
                    .as(body + ": " + refused.body())
                    .isEqualTo(403);
            var notAdmin = manager.put(DISTRICT + "/vehicles/" + vehicleId, body);
            assertThat(notAdmin.status().value())
                    .as(body + ": " + notAdmin.body())
                    .isEqualTo(403);
        }
        // The rule still lets the admin through to the body's checks.
        assertThat(app.put(DISTRICT + "/vehicles/" + vehicleId + "/shift", "{\"shiftt\": 1}")
                        .status()
                        .value())
                .isEqualTo(400);
    }

    private static ObjectNode changed(JsonNode vehicle, String field, Object value) {
        ObjectNode copy = vehicle.deepCopy();
        copy.set(field, AppInstance.JSON.valueToTree(value));
        return copy;
    }

    private static void expectStatus(AppInstance.Response response, int status) {
        assertThat(response.status().value()).as(response.body()).isEqualTo(status);
        assertThat(response.body()).doesNotContain("java.", "Exception", "/tmp/", "`");
    }

    /** A 400 naming each of the fields (a field "skills[]" matches any element of skills). */
    private static void expect(AppInstance.Response response, String... fields) {
        expectStatus(response, 400);
        List<String> named = new ArrayList<>();
        response.json()
                .get("errors")
                .forEach(error -> named.add(error.get("field").asText()));
        for (String field : fields) {
            boolean found = field.endsWith("[]")
                    ? named.stream().anyMatch(name -> name.startsWith(field.substring(0, field.length() - 2) + "["))
                    : named.contains(field);
            assertThat(found).as(field + " in " + response.body()).isTrue();
        }
    }

    private static Map<String, Long> rowCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : app.jdbc()
                .sql("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
                        + " AND table_type = 'BASE TABLE' ORDER BY table_name")
                .query(String.class)
                .list()) {
            if (!ACTIVITY.contains(table.toLowerCase()) && !table.startsWith("flyway")) {
                counts.put(
                        table,
                        app.jdbc()
                                .sql("SELECT count(*) FROM \"" + table + "\"")
                                .query(Long.class)
                                .single());
            }
        }
        return counts;
    }
}
