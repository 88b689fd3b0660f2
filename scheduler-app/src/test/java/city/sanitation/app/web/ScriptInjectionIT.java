package city.sanitation.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import city.sanitation.app.AppInstance;
import city.sanitation.app.SampleData;
import city.sanitation.app.TestDatabase;
import city.sanitation.app.security.NewAccount;
import city.sanitation.app.security.Role;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * Data that carries markup (a report's description, the names of streets, subdistricts, grids, facilities, toilets,
 * vehicles and accounts, filed through the API and through a dataset upload) is shown as text on every page, for
 * every role, tooltips included: no element of it is ever created and no script of it runs.
 */
class ScriptInjectionIT {

    /** The district's today: a plan's date lies within days of it (sanitation.plans.earliest-date, latest-date). */
    private static final LocalDate TODAY = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));

    private static final String DISTRICT = "xss";
    private static final String PAYLOAD =
            "<img src=x onerror=\"window.__xss=(window.__xss||0)+1\"><b class=injected>b</b>";
    private static final String PASSWORD = "a long test password";

    private static AppInstance app;
    private static Browser browser;
    private static String crewVehicle;

    @RegisterExtension
    final ScreenshotOnFailure screenshots = new ScreenshotOnFailure(() -> browser);

    @BeforeAll
    static void start() throws Exception {
        app = AppInstance.start("spring.datasource.url=" + TestDatabase.freshDatabaseUrl("xss"));
        ObjectMapper json = new ObjectMapper();
        ObjectNode dataset = (ObjectNode) json.readTree(SampleData.smallDistrict(TODAY));
        for (JsonNode feature : dataset.get("features")) {
            ObjectNode properties = (ObjectNode) feature.get("properties");
            if (properties.has("name")) {
                properties.put("name", PAYLOAD + properties.get("name").asText());
            }
            if (properties.has("description")) {
                properties.put("description", PAYLOAD);
            }
        }
        for (JsonNode vehicle : dataset.get("fleet").get("vehicles")) {
            ((ObjectNode) vehicle).put("name", PAYLOAD + vehicle.get("name").asText());
        }
        var imported = app.post("/api/districts/" + DISTRICT + "/datasets", json.writeValueAsString(dataset));
        assertThat(imported.status().value()).as(imported.body()).isEqualTo(201);

        JsonNode known =
                app.get("/api/districts/" + DISTRICT + "/blind-spots").json().get(0);
        var filed = app.post(
                "/api/districts/" + DISTRICT + "/blind-spots",
                Map.of(
                        "lon",
                        known.get("lon").asDouble(),
                        "lat",
                        known.get("lat").asDouble(),
                        "category",
                        "HOUSEHOLD_GARBAGE",
                        "volumeM3",
                        0.5,
                        "priority",
                        "URGENT",
                        "source",
                        "RESIDENT_HOTLINE",
                        "reportedBy",
                        PAYLOAD,
                        "description",
                        PAYLOAD));
        assertThat(filed.status().value()).as(filed.body()).isEqualTo(201);

        crewVehicle = app.get("/api/districts/" + DISTRICT + "/vehicles")
                .json()
                .get(0)
                .get("id")
                .asText();
        app.withPassword(account("xss-dispatcher", Role.DISPATCHER, Set.of(DISTRICT), null));
        app.withPassword(account("xss-manager", Role.MANAGER, Set.of(DISTRICT), null));
        app.withPassword(account("xss-crew", Role.CREW, Set.of(), crewVehicle));
        app.withPassword(account("xss-admin", Role.ADMIN, Set.of(), null));
        app.withPassword(account("xss-reporter", Role.REPORTER, Set.of(DISTRICT), null));

        long planId = app.createPlan(DISTRICT, TODAY);
        app.solveToFirstVersion(planId, Duration.ofMinutes(2));
        app.publishFirstVersion(planId);
        // A second version, so that the manager page has two to compare and draws the data it shows.
        app.post("/api/plans/" + planId + "/solve", Map.of("fromVersion", 1));
        await("the second version").atMost(Duration.ofMinutes(2)).until(() -> {
            JsonNode plan = app.get("/api/plans/" + planId).json();
            return plan.get("versions").size() >= 2 && !plan.get("solving").asBoolean();
        });
        browser = Browser.start(app.baseUrl, 1400, 1000);
    }

    private static NewAccount account(String username, Role role, Set<String> districts, String vehicle) {
        return new NewAccount(username, PAYLOAD, role, districts, vehicle == null ? null : DISTRICT, vehicle, PASSWORD);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        app.close();
    }

    @Test
    void noMarkupFromDataBecomesAnElementOnAnyPageForAnyRole() {
        String crewPage = "/crew.html?district=" + DISTRICT + "&vehicle=" + crewVehicle + "&date=" + TODAY;
        String board = "/dispatcher.html?district=" + DISTRICT;
        String manager = "/manager.html?district=" + DISTRICT;
        Map<String, List<String>> pagesByAccount = Map.of(
                "xss-dispatcher", List.of(board, manager, crewPage),
                "xss-manager", List.of(manager),
                "xss-crew", List.of(crewPage),
                "xss-admin", List.of(board, manager, crewPage),
                // The start page sends every other role on to its own page: a reporter is the one who stays there.
                "xss-reporter", List.of("/index.html"));
        List<String> tooltipsSeen = new ArrayList<>();
        for (var entry : pagesByAccount.entrySet()) {
            browser.signIn(entry.getKey(), PASSWORD);
            for (String page : entry.getValue()) {
                browser.open(page);
                assertThat(browser.currentUrl())
                        .as("the page the account opened")
                        .contains(page);
                browser.find("header.top");
                if (!page.equals("/index.html")) {
                    browser.find(".leaflet-container .leaflet-map-pane");
                    browser.await(driver -> !driver.findElements(By.cssSelector(".leaflet-marker-icon"))
                            .isEmpty());
                }
                hoverEverything();
                String what = entry.getKey() + " on " + page;
                assertThat(browser.script("return document.querySelectorAll('img[src=\"x\"], b.injected').length"))
                        .as(what + ": elements made from data")
                        .isEqualTo(0L);
                assertThat(browser.script("return window.__xss === undefined"))
                        .as(what + ": a script ran")
                        .isEqualTo(true);
                @SuppressWarnings("unchecked")
                List<String> tooltips = (List<String>) browser.script(
                        "return Array.from(document.querySelectorAll('.leaflet-tooltip'), t => t.textContent)");
                tooltipsSeen.addAll(tooltips.stream()
                        .filter(text -> text.contains("onerror"))
                        .toList());
            }
        }
        assertThat(tooltipsSeen)
                .as("the tooltips were opened and show the markup as text")
                .isNotEmpty();
    }

    @Test
    void eachRoleSeesOnlyItsPagesAndACrewLandsOnItsOwnRoute() {
        browser.signIn("xss-crew", PASSWORD);
        assertThat(browser.currentUrl()).contains("/crew.html?district=" + DISTRICT + "&vehicle=" + crewVehicle);
        browser.find("header.top nav");
        assertThat(navigation()).containsExactly("/crew.html");
        browser.signIn("xss-manager", PASSWORD);
        assertThat(browser.currentUrl()).contains("/manager.html");
        browser.find("header.top nav");
        assertThat(navigation()).containsExactly("/manager.html");
        // A page another account left open sends the next one here with itself as the next page.
        browser.signOut();
        browser.open("/sign-in.html?next=%2Fcrew.html%3Fdistrict%3D" + DISTRICT);
        browser.find("#username").sendKeys("xss-manager");
        browser.find("#password").sendKeys(PASSWORD);
        browser.click("#sign-in");
        browser.await(driver -> !driver.getCurrentUrl().contains("/sign-in"));
        assertThat(browser.currentUrl())
                .as("a page the account may not use gives way to its own")
                .contains("/manager.html");
        browser.signIn("xss-dispatcher", PASSWORD);
        assertThat(browser.currentUrl()).contains("/dispatcher.html");
        browser.find("header.top nav");
        assertThat(navigation()).containsExactly("/dispatcher.html", "/crew.html", "/manager.html");
    }

    private static List<String> navigation() {
        return browser.await(driver -> {
            List<String> links = driver.findElements(By.cssSelector("header.top nav a")).stream()
                    .map(link -> link.getAttribute("href")
                            .replaceAll("^https?://[^/]+", "")
                            .replaceAll("\\?.*$", ""))
                    .toList();
            return links.isEmpty() ? null : links;
        });
    }

    /** Moves the mouse over the whole map (tooltips of streets and areas) and over every marker (stops, facilities). */
    private static void hoverEverything() {
        browser.script("document.querySelectorAll('.leaflet-marker-icon').forEach(marker =>"
                + " marker.dispatchEvent(new MouseEvent('mouseover', {bubbles: true})))");
        List<WebElement> maps = browser.driver.findElements(By.cssSelector(".leaflet-container"));
        if (maps.isEmpty()) {
            return;
        }
        WebElement map = maps.get(0);
        int width = map.getSize().getWidth();
        int height = map.getSize().getHeight();
        Actions mouse = new Actions(browser.driver);
        for (int row = 1; row < 10; row++) {
            for (int column = 1; column < 10; column++) {
                mouse.moveToElement(map, width * column / 10 - width / 2, height * row / 10 - height / 2);
            }
        }
        mouse.perform();
    }
}
