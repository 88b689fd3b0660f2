package city.sanitation.app.crew;

import static org.assertj.core.api.Assertions.assertThat;

import city.sanitation.app.AppInstance;
import city.sanitation.app.SampleData;
import city.sanitation.app.TestDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The printable route sheet on a real PostgreSQL: one row per block as the crew page shows them, worded wholly in the
 * crew's language; and a block's cross streets stay those of the data its plan was made on when the district's data
 * changes after publishing.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RouteSheetIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private static final String DISTRICT = "routesheet";
    private static final String RENAMED = "·改名";

    private static AppInstance app;
    private static String crew;
    private static JsonNode route;

    @BeforeAll
    static void publishAPlan() {
        app = AppInstance.start("spring.datasource.url=" + TestDatabase.freshDatabaseUrl("routesheet"));
        var imported = app.post("/api/districts/" + DISTRICT + "/datasets", SampleData.smallDistrict(TODAY));
        assertThat(imported.status().value()).as(imported.body()).isEqualTo(201);
        long planId = app.createPlan(DISTRICT, TODAY);
        app.solveToFirstVersion(planId, Duration.ofSeconds(90));
        app.publishFirstVersion(planId);
        // The route washing the most streets: its blocks have cross streets to name.
        String vehicle = StreamSupport.stream(
                        app.firstVersion(planId).get("routes").spliterator(), false)
                .max(Comparator.comparingLong(candidate -> StreamSupport.stream(
                                candidate.get("stops").spliterator(), false)
                        .filter(stop ->
                                "STREET_PASS".equals(stop.path("taskKind").asText()))
                        .count()))
                .orElseThrow()
                .get("vehicleId")
                .asText();
        crew = "/api/districts/" + DISTRICT + "/crews/" + vehicle;
        route = app.get(crew + "/route?date=" + TODAY).json();
        assertThat(crossStreets(route)).as("blocks with cross streets").isNotEmpty();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    @Order(1)
    void theChineseSheetListsTheCrewsBlocksInChineseOnly() {
        JsonNode done = firstBlockOfWork();
        var reported = app.post(
                crew + "/blocks/" + done.get("id").asText() + "/done?date=" + TODAY + "&planVersionId="
                        + route.get("planVersionId").asLong(),
                "");
        assertThat(reported.status().value()).as(reported.body()).isEqualTo(200);

        var sheet = app.get(crew + "/route-sheet?date=" + TODAY + "&lang=zh");

        assertThat(sheet.status().value()).as(sheet.body()).isEqualTo(200);
        String html = sheet.body();
        assertThat(html).contains("<html lang=\"zh-CN\">").contains("路线单").contains("时间均为当地时间");
        assertThat(rows(html))
                .as("one row per block, as on the crew page")
                .isEqualTo(route.get("blocks").size());
        JsonNode street = firstStreetBlock();
        assertThat(html).contains("冲洗 " + street.get("street").asText());
        assertThat(html).contains(street.get("bothWays").asBoolean() ? "双向" : "单向");
        assertThat(row(html, done.get("id").asText())).contains("✔ 已完成");
        assertThat(words(html))
                .as("no English words left once the data's own names and ids are taken out")
                .doesNotContainPattern("[A-Za-z]");
    }

    @Test
    @Order(2)
    void theEnglishSheetHasTheSameBlocksInEnglishAlsoAsTheBrowserAsks() throws Exception {
        var sheet = app.get(crew + "/route-sheet?date=" + TODAY + "&lang=en");

        assertThat(sheet.status().value()).as(sheet.body()).isEqualTo(200);
        String html = sheet.body();
        assertThat(html).contains("<html lang=\"en\">").contains("Route sheet").contains("km driven");
        assertThat(rows(html)).isEqualTo(route.get("blocks").size());
        JsonNode street = firstStreetBlock();
        assertThat(html).contains("Wash " + street.get("street").asText());
        assertThat(row(html, firstBlockOfWork().get("id").asText())).contains("✔ done");
        assertThat(words(html))
                .as("no Chinese words left once the data's own names are taken out")
                .doesNotContainPattern("\\p{IsHan}");

        HttpResponse<String> asked = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(app.baseUrl + crew + "/route-sheet?date=" + TODAY))
                                .header("Authorization", app.authorization())
                                .header("Accept-Language", "fr-FR, en-GB;q=0.8, zh;q=0.5")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(asked.statusCode()).isEqualTo(200);
        assertThat(asked.body())
                .as("the first language of the browser's the sheet has")
                .contains("Route sheet");

        var unknown = app.get(crew + "/route-sheet?date=" + TODAY + "&lang=fr");
        assertThat(unknown.status().value()).isEqualTo(400);
        assertThat(unknown.json().toString()).contains("zh or en").doesNotContain("city.sanitation");
    }

    /**
     * The district's streets renamed after publishing (a new dataset version): the crew's blocks, and its sheet, keep
     * the cross streets of the data the plan was made on, as the plan's streets and times are that data's.
     */
    @Test
    @Order(3)
    void crossStreetsStayThoseOfThePlansDataAfterTheStreetsAreRenamed() throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode dataset = json.readTree(SampleData.smallDistrict(TODAY));
        int renamed = 0;
        for (JsonNode feature : dataset.get("features")) {
            ObjectNode properties = (ObjectNode) feature.get("properties");
            if ("segment".equals(properties.path("kind").asText())
                    && !properties.path("name").asText().isBlank()) {
                properties.put("name", properties.get("name").asText() + RENAMED);
                renamed++;
            }
        }
        assertThat(renamed).isPositive();
        var imported = app.post("/api/districts/" + DISTRICT + "/datasets", json.writeValueAsString(dataset));
        assertThat(imported.status().value()).as(imported.body()).isEqualTo(201);

        JsonNode after = app.get(crew + "/route?date=" + TODAY).json();

        assertThat(after.get("planVersionId").asLong())
                .isEqualTo(route.get("planVersionId").asLong());
        assertThat(crossStreets(after)).isEqualTo(crossStreets(route));
        assertThat(crossStreets(after)).noneMatch(name -> name.contains(RENAMED));
        assertThat(app.get(crew + "/route-sheet?date=" + TODAY + "&lang=zh").body())
                .doesNotContain(RENAMED);
    }

    private static JsonNode firstBlockOfWork() {
        for (JsonNode block : route.get("blocks")) {
            if (!block.get("taskIds").isEmpty()) {
                return block;
            }
        }
        throw new AssertionError("no work on the route");
    }

    private static JsonNode firstStreetBlock() {
        for (JsonNode block : route.get("blocks")) {
            if ("STREET_PASS".equals(block.get("kind").asText())) {
                return block;
            }
        }
        throw new AssertionError("no street on the route");
    }

    /** Every block's from and to street, in the order of the blocks. */
    private static List<String> crossStreets(JsonNode crewRoute) {
        List<String> names = new ArrayList<>();
        for (JsonNode block : crewRoute.get("blocks")) {
            for (String end : List.of("from", "to")) {
                if (block.hasNonNull(end)) {
                    names.add(block.get(end).asText());
                }
            }
        }
        return names;
    }

    private static int rows(String html) {
        return html.split("<tr data-block=", -1).length - 1;
    }

    private static String row(String html, String blockId) {
        int at = html.indexOf("<tr data-block=\"" + blockId + "\"");
        assertThat(at).as("a row for block " + blockId).isNotNegative();
        return html.substring(at, html.indexOf("</tr>", at));
    }

    /** The sheet's text without its markup and without the data's own names, ids and numbers. */
    private static String words(String html) {
        Set<String> data = new TreeSet<>(
                Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        JsonNode crewRoute = route.get("route");
        data.add(crewRoute.get("vehicleId").asText());
        data.add(crewRoute.path("vehicleName").asText());
        for (JsonNode block : route.get("blocks")) {
            for (String field : List.of("street", "from", "to")) {
                if (block.hasNonNull(field)) {
                    data.add(block.get(field).asText());
                }
            }
        }
        String text = html.replaceAll("(?s)<style>.*?</style>", "")
                .replaceAll("<[^>]*>", " ")
                .replace("&amp;", "&")
                .replace("&quot;", "\"")
                .replace("&#39;", "'");
        for (String value : data) {
            if (!value.isBlank()) {
                text = text.replace(value, " ");
            }
        }
        return text;
    }
}
