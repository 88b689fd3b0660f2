package city.sanitation.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import city.sanitation.app.AppInstance;
import city.sanitation.app.AppInstance.Client;
import city.sanitation.app.AppInstance.Response;
import city.sanitation.app.SampleData;
import city.sanitation.app.TestDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpTimeoutException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpMethod;
import org.springframework.web.client.ResourceAccessException;

/**
 * Every endpoint the app lists in its OpenAPI document, called by every kind of caller: the status says whether the
 * rule let it through. An endpoint without a rule here fails the test, so a new endpoint cannot ship unguarded.
 */
class AccessMatrixIT {

    /** The district's today: a plan's date lies within days of it (sanitation.plans.earliest-date, latest-date). */
    private static final LocalDate TODAY = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));

    /** The callers: nobody, crews of two vehicles of the district, dispatchers of it and of another one, a manager. */
    enum Caller {
        ANONYMOUS,
        CREW_OF_ANOTHER_VEHICLE,
        CREW,
        DISPATCHER_OF_ANOTHER_DISTRICT,
        DISPATCHER,
        MANAGER,
        ADMIN
    }

    private static final Set<Caller> SIGNED_IN = EnumSet.complementOf(EnumSet.of(Caller.ANONYMOUS));
    private static final Set<Caller> MEMBERS =
            EnumSet.of(Caller.CREW_OF_ANOTHER_VEHICLE, Caller.CREW, Caller.DISPATCHER, Caller.MANAGER, Caller.ADMIN);
    private static final Set<Caller> OFFICE = EnumSet.of(Caller.DISPATCHER, Caller.MANAGER, Caller.ADMIN);
    private static final Set<Caller> DISPATCH = EnumSet.of(Caller.DISPATCHER, Caller.ADMIN);
    private static final Set<Caller> MANAGE = EnumSet.of(Caller.MANAGER, Caller.ADMIN);
    private static final Set<Caller> OWN_CREW = EnumSet.of(Caller.CREW, Caller.DISPATCHER, Caller.ADMIN);
    private static final Set<Caller> ADMIN = EnumSet.of(Caller.ADMIN);

    /** Who may call each endpoint (method and path as the OpenAPI document lists them). */
    private static final Map<String, Set<Caller>> RULES = new LinkedHashMap<>();

    static {
        rule("GET /api/me", SIGNED_IN);
        rule("POST /api/me/password", SIGNED_IN);
        rule("GET /api/accounts", ADMIN);
        rule("POST /api/accounts", ADMIN);
        rule("PUT /api/accounts/{username}/enabled", ADMIN);
        rule("PUT /api/accounts/{username}/password", ADMIN);
        rule("GET /api/accounts/{username}/tokens", ADMIN);
        rule("POST /api/accounts/{username}/tokens", ADMIN);
        rule("DELETE /api/accounts/{username}/tokens/{tokenId}", ADMIN);
        rule("GET /api/audit", ADMIN);
        rule("GET /api/districts/{districtId}/audit", MANAGE);
        rule("GET /api/ui/settings", SIGNED_IN);

        rule("GET /api/districts", SIGNED_IN);
        rule("GET /api/districts/{districtId}", MEMBERS);
        rule("GET /api/districts/{districtId}/basemap", MEMBERS);
        rule("GET /api/districts/{districtId}/vehicles", MEMBERS);
        rule("POST /api/districts/{districtId}/datasets", ADMIN);
        rule("POST /api/districts/{districtId}/osm", ADMIN);
        rule("GET /api/districts/{districtId}/datasets", OFFICE);
        rule("PUT /api/districts/{districtId}/vehicles/{vehicleId}", ADMIN);
        rule("DELETE /api/districts/{districtId}/vehicles/{vehicleId}", ADMIN);
        for (String element : List.of(
                "toilets/{toiletId}",
                "hydrants/{hydrantId}",
                "salt-depots/{saltDepotId}",
                "washing-requirements/{requirementId}")) {
            String list = element.substring(0, element.indexOf('/'));
            rule("GET /api/districts/{districtId}/" + list, OFFICE);
            rule("PUT /api/districts/{districtId}/" + element, ADMIN);
            rule("DELETE /api/districts/{districtId}/" + element, ADMIN);
        }
        rule("GET /api/districts/{districtId}/forecast", OFFICE);
        rule("PUT /api/districts/{districtId}/forecast", DISPATCH);
        rule("POST /api/districts/{districtId}/forecast/snowfall", DISPATCH);
        rule("GET /api/districts/{districtId}/shifts", OFFICE);
        rule("PUT /api/districts/{districtId}/vehicles/{vehicleId}/shift", DISPATCH);
        rule("GET /api/districts/{districtId}/days-off", OFFICE);
        rule("PUT /api/districts/{districtId}/vehicles/{vehicleId}/days-off/{day}", DISPATCH);
        rule("DELETE /api/districts/{districtId}/vehicles/{vehicleId}/days-off/{day}", DISPATCH);

        rule("POST /api/districts/{districtId}/plans", DISPATCH);
        rule("GET /api/districts/{districtId}/plans", OFFICE);
        rule("GET /api/plans/{planId}", OFFICE);
        rule("POST /api/plans/{planId}/solve", DISPATCH);
        rule("POST /api/plans/{planId}/stop", DISPATCH);
        rule("GET /api/plans/{planId}/events", OFFICE);
        rule("POST /api/plans/{planId}/breakdowns", DISPATCH);
        rule("POST /api/plans/{planId}/versions/{version}/publish", DISPATCH);
        rule("GET /api/plans/{planId}/versions/{version}", OFFICE);
        rule("GET /api/plans/{planId}/versions/{version}/geojson", OFFICE);
        rule("GET /api/plans/{planId}/versions/{version}/forecast", OFFICE);
        // A what-if plan is a manager's question as much as a dispatcher's; it is never published.
        rule("POST /api/plans/{planId}/what-ifs", OFFICE);
        rule("GET /api/plans/{planId}/what-ifs", OFFICE);
        rule("GET /api/plans/{planId}/versions/{version}/timeline", OFFICE);
        rule("GET /api/plans/{planId}/versions/{version}/unassigned.geojson", OFFICE);
        rule("GET /api/plans/{planId}/versions/{version}/area-kpis", OFFICE);
        rule("GET /api/plans/{planId}/versions", OFFICE);
        rule("GET /api/plans/{planId}/live", OFFICE);
        rule("GET /api/plans/{planId}/urgent-reports/{reportId}/recommendations", DISPATCH);
        rule("POST /api/plans/{planId}/urgent-reports/{reportId}/insert", DISPATCH);
        rule("GET /api/comparisons", OFFICE);

        String crew = "/api/districts/{districtId}/crews/{vehicleId}";
        rule("GET " + crew + "/route", OWN_CREW);
        rule("GET " + crew + "/route.geojson", OWN_CREW);
        rule("GET " + crew + "/route-sheet", OWN_CREW);
        rule("GET " + crew + "/directions", OWN_CREW);
        rule("POST " + crew + "/tasks/{taskId}/started", OWN_CREW);
        rule("POST " + crew + "/tasks/{taskId}/done", OWN_CREW);
        rule("GET " + crew + "/route.gpx", OWN_CREW);
        rule("POST " + crew + "/blocks/{blockId}/started", OWN_CREW);
        rule("POST " + crew + "/blocks/{blockId}/done", OWN_CREW);

        rule("POST /api/districts/{districtId}/blind-spots", DISPATCH);
        rule("GET /api/districts/{districtId}/blind-spots", OFFICE);
        rule("GET /api/districts/{districtId}/blind-spots/overdue", OFFICE);
        rule("GET /api/districts/{districtId}/blind-spots/{id}", OFFICE);
        rule("GET /api/districts/{districtId}/blind-spots/{id}/history", OFFICE);
        rule("POST /api/districts/{districtId}/blind-spots/{id}/close", DISPATCH);
        rule("POST /api/districts/{districtId}/blind-spots/{id}/reject", DISPATCH);
        rule("POST /api/districts/{districtId}/blind-spots/{id}/duplicate", DISPATCH);

        rule("GET /api/districts/{districtId}/nightly", OFFICE);
        rule("PUT /api/districts/{districtId}/nightly", MANAGE);
        rule("POST /api/districts/{districtId}/nightly/run", OFFICE);
        rule("GET /api/districts/{districtId}/nightly-runs", OFFICE);
    }

    private static void rule(String endpoint, Set<Caller> allowed) {
        RULES.put(endpoint, allowed);
    }

    private static AppInstance app;
    private static final Map<Caller, Client> clients = new LinkedHashMap<>();
    private static String crewVehicle;
    private static String crewVehicleAsIs;
    private static long planId;

    @BeforeAll
    static void start() {
        app = AppInstance.start("spring.datasource.url=" + TestDatabase.freshDatabaseUrl("access"));
        for (String district : List.of("north", "south")) {
            assertThat(app.post("/api/districts/" + district + "/datasets", SampleData.smallDistrict(TODAY))
                            .status()
                            .value())
                    .isEqualTo(201);
        }
        JsonNode vehicles = app.get("/api/districts/north/vehicles").json();
        crewVehicle = vehicles.get(0).get("id").asText();
        crewVehicleAsIs = vehicles.get(0).toString();
        String otherVehicle = vehicles.get(1).get("id").asText();
        planId = app.createPlan("north", TODAY);
        clients.put(Caller.ANONYMOUS, app.anonymous());
        clients.put(Caller.CREW_OF_ANOTHER_VEHICLE, app.as(crew("crew-2", otherVehicle)));
        clients.put(Caller.CREW, app.as(crew("crew-1", crewVehicle)));
        clients.put(Caller.DISPATCHER_OF_ANOTHER_DISTRICT, app.as(office("li", Role.DISPATCHER, "south")));
        clients.put(Caller.DISPATCHER, app.as(office("wang", Role.DISPATCHER, "north")));
        clients.put(Caller.MANAGER, app.as(office("zhao", Role.MANAGER, "north")));
        clients.put(Caller.ADMIN, app.as(new NewAccount("root", "Root", Role.ADMIN, Set.of(), null, null, null)));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static NewAccount crew(String username, String vehicle) {
        return new NewAccount(username, username, Role.CREW, Set.of(), "north", vehicle, null);
    }

    private static NewAccount office(String username, Role role, String district) {
        return new NewAccount(username, username, role, Set.of(district), null, null, null);
    }

    @Test
    void everyListedEndpointHasARuleAndEveryCallerGetsWhatTheRuleSays() {
        JsonNode paths = app.get("/v3/api-docs").json().get("paths");
        Set<String> listed = new TreeSet<>();
        List<Endpoint> endpoints = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            var path = it.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                var operation = ops.next();
                String endpoint = operation.getKey().toUpperCase() + " " + path.getKey();
                listed.add(endpoint);
                endpoints.add(new Endpoint(endpoint, operation.getValue()));
            }
        }
        assertThat(listed).as("endpoints without a rule in this test").isSubsetOf(RULES.keySet());
        assertThat(RULES.keySet())
                .as("rules for endpoints the app no longer lists")
                .isSubsetOf(listed);

        SoftAssertions softly = new SoftAssertions();
        for (Endpoint endpoint : endpoints) {
            Set<Caller> allowed = RULES.get(endpoint.name());
            for (Caller caller : Caller.values()) {
                int status = call(clients.get(caller), endpoint);
                String what = endpoint.name() + " by " + caller;
                if (allowed.contains(caller)) {
                    softly.assertThat(status).as(what + " is let through").isNotIn(401, 403);
                } else {
                    softly.assertThat(status)
                            .as(what + " is refused")
                            .isEqualTo(caller == Caller.ANONYMOUS ? 401 : 403);
                }
            }
        }
        softly.assertAll();
    }

    /**
     * Calls the endpoint with its path filled in for the north district (its plan, the crew's vehicle) and a body
     * that changes nothing lasting: unknown ids for removals, empty objects that fail validation for the rest.
     */
    private static int call(Client client, Endpoint endpoint) {
        String[] methodAndPath = endpoint.name().split(" ", 2);
        HttpMethod method = HttpMethod.valueOf(methodAndPath[0]);
        String path = methodAndPath[1]
                .replace("{districtId}", "north")
                .replace("{planId}", Long.toString(planId))
                .replace("{vehicleId}", method == HttpMethod.DELETE ? "no-such-vehicle" : crewVehicle)
                .replace("{day}", TODAY.toString())
                .replaceAll("\\{[^}]*[iI]d\\}", "999999")
                .replace("{version}", "1")
                .replace("{username}", "no-such-account");
        StringBuilder query = new StringBuilder();
        for (JsonNode parameter : endpoint.operation().path("parameters")) {
            if ("query".equals(parameter.path("in").asText())
                    && parameter.path("required").asBoolean()) {
                query.append(query.isEmpty() ? "?" : "&")
                        .append(parameter.get("name").asText())
                        .append('=')
                        .append(queryValue(parameter.get("name").asText()));
            }
        }
        boolean multipart =
                endpoint.operation().path("requestBody").path("content").has("multipart/form-data");
        Object body = method == HttpMethod.GET || method == HttpMethod.DELETE
                ? null
                : endpoint.name().equals("PUT /api/districts/{districtId}/vehicles/{vehicleId}")
                        ? crewVehicleAsIs // a vehicle is read before the rule is asked: send it unchanged
                        : Map.of();
        try {
            Response response = multipart
                    ? client.upload(path + query, "file", new ByteArrayResource(new byte[] {1, 2, 3}) {
                        @Override
                        public String getFilename() {
                            return "extract.osm";
                        }
                    })
                    : client.send(method, path + query, body);
            return response.status().value();
        } catch (ResourceAccessException e) {
            if (e.getCause() instanceof HttpTimeoutException || e.getMessage().contains("timed out")) {
                return 200; // an event stream that stayed open: it was let through
            }
            throw e;
        }
    }

    private static String queryValue(String name) {
        return switch (name) {
            case "date", "from", "to" -> TODAY.toString();
            case "leftPlan", "rightPlan" -> Long.toString(planId);
            case "leftVersion", "rightVersion" -> "1";
            default -> "1";
        };
    }

    private record Endpoint(String name, JsonNode operation) {}
}
