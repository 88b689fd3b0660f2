package city.sanitation.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import city.sanitation.app.AppInstance;
import city.sanitation.app.SampleData;
import city.sanitation.app.TestDatabase;
import city.sanitation.app.security.NewAccount;
import city.sanitation.app.security.Role;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The web UI in a real headless Chromium against the app on a real PostgreSQL: a dispatcher solves and publishes, a
 * crew marks a task done on the phone page, a manager compares two plan versions. Each test can also run alone: it
 * makes through the API what an earlier test would have left behind.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebUiIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private static final String DISTRICT = "pingcheng";

    private static AppInstance app;
    private static Browser browser;

    @RegisterExtension
    final ScreenshotOnFailure screenshots = new ScreenshotOnFailure(() -> browser);

    private static final String WEB_ADMIN = "web-admin";
    private static final String WEB_PASSWORD = "web admin password 1";

    @BeforeAll
    static void start() {
        // Long enough that a solve started from the board is still running while the test publishes and stops it,
        // also on a loaded machine.
        app = AppInstance.start(
                "spring.datasource.url=" + TestDatabase.freshDatabaseUrl("webui"), "sanitation.solver.time-limit=6s");
        var imported = app.post("/api/districts/" + DISTRICT + "/datasets", SampleData.smallDistrict(TODAY));
        assertThat(imported.status().value()).as(imported.body()).isEqualTo(201);
        app.withPassword(new NewAccount(WEB_ADMIN, "Web admin", Role.ADMIN, Set.of(), null, null, WEB_PASSWORD));
        browser = Browser.start(app.baseUrl, 1400, 1000);
        browser.signIn(WEB_ADMIN, WEB_PASSWORD);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        app.close();
    }

    @Test
    @Order(1)
    void dispatcherSolvesAndPublishes() {
        browser.open("/dispatcher.html?district=" + DISTRICT);
        browser.find("#map canvas");
        if (plans().isEmpty()) {
            browser.click("#new-plan");
            browser.await(driver ->
                    !new Select(driver.findElement(By.id("plan"))).getOptions().isEmpty());
        }
        long planId = plans().get(0);

        browser.click("#solve");
        browser.await(driver -> versions(planId).size() >= 1
                && !new Select(driver.findElement(By.id("version")))
                        .getOptions()
                        .isEmpty());
        browser.await(ExpectedConditions.elementToBeClickable(By.id("solve")));
        assertThat(browser.text("#score"))
                .as("the plan's verdict in words, not the raw score")
                .matches("(可行|不可行)( · .+)?");
        assertThat(Integer.parseInt(browser.text("#kpis dd[data-kpi=vehiclesUsed]")))
                .isPositive();
        assertThat(browser.driver.findElements(By.cssSelector("#map .stop.task")))
                .as("no stops numbered on the map before a route is chosen: all of them at once hide the streets")
                .isEmpty();

        // A route chosen in the list is highlighted in the timeline and its stops numbered on the map; a task chosen
        // in the timeline on the map.
        WebElement bar = widestTaskBar();
        String vehicleId = (String) browser.script("return arguments[0].closest('.row').dataset.vehicle", bar);
        browser.find("#routes li[data-vehicle='" + vehicleId + "'] button").click();
        List<WebElement> numbered = browser.driver.findElements(By.cssSelector("#map .stop.task"));
        assertThat(numbered).as("the chosen route's numbered stops").isNotEmpty();
        assertThat(numbered)
                .as("only the chosen route's stops are numbered")
                .allSatisfy(stop -> assertThat(stop.getAttribute("title")).startsWith(vehicleId + " #"));
        assertThat(browser.find("#timeline .row.selected").getAttribute("data-vehicle"))
                .isEqualTo(vehicleId);
        assertThat(browser.find("#routes li.selected").getAttribute("data-vehicle"))
                .isEqualTo(vehicleId);
        browser.script("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", bar);
        browser.await(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#map .stop.task.selected")));
        assertThat(browser.find("#route-detail .stop-row.selected").getAttribute("data-task"))
                .isEqualTo(bar.getAttribute("data-task"));
        assertThat(browser.find("#timeline svg").getAttribute("role"))
                .as("a timeline with focusable bars is a group, not an image")
                .isEqualTo("group");
        assertThat(browser.find("#map .legend").getAttribute("aria-label")).isEqualTo("图例");
        browser.script("document.getElementById('side').scrollTop = 0");
        new Actions(browser.driver).moveToElement(browser.find("header.top")).perform();
        browser.screenshot("dispatcher-board");

        breakdownTimesFallInTheVehiclesShift(planId, shownVersion());

        // Publishing while solving runs asks first, and says why; stopping shows at once until the job finishes.
        browser.click("#solve");
        browser.await(ExpectedConditions.elementToBeClickable(By.id("stop")));
        browser.script(
                "window.realConfirm = window.confirm; window.confirms = [];"
                        + " window.confirm = (message) => { window.confirms.push(message); return false; };"
                        + " window.statuses = []; new MutationObserver(() => window.statuses.push("
                        + "document.getElementById('solve-status').textContent))"
                        + ".observe(document.getElementById('solve-status'), {childList: true, characterData: true, subtree: true});");
        int proposed = shownVersion();
        browser.click("#publish");
        @SuppressWarnings("unchecked")
        List<String> confirms = (List<String>) browser.script("return window.confirms");
        assertThat(confirms).hasSize(1);
        assertThat(confirms.get(0)).contains("v" + proposed).contains("求解仍在进行");
        assertThat(browser.text("#publish-warning")).contains("求解仍在进行");
        browser.screenshot("dispatcher-publish-while-solving");
        assertThat(status(planId, proposed))
                .as("not published when the dispatcher says no")
                .isNotEqualTo("PUBLISHED");
        browser.click("#stop");
        assertThat(browser.find("#stop").isEnabled()).isFalse();
        browser.await(ExpectedConditions.elementToBeClickable(By.id("solve")));
        @SuppressWarnings("unchecked")
        List<String> statuses =
                (List<String>) browser.script("window.confirm = window.realConfirm; return window.statuses");
        assertThat(statuses).as("the board says it is stopping, then idle").contains("正在停止…");
        assertThat(statuses.get(statuses.size() - 1)).isEqualTo("空闲");
        assertThat(statuses.indexOf("正在停止…")).isLessThan(statuses.lastIndexOf("空闲"));

        // An infeasible version still asks before it goes out: the test says yes then.
        boolean warned = browser.driver.findElement(By.id("publish-warning")).isDisplayed();
        browser.click("#publish");
        if (warned) {
            browser.await(ExpectedConditions.alertIsPresent()).accept();
        }
        browser.await(ExpectedConditions.attributeContains(By.id("version-status"), "class", "published"));
        int shown = shownVersion();
        assertThat(status(planId, shown)).isEqualTo("PUBLISHED");
    }

    /**
     * The breakdown form gives a clock time; the board sends the date-time inside the chosen vehicle's shift: on a
     * night shift from 22:00 the evening before, 23:30 is that evening and 02:00 the plan's own day. The request is
     * caught in the page, so the plan is left as it was.
     */
    private static void breakdownTimesFallInTheVehiclesShift(long planId, int version) {
        JsonNode night = null;
        JsonNode day = null;
        for (JsonNode row : app.get("/api/plans/" + planId + "/versions/" + version + "/timeline")
                .json()
                .get("rows")) {
            boolean overnight = !row.get("shiftStart")
                    .asText()
                    .substring(0, 10)
                    .equals(row.get("shiftEnd").asText().substring(0, 10));
            if (overnight && night == null) {
                night = row;
            } else if (!overnight && day == null) {
                day = row;
            }
        }
        assertThat(night).as("the sample district has a night shift").isNotNull();
        assertThat(day).as("the sample district has a day shift").isNotNull();
        browser.script("window.realFetch = window.fetch; window.breakdowns = [];"
                + " window.fetch = (url, init) => { if (!String(url).endsWith('/breakdowns')) return window.realFetch(url, init);"
                + " const body = JSON.parse(init.body); window.breakdowns.push(body);"
                + " return Promise.resolve(new Response(JSON.stringify({vehicleId: body.vehicleId, solving: false}),"
                + " {status: 202, headers: {'Content-Type': 'application/json'}})); };");
        try {
            LocalDateTime nightStart =
                    LocalDateTime.parse(night.get("shiftStart").asText());
            assertThat(sentBreakdown(night, "23:30"))
                    .isEqualTo(nightStart.toLocalDate().atTime(23, 30));
            assertThat(sentBreakdown(night, "02:00"))
                    .isEqualTo(nightStart.toLocalDate().plusDays(1).atTime(2, 0));
            LocalDateTime dayStart = LocalDateTime.parse(day.get("shiftStart").asText());
            LocalDateTime inDay = dayStart.plusHours(1);
            assertThat(sentBreakdown(day, inDay.toLocalTime().toString())).isEqualTo(inDay);
        } finally {
            browser.script("window.fetch = window.realFetch;");
        }
    }

    private static LocalDateTime sentBreakdown(JsonNode row, String clock) {
        String vehicleId = row.get("vehicleId").asText();
        new Select(browser.find("#breakdown-vehicle")).selectByValue(vehicleId);
        browser.script(
                "const input = document.getElementById('breakdown-time'); input.value = arguments[0];"
                        + " input.dispatchEvent(new Event('input'));",
                clock);
        int before = ((Number) browser.script("return window.breakdowns.length")).intValue();
        browser.click("#breakdown");
        browser.await(driver -> ((Number) browser.script("return window.breakdowns.length")).intValue() > before);
        @SuppressWarnings("unchecked")
        Map<String, Object> sent =
                (Map<String, Object>) browser.script("return window.breakdowns[window.breakdowns.length - 1]");
        assertThat(sent.get("vehicleId")).isEqualTo(vehicleId);
        LocalDateTime at = LocalDateTime.parse((String) sent.get("at"));
        assertThat(at)
                .as("%s at %s in its shift %s–%s", vehicleId, clock, row.get("shiftStart"), row.get("shiftEnd"))
                .isBetween(
                        LocalDateTime.parse(row.get("shiftStart").asText()),
                        LocalDateTime.parse(row.get("shiftEnd").asText()));
        // The words are DispatcherBoardIT's; the date-time they say is the one sent.
        assertThat(browser.find("#breakdown-when").getAttribute("data-at")).isEqualTo(at.toString());
        return at;
    }

    private static int shownVersion() {
        return Integer.parseInt(new Select(browser.driver.findElement(By.id("version")))
                .getFirstSelectedOption()
                .getAttribute("value"));
    }

    @Test
    @Order(6)
    void theReasonsForUndoneWorkAreShownInChinese() throws InterruptedException {
        String district = "reasons";
        app.post("/api/districts/" + district + "/datasets", SampleData.smallDistrict(TODAY));
        // The ledger takes only equipment the district's vehicles carry: the loader trucks have the day off.
        var admin = app.as(new NewAccount("reasons-admin", "Reasons admin", Role.ADMIN, Set.of(), null, null, null));
        for (JsonNode vehicle :
                app.get("/api/districts/" + district + "/vehicles").json()) {
            if (vehicle.path("skills").toString().contains("\"loader\"")) {
                var off = admin.put(
                        "/api/districts/" + district + "/vehicles/"
                                + vehicle.get("id").asText() + "/days-off/" + TODAY,
                        Map.of("reason", "maintenance"));
                assertThat(off.status().value()).as(off.body()).isLessThan(300);
            }
        }
        var report = app.post(
                "/api/districts/" + district + "/blind-spots",
                Map.of(
                        "id",
                        "bs-loader",
                        "lon",
                        113.3,
                        "lat",
                        40.09,
                        "category",
                        "BULKY_WASTE",
                        "volumeM3",
                        2,
                        "priority",
                        "HIGH",
                        "source",
                        "PATROL",
                        "reportedBy",
                        "patrol-7",
                        "equipment",
                        List.of("loader")));
        assertThat(report.status().value()).as(report.body()).isEqualTo(201);
        long planId = app.createPlan(district, TODAY);
        app.solveToFirstVersion(planId, Duration.ofSeconds(60));
        String reason = null;
        for (JsonNode undone : app.firstVersion(planId).get("unassigned")) {
            if (undone.get("taskId").asText().equals("bs-loader")) {
                reason = undone.get("reason").asText();
            }
        }
        assertThat(reason).as("the solver's own words").startsWith("no GARBAGE_PICKUP crew has loader");

        browser.open("/dispatcher.html?district=" + district + "&lang=zh");
        browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("unassigned"), "loader"));
        assertThat(browser.text("#unassigned"))
                .contains("没有配备 loader 的垃圾清运班组")
                .contains("大件垃圾 · ")
                .doesNotContain("crew has");
        browser.screenshot("dispatcher-undone-reason");
        browser.open("/dispatcher.html?district=" + district + "&lang=en");
        browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("unassigned"), "crew has loader"));
        browser.open("/dispatcher.html?district=" + DISTRICT + "&lang=zh");
    }

    @Test
    @Order(2)
    void theBoardsMapIsDrawnFromTheDistrictsOwnData() {
        JsonNode basemap = app.get("/api/districts/" + DISTRICT + "/basemap").json();
        java.util.Set<String> layers = new java.util.TreeSet<>();
        java.util.Set<String> roadClasses = new java.util.TreeSet<>();
        basemap.get("features").forEach(feature -> {
            layers.add(feature.at("/properties/layer").asText());
            if (feature.at("/properties/layer").asText().equals("street")) {
                roadClasses.add(feature.at("/properties/roadClass").asText());
                assertThat(feature.at("/geometry/type").asText()).isEqualTo("LineString");
            }
        });
        assertThat(layers).contains("street", "subdistrict", "grid", "depot", "hydrant", "transferStation");
        assertThat(roadClasses).contains("main", "secondary");
        assertThat(basemap.get("bbox")).hasSize(4);
    }

    @Test
    @Order(3)
    void dispatcherPlacesANewBlindSpotOnTheMap() {
        long planId = publishedPlan();
        browser.open("/dispatcher.html?district=" + DISTRICT + "&plan=" + planId);
        browser.find("#routes li");
        browser.click("#place-report");
        browser.find("#placing-hint");
        new Actions(browser.driver)
                .moveToElement(browser.find("#map"), 60, -80)
                .click()
                .perform();
        browser.find("#report-form");
        new Select(browser.find("#report-priority")).selectByValue("URGENT");
        new Select(browser.find("#report-source")).selectByValue("GRID_WORKER");
        browser.find("#report-photo").sendKeys("photo-2024-17");
        WebElement description = browser.find("#report-description");
        description.sendKeys("browser test pile");
        assertThat(LocalDateTime.parse(browser.find("#report-time").getAttribute("value")))
                .as("the report time starts at the district's now")
                .isCloseTo(
                        LocalDateTime.now(ZoneId.of("Asia/Shanghai")),
                        org.assertj.core.api.Assertions.within(2, java.time.temporal.ChronoUnit.MINUTES));
        // Entered later than seen: yesterday evening's report, so that today's plan can take it whatever the hour.
        String seenAt = TODAY.minusDays(1) + "T18:30";
        ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                .executeScript("arguments[0].value = arguments[1];", browser.find("#report-time"), seenAt);
        browser.click("#submit-report");
        browser.find("#propose");

        JsonNode reported = null;
        for (JsonNode spot :
                app.get("/api/districts/" + DISTRICT + "/blind-spots").json()) {
            if ("browser test pile".equals(spot.path("description").asText())) {
                reported = spot;
            }
        }
        assertThat(reported).as("the report reached the ledger").isNotNull();
        assertThat(reported.get("priority").asText()).isEqualTo("URGENT");
        assertThat(reported.get("source").asText()).isEqualTo("GRID_WORKER");
        assertThat(reported.get("photoRef").asText()).isEqualTo("photo-2024-17");
        assertThat(reported.get("reportedAt").asText()).startsWith(seenAt);
        assertThat(browser.find("#map .new-report")).isNotNull();

        browser.click("#propose");
        List<WebElement> proposals =
                browser.await(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#proposals li"), 0));
        assertThat(proposals.get(0).getText()).contains("序位");
        // Each proposal is drawn: its rank at the route's stop before it, a detour through the report.
        assertThat(browser.driver.findElements(By.cssSelector("#map .proposal-marker")))
                .hasSize(proposals.size());
        assertThat(browser.driver.findElements(By.cssSelector("#map path.proposal-line")))
                .hasSize(proposals.size());
        int chosen = proposals.size() - 1;
        String chosenVehicle = proposals.get(chosen).getAttribute("data-vehicle");
        proposals.get(chosen).findElement(By.tagName("button")).click();
        // Present, not necessarily on screen: a detour to the route's end may start at a depot at the map's edge.
        WebElement chosenMarker = browser.await(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("#map .proposal-marker.chosen")));
        assertThat(chosenMarker.getAttribute("data-rank")).isEqualTo(String.valueOf(chosen + 1));
        assertThat(chosenMarker.getAttribute("data-vehicle")).isEqualTo(chosenVehicle);
        assertThat(browser.find("#timeline .row.selected").getAttribute("data-vehicle"))
                .isEqualTo(chosenVehicle);
        assertThat(browser.text("#insert-report"))
                .as("the insert says the solver picks the place")
                .contains("求解器");
        browser.screenshot("dispatcher-new-blind-spot");

        int versionsBefore = versions(planId).size();
        browser.click("#insert-report");
        String reportId = reported.get("id").asText();
        browser.await(driver -> versions(planId).size() > versionsBefore);
        browser.await(ExpectedConditions.elementToBeClickable(By.id("solve")));
        int newest = versions(planId).size();
        boolean placed = false;
        for (JsonNode route :
                app.get("/api/plans/" + planId + "/versions/" + newest).json().get("routes")) {
            for (JsonNode stop : route.get("stops")) {
                placed |= reportId.equals(stop.path("taskId").asText());
            }
        }
        assertThat(placed).as("the new version clears the report").isTrue();
    }

    @Test
    @Order(4)
    void crewMarksATaskDoneOnThePhone() {
        long planId = publishedPlan();
        JsonNode route = routeWithTasks(planId);
        String vehicleId = route.get("vehicleId").asText();
        browser.driver.manage().window().setSize(new Dimension(412, 915));
        try {
            browser.open("/crew.html?district=" + DISTRICT + "&vehicle=" + vehicleId + "&date=" + TODAY);
            String block = browser.find("#next[data-block]").getAttribute("data-block");
            String taskId = block;
            assertThat(browser.find("#print-sheet").getAttribute("href")).contains("/route-sheet?date=" + TODAY);

            // Done in one tap, with a moment to take it back: undone, the block is open again and nothing is sent.
            browser.click("#block-done");
            browser.await(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#finished-blocks li[data-block='" + block + "']")));
            assertThat(browser.text("#undo")).contains("撤销");
            browser.click("#undo-done");
            assertThat(browser.find("#next").getAttribute("data-block")).isEqualTo(block);
            assertThat(browser.script("return localStorage.getItem('crew-report-queue')"))
                    .as("the report taken off the phone's queue")
                    .isEqualTo("[]");
            assertThat(app.get("/api/districts/" + DISTRICT + "/crews/" + vehicleId + "/route?date=" + TODAY)
                            .json()
                            .at("/progress/" + taskId)
                            .asText())
                    .isNotEqualTo("DONE");
            browser.click("#block-done");
            browser.await(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#finished-blocks li[data-block='" + block + "']")));
            // Shown done at once; recorded when the phone's queue has sent it, once the moment for Undo has passed.
            browser.await(driver -> "DONE"
                            .equals(app.get("/api/districts/" + DISTRICT + "/crews/" + vehicleId + "/route?date="
                                            + TODAY)
                                    .json()
                                    .at("/progress/" + taskId)
                                    .asText())
                    ? true
                    : null);
            assertThat(browser.driver.findElements(
                            By.cssSelector("#finished-blocks li[data-block='" + block + "'] button")))
                    .as("a done block offers no more buttons")
                    .isEmpty();
            browser.screenshot("crew-route");

            // A dispatcher publishes another version: the phone, opened again, says the route changed until seen.
            publishAnotherVersion(planId);
            browser.open("/crew.html?district=" + DISTRICT + "&vehicle=" + vehicleId + "&date=" + TODAY);
            assertThat(browser.text("#route-changed")).contains("路线已于").contains("请查看");
            browser.screenshot("crew-route-changed");
            browser.click("#route-changed-seen");
            browser.await(ExpectedConditions.invisibilityOfElementLocated(By.id("route-changed")));
            browser.open("/crew.html?district=" + DISTRICT + "&vehicle=" + vehicleId + "&date=" + TODAY);
            browser.find("#next[data-block]");
            assertThat(browser.driver.findElement(By.id("route-changed")).isDisplayed())
                    .as("seen once, the change is not announced again")
                    .isFalse();
        } finally {
            browser.driver.manage().window().setSize(new Dimension(1400, 1000));
        }
    }

    @Test
    @Order(5)
    void managerComparesTwoPlanVersions() throws InterruptedException {
        long planId = publishedPlan();
        if (versions(planId).size() < 2) {
            var run = app.post("/api/plans/" + planId + "/solve", Map.of("fromVersion", 1));
            assertThat(run.status().value()).as(run.body()).isEqualTo(202);
            AppInstance.await(
                    "a second version",
                    Duration.ofSeconds(60),
                    () -> versions(planId).size() >= 2);
        }
        browser.open("/manager.html?district=" + DISTRICT + "&left=" + planId + "v1&right=" + planId + "v2");
        browser.find("#kpi-table tbody tr");
        browser.click("#compare");
        assertThat(browser.text("#kpi-table thead")).contains("v1").contains("v2");
        // The table and charts are redrawn as the comparison's answers come in: each check reads them afresh.
        List<String> driven = browser.await(driver -> {
            List<String> texts = driver
                    .findElement(By.cssSelector("#kpi-table tr[data-kpi=kmDriven]"))
                    .findElements(By.tagName("td"))
                    .stream()
                    .map(WebElement::getText)
                    .toList();
            return texts.size() == 3 ? texts : null;
        });
        assertThat(driven.get(2)).matches("[+-]?[\\d.,]+");
        // The realism figures: washing's deadhead per km washed and each vehicle type's utilisation.
        assertThat(browser.text("#kpi-table tr[data-kpi=washingDeadheadKmPerKmWashed] th"))
                .isEqualTo("冲洗车空驶比 (空驶km/冲洗km)");
        assertThat(browser.text("#kpi-table tr[data-kpi=washingDeadheadKmPerKmWashed] td"))
                .matches("[\\d.,]+");
        List<String> vehicleTypes = browser.await(
                driver -> driver.findElements(By.cssSelector("#kpi-table tr[data-kpi=utilisationPercent]")).stream()
                        .map(row -> row.getAttribute("data-vehicle-type"))
                        .toList());
        assertThat(vehicleTypes).contains("wash-sweeper");
        // One quantity or unit per chart, the unit in its title.
        Boolean chartsTitledWithTheirUnits = browser.await(driver -> {
            List<WebElement> charts = driver.findElements(By.cssSelector("#charts figure.chart"));
            return charts.size() == 8
                    && charts.stream().allMatch(chart -> {
                        String unit = chart.getAttribute("data-unit");
                        return unit != null
                                && !unit.isBlank()
                                && chart.findElement(By.tagName("svg"))
                                        .getAttribute("aria-label")
                                        .contains("(" + unit + ")");
                    });
        });
        assertThat(chartsTitledWithTheirUnits).isTrue();
        assertThat(Stream.of("left-plan", "left-version", "right-plan", "right-version")
                        .map(id -> browser.find("#" + id).getAttribute("aria-label"))
                        .distinct())
                .as("each dropdown has its own accessible name")
                .hasSize(4);
        assertThat(browser.driver.findElements(By.cssSelector("#area-map .area-label")))
                .as("subdistricts labelled with their tasks")
                .isNotEmpty();
        assertThat(browser.text("#nightly-schedule")).contains("每天18:00");

        browser.screenshot("manager-comparison");

        // The language switch turns the whole page into English.
        new Select(browser.find("#language")).selectByValue("en");
        assertThat(browser.text("#kpi-table tr[data-kpi=kmDriven] th")).isEqualTo("Driven (km)");
        assertThat(browser.text("header nav a.active")).isEqualTo("Manager view");
        assertThat(browser.find("#left-version").getAttribute("aria-label")).isEqualTo("Left (baseline) version");
        assertThat(browser.find("#charts figure.chart svg").getAttribute("aria-label"))
                .isEqualTo("Distance (km)");
        assertThat(browser.text("#kpi-table tr[data-kpi=washingDeadheadKmPerKmWashed] th"))
                .isEqualTo("Washing deadhead (km per km washed)");
        assertThat(browser.text("#kpi-table tr[data-kpi=utilisationPercent][data-vehicle-type=wash-sweeper] th"))
                .isEqualTo("Utilisation (%) · wash-sweeper");
        new Select(browser.find("#language")).selectByValue("zh");

        // On a phone the figures stay inside their panel, the longest labels wrapped.
        browser.driver.manage().window().setSize(new Dimension(412, 915));
        try {
            browser.script("document.querySelector('#kpi-table tr[data-kpi=washingDeadheadKmPerKmWashed]')"
                    + ".scrollIntoView()");
            Boolean fits = (Boolean) browser.script("const table = document.getElementById('kpi-table');"
                    + " return table.getBoundingClientRect().right"
                    + " <= table.closest('.panel').getBoundingClientRect().right + 1;");
            assertThat(fits).as("the figures table fits a phone's width").isTrue();
            browser.screenshot("manager-comparison-phone");
        } finally {
            browser.driver.manage().window().setSize(new Dimension(1400, 1000));
        }
    }

    @Test
    @Order(6)
    void managerSeesThatADistrictsNightlyScheduleIsNotRegistered() {
        String district = "broken";
        if (app.get("/api/districts/" + district).status().value() == 404) {
            var imported = app.post("/api/districts/" + district + "/datasets", SampleData.smallDistrict(TODAY));
            assertThat(imported.status().value()).as(imported.body()).isEqualTo(201);
        }
        // As an older version or a hand edit stored it; the API refuses it.
        app.jdbc()
                .sql("UPDATE district SET nightly_cron = '0 0 0 30 2 ?' WHERE id = ?")
                .param(district)
                .update();

        browser.open("/manager.html?district=" + district);
        assertThat(browser.text("#nightly-problem")).isEqualTo("夜间计划未登记：该时间表永远不会触发 (0 0 0 30 2 ?)");
        assertThat(browser.find("#nightly-problem").getAttribute("title")).contains("never fires");

        new Select(browser.find("#language")).selectByValue("en");
        browser.await(driver -> driver.findElement(By.id("nightly-problem"))
                .getText()
                .equals("Nightly re-planning not scheduled: the schedule never fires (0 0 0 30 2 ?)"));
        new Select(browser.find("#language")).selectByValue("zh");

        browser.open("/manager.html?district=" + DISTRICT);
        browser.find("#nightly-schedule button");
        assertThat(browser.driver.findElement(By.id("nightly-problem")).isDisplayed())
                .isFalse();
    }

    private static WebElement widestTaskBar() {
        return (WebElement) browser.script("return [...document.querySelectorAll('#timeline .bar.task')]"
                + ".sort((a, b) => b.getBBox().width - a.getBBox().width)[0];");
    }

    private static List<Long> plans() {
        List<Long> ids = new java.util.ArrayList<>();
        app.get("/api/districts/" + DISTRICT + "/plans")
                .json()
                .forEach(plan -> ids.add(plan.get("id").asLong()));
        return ids;
    }

    private static List<JsonNode> versions(long planId) {
        List<JsonNode> versions = new java.util.ArrayList<>();
        app.get("/api/plans/" + planId + "/versions").json().forEach(versions::add);
        return versions;
    }

    private static String status(long planId, int version) {
        return versions(planId).stream()
                .filter(v -> v.get("version").asInt() == version)
                .findFirst()
                .orElseThrow()
                .get("status")
                .asText();
    }

    /** Publishes a version of the plan other than its published one, solving one more when there is none. */
    private static void publishAnotherVersion(long planId) {
        try {
            int count = versions(planId).size();
            if (versions(planId).stream()
                    .allMatch(v -> "PUBLISHED".equals(v.get("status").asText()))) {
                app.post("/api/plans/" + planId + "/solve", Map.of());
                AppInstance.await(
                        "another version",
                        Duration.ofSeconds(60),
                        () -> versions(planId).size() > count
                                && !app.get("/api/plans/" + planId)
                                        .json()
                                        .get("solving")
                                        .asBoolean());
            }
            int other = versions(planId).stream()
                    .filter(v -> !"PUBLISHED".equals(v.get("status").asText()))
                    .findFirst()
                    .orElseThrow()
                    .get("version")
                    .asInt();
            var published = app.post("/api/plans/" + planId + "/versions/" + other + "/publish", Map.of());
            assertThat(published.status().value()).as(published.body()).isEqualTo(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The plan of today with a published version, made through the API when no earlier test made one. */
    private static long publishedPlan() {
        try {
            if (plans().isEmpty()) {
                app.post("/api/districts/" + DISTRICT + "/plans", Map.of("date", TODAY.toString()));
            }
            long planId = plans().get(0);
            if (versions(planId).isEmpty()) {
                app.post("/api/plans/" + planId + "/solve", Map.of());
                AppInstance.await(
                        "a first version",
                        Duration.ofSeconds(60),
                        () -> !versions(planId).isEmpty());
            }
            if (versions(planId).stream()
                    .noneMatch(v -> "PUBLISHED".equals(v.get("status").asText()))) {
                app.post("/api/plans/" + planId + "/versions/1/publish", Map.of());
            }
            return planId;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    @Order(7)
    void theBoardShowsWhatWasSetAsideWithItsReason() throws InterruptedException {
        String district = "setaside";
        app.post("/api/districts/" + district + "/datasets", SampleData.smallDistrict(TODAY));
        // As an older version let it in: a report in the Gulf of Guinea, far from every street of the district.
        app.jdbc()
                .sql("INSERT INTO blind_spot (id, district_id, lon, lat, category, volume_m3, priority, source,"
                        + " reported_at, deadline, status, reported_by) VALUES ('gulf-of-guinea', ?, 0, 0,"
                        + " 'HOUSEHOLD_GARBAGE', 1.5, 'HIGH', 'RESIDENT_HOTLINE', ?, ?, 'REPORTED', 'older version')")
                .params(district, TODAY.atTime(7, 0), TODAY.atTime(20, 0))
                .update();
        long planId = app.createPlan(district, TODAY);
        app.solveToFirstVersion(planId, Duration.ofSeconds(60));

        browser.open("/dispatcher.html?district=" + district + "&plan=" + planId + "&lang=en");
        browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("set-aside"), "gulf-of-guinea"));
        assertThat(browser.text("#set-aside-title")).isEqualTo("Set aside: 1");
        assertThat(browser.text("#set-aside"))
                .contains("Blind spot gulf-of-guinea")
                .contains("km from the nearest street segment")
                .contains("Maybe correct its location or reject the report");
        assertThat(browser.text("#kpis dd[data-kpi=setAside]")).isEqualTo("1");
        browser.screenshot("dispatcher-set-aside");
        browser.open("/dispatcher.html?district=" + district + "&plan=" + planId + "&lang=zh");
        browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("set-aside-title"), "已搁置: 1"));
        assertThat(browser.text("#set-aside"))
                .contains("垃圾死角 gulf-of-guinea")
                .contains("距最近的道路路段")
                .contains("可更正其位置或驳回该上报")
                .doesNotContain("Maybe");
    }

    @Test
    @Order(8)
    void dispatcherRejectsAReportFromTheLedgerWithAReason() {
        String reports = "/api/districts/" + DISTRICT + "/blind-spots";
        JsonNode known = app.get(reports).json().get(0);
        var filed = app.post(
                reports,
                Map.of(
                        "id", "bs-web-reject",
                        "lon", known.get("lon").asDouble(),
                        "lat", known.get("lat").asDouble(),
                        "category", "BULKY_WASTE",
                        "volumeM3", 1.0,
                        "priority", "LOW",
                        "source", "RESIDENT_HOTLINE",
                        "reportedBy", "hotline"));
        assertThat(filed.status().value()).as(filed.body()).isEqualTo(201);
        browser.open("/dispatcher.html?district=" + DISTRICT);
        String item = "#ledger li[data-report='bs-web-reject']";
        browser.click(item + " button[data-action=reject]");
        browser.find(item + " .ledger-reason").sendKeys("一辆停放的自行车，不是垃圾");
        browser.click(item + " .ledger-step button[data-action=confirm]");
        assertThat(browser.text("#ledger li.rejected[data-report='bs-web-reject'] .reason"))
                .contains("一辆停放的自行车，不是垃圾");
        assertThat(browser.text("#ledger li.rejected[data-report='bs-web-reject']"))
                .contains("已驳回");
        JsonNode rejected = app.get(reports + "/bs-web-reject").json();
        assertThat(rejected.get("status").asText()).isEqualTo("REJECTED");
        assertThat(rejected.get("reason").asText()).isEqualTo("一辆停放的自行车，不是垃圾");
    }

    private static JsonNode routeWithTasks(long planId) {
        int version = versions(planId).stream()
                .filter(v -> "PUBLISHED".equals(v.get("status").asText()))
                .findFirst()
                .orElseThrow()
                .get("version")
                .asInt();
        for (JsonNode route :
                app.get("/api/plans/" + planId + "/versions/" + version).json().get("routes")) {
            for (JsonNode stop : route.get("stops")) {
                if ("TASK".equals(stop.get("kind").asText())) {
                    return route;
                }
            }
        }
        throw new AssertionError("The published plan has no route with a task.");
    }

    @Test
    @Order(9)
    void dispatcherReadsTheScoreAsATableOfRulesAndFollowsALineToItsTasks() {
        long planId = publishedPlan();
        browser.driver.manage().window().setSize(new Dimension(1280, 900));
        try {
            for (String language : List.of("en", "zh")) {
                browser.open("/dispatcher.html?district=" + DISTRICT + "&plan=" + planId + "&lang=" + language);
                browser.await(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#rules tr.rule-row")));
                String rules = browser.text("#rules");
                assertThat(rules).doesNotContainPattern("-?\\d+(hard|medium|soft)");
                assertThat(browser.text("#score")).doesNotContainPattern("\\d+(hard|medium|soft)");
                assertThat(new Select(browser.find("#version")).getOptions())
                        .as("the version list says the verdict, not the raw score")
                        .allSatisfy(option -> assertThat(option.getText()).doesNotContain("hard/"));
                if (language.equals("zh")) {
                    assertThat(browser.text("#score")).matches("(可行|不可行)( · .+)?");
                    assertThat(rules)
                            .as("worded from the catalogue: no English sentence")
                            .contains("费用 ¥")
                            .doesNotContainPattern("[A-Za-z]{3,}");
                } else {
                    assertThat(browser.text("#score")).matches("(feasible|infeasible)( · .+)?");
                    assertThat(rules).contains("cost ¥").contains("Driving and working cost");
                }

                // A line with a task in a route shows that task: chosen in the route's stops and on the map.
                WebElement line = browser.find("#rules tr.rule-row[data-first-assigned] button.rule-effect");
                String task = (String) browser.script("return arguments[0].closest('tr').dataset.firstTask", line);
                line.click();
                browser.await(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("#route-detail .stop-row.selected[data-task='" + task + "']")));
                assertThat(browser.find("#rules tr.rule-tasks button[data-task='" + task + "']")
                                .isDisplayed())
                        .isTrue();
                assertThat(line.getAttribute("aria-expanded")).isEqualTo("true");
                browser.script("document.getElementById('side').scrollTop = 0");
                browser.screenshot(language.equals("zh") ? "dispatcher-1280" : "dispatcher-1280-en");
            }
        } finally {
            browser.driver.manage().window().setSize(new Dimension(1400, 1000));
        }
    }
}
