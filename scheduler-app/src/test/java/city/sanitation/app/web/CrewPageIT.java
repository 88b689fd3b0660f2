package city.sanitation.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import city.sanitation.app.AppInstance;
import city.sanitation.app.SampleData;
import city.sanitation.app.TestDatabase;
import city.sanitation.app.security.NewAccount;
import city.sanitation.app.security.Role;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The crew's phone page in a real headless Chromium: a crew works through its route block by block (one Start and one
 * Done for a whole street), loses the network, reports on, and sees each report sent once when the network is back;
 * the page fits a phone and a desktop in both languages and shows a crew nothing it cannot act on.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CrewPageIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private static final String DISTRICT = "pingcheng";
    private static final String PASSWORD = "crew page password 1";

    private static AppInstance app;
    private static Browser browser;
    /** Vehicles of the published plan with the most tasks, most first: one per test that reports. */
    private static final List<String> vehicles = new ArrayList<>();

    @RegisterExtension
    final ScreenshotOnFailure screenshots = new ScreenshotOnFailure(() -> browser);

    @BeforeAll
    static void start() {
        app = AppInstance.start(
                "spring.datasource.url=" + TestDatabase.freshDatabaseUrl("crewpage"),
                "sanitation.solver.time-limit=4s");
        var imported = app.post("/api/districts/" + DISTRICT + "/datasets", SampleData.smallDistrict(TODAY));
        assertThat(imported.status().value()).as(imported.body()).isEqualTo(201);
        long planId = app.createPlan(DISTRICT, TODAY);
        app.solveToFirstVersion(planId, Duration.ofMinutes(2));
        app.publishFirstVersion(planId);
        List<JsonNode> routes = new ArrayList<>();
        app.firstVersion(planId).get("routes").forEach(routes::add);
        routes.stream()
                .sorted(Comparator.comparingLong((JsonNode route) -> StreamSupport.stream(
                                        route.get("stops").spliterator(), false)
                                .filter(stop -> "TASK".equals(stop.get("kind").asText()))
                                .count())
                        .reversed())
                .map(route -> route.get("vehicleId").asText())
                .forEach(vehicles::add);
        for (int i = 0; i < 4; i++) {
            app.withPassword(
                    new NewAccount("crew-" + i, "班组 " + i, Role.CREW, Set.of(), DISTRICT, vehicles.get(i), PASSWORD));
        }
        // Two crews of one truck, sharing its phone.
        for (String shift : List.of("4a", "4b")) {
            app.withPassword(new NewAccount(
                    "crew-" + shift, "班组 " + shift, Role.CREW, Set.of(), DISTRICT, vehicles.get(4), PASSWORD));
        }
        browser = Browser.start(app.baseUrl, 1280, 900);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        app.close();
    }

    @Test
    void oneReportCoversAWholeStreetAndRepeatingItChangesNothing() {
        String vehicle = vehicles.get(2);
        String crew = "/api/districts/" + DISTRICT + "/crews/" + vehicle;
        JsonNode route = app.get(crew + "/route?date=" + TODAY).json();
        List<String> inBlocks = new ArrayList<>();
        route.get("blocks").forEach(block -> block.get("taskIds").forEach(id -> inBlocks.add(id.asText())));
        List<String> inStops = new ArrayList<>();
        route.at("/route/stops").forEach(stop -> {
            if (stop.hasNonNull("taskId")) {
                inStops.add(stop.get("taskId").asText());
            }
        });
        assertThat(inBlocks).as("every task in one block, in the route's order").isEqualTo(inStops);
        JsonNode street = StreamSupport.stream(route.get("blocks").spliterator(), false)
                .max(Comparator.comparingInt(block -> block.get("taskIds").size()))
                .orElseThrow();
        if ("STREET_PASS".equals(street.get("kind").asText())) {
            assertThat(street.get("lengthM").asLong()).isPositive();
        }
        List<String> tasks = new ArrayList<>();
        street.get("taskIds").forEach(id -> tasks.add(id.asText()));
        String url = crew + "/blocks/" + street.get("id").asText() + "/done?date=" + TODAY + "&planVersionId="
                + route.get("planVersionId").asLong();

        var underAnother = app.post(url + "&reportedBy=crew-9", "");
        assertThat(underAnother.status().value())
                .as("a report kept for another account is not recorded under this one: " + underAnother.body())
                .isEqualTo(409);
        assertThat(rows(tasks, "STARTED")).isZero();

        var done = app.post(url, "");
        assertThat(done.status().value()).as(done.body()).isEqualTo(200);
        assertThat(rows(tasks, "STARTED")).as("started on the way").isEqualTo(tasks.size());
        assertThat(rows(tasks, "DONE")).isEqualTo(tasks.size());
        var again = app.post(url, "");
        assertThat(again.status().value())
                .as("a phone sending again after a lost answer: " + again.body())
                .isEqualTo(200);
        assertThat(rows(tasks, "DONE")).as("nothing recorded twice").isEqualTo(tasks.size());
        assertThat(rows(tasks, "STARTED")).isEqualTo(tasks.size());
        tasks.forEach(task ->
                assertThat(again.json().at("/progress/" + task).asText()).isEqualTo("DONE"));

        var unknown = app.post(crew + "/blocks/no-such-block/started?date=" + TODAY, "");
        assertThat(unknown.status().value()).isEqualTo(404);
        assertThat(unknown.json().get("detail").asText()).contains("no-such-block");

        var gpx = app.get(crew + "/route.gpx?date=" + TODAY);
        assertThat(gpx.status().value()).isEqualTo(200);
        assertThat(gpx.body()).contains("<gpx").contains("<rtept").contains("<trkpt");
    }

    @Test
    void aCrewWorksThroughItsBlocksOnAPhoneAlsoWithoutNetwork() {
        browser.driver.manage().window().setSize(new Dimension(390, 844));
        browser.signIn("crew-0", PASSWORD);
        browser.open("/crew.html?lang=zh");
        String first = nextBlock();
        assertThat(browser.text("#shift-title")).matches("(夜班|白班) \\d\\d-\\d\\d \\d\\d:\\d\\d – .+");
        assertThat(browser.text("#next")).doesNotContain("超时");

        // The first block: Start, then Done for all its tasks at once.
        List<String> firstTasks = tasksOf(first);
        browser.click("#block-start");
        await("started").atMost(Duration.ofSeconds(30)).until(() -> rows(firstTasks, "STARTED") == firstTasks.size());
        assertThat(rows(firstTasks, "DONE")).isZero();
        sent();
        assertThat(browser.driver.findElements(By.id("block-start")))
                .as("started: Done is left")
                .isEmpty();
        done();
        String second = browser.await(driver -> {
            String shown = nextBlock();
            return shown.equals(first) ? null : shown;
        });
        await("done").atMost(Duration.ofSeconds(30)).until(() -> rows(firstTasks, "DONE") == firstTasks.size());
        // The list is drawn again when the report is answered: look the row up afresh until it is there, folded.
        Boolean folded = browser.await(driver -> {
            List<WebElement> finished =
                    driver.findElements(By.cssSelector("#finished-blocks li[data-block='" + first + "']"));
            return finished.isEmpty() ? null : !finished.get(0).isDisplayed();
        });
        assertThat(folded).as("done, folded away at the end").isTrue();

        // The second block straight to Done: started and done in one go.
        List<String> secondTasks = tasksOf(second);
        done();
        String third = browser.await(driver -> {
            String shown = nextBlock();
            return shown.equals(second) ? null : shown;
        });
        await("done").atMost(Duration.ofSeconds(30)).until(() -> rows(secondTasks, "DONE") == secondTasks.size());
        browser.await(ExpectedConditions.invisibilityOfElementLocated(By.id("reports-waiting")));
        browser.screenshot("crew-390");

        // No network: the report waits on the phone, and the page moves on.
        List<String> thirdTasks = tasksOf(third);
        browser.driver.setNetworkConditions(offline());
        try {
            done();
            assertThat(browser.text("#reports-waiting")).contains("1 条上报等待发送");
            browser.await(driver -> nextBlock().equals(third) ? null : true);
            assertThat(rows(thirdTasks, "DONE")).as("not sent without network").isZero();
            browser.screenshot("crew-390-offline");
        } finally {
            browser.driver.deleteNetworkConditions();
        }
        await("sent when the network is back")
                .atMost(Duration.ofSeconds(60))
                .until(() -> rows(thirdTasks, "DONE") == thirdTasks.size());
        browser.await(ExpectedConditions.invisibilityOfElementLocated(By.id("reports-waiting")));
        assertThat(app.jdbc()
                        .sql("SELECT count(*) FROM task_progress WHERE status = 'DONE' AND task_id IN (:tasks)"
                                + " GROUP BY task_id HAVING count(*) > 1")
                        .param("tasks", thirdTasks)
                        .query(Long.class)
                        .list())
                .as("each report sent once")
                .isEmpty();
        assertThat(rows(thirdTasks, "DONE")).isEqualTo(thirdTasks.size());
        nothingLeftOnThePhone();
    }

    @Test
    void aCrewWorksOnADesktopInEnglish() {
        browser.driver.manage().window().setSize(new Dimension(1280, 900));
        browser.signIn("crew-1", PASSWORD);
        // The directions come from the road network; here the page is given a known leg to word.
        String firstTask = firstOpenTask(vehicles.get(1));
        String stub = "const realFetch = window.fetch.bind(window); window.fetch = (url, init) =>"
                + " String(url).includes('/directions?') ? Promise.resolve(new Response(JSON.stringify({legs: [{toTaskId: '"
                + firstTask + "', distanceM: 1234, steps: [{turn: 'DEPART', street: '大北街', distanceM: 800},"
                + " {turn: 'LEFT', street: '鲜鱼口胡同', distanceM: 350}, {turn: 'SLIGHT_RIGHT', street: null, distanceM: 84},"
                + " {turn: 'ARRIVE', street: '鲜鱼口胡同', distanceM: 0}]}]}),"
                + " {status: 200, headers: {'Content-Type': 'application/json'}})) : realFetch(url, init);";
        Map<String, Object> injected =
                browser.driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", stub));
        try {
            browser.open("/crew.html?lang=en");
            assertThat(browser.text("#directions"))
                    .contains("Getting there (1.2 km)")
                    .contains("Head off along 大北街, 800 m")
                    .contains("Turn left onto 鲜鱼口胡同, 350 m")
                    .contains("Bear right onto an unnamed road, 80 m")
                    .contains("Arrive at 鲜鱼口胡同");
        } finally {
            browser.driver.executeCdpCommand(
                    "Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", injected.get("identifier")));
        }
        String first = nextBlock();
        assertThat(browser.text("#next .eyebrow")).startsWithIgnoringCase("Next");
        assertThat(browser.text("#shift-title")).matches("(Night|Day) shift \\d\\d-\\d\\d \\d\\d:\\d\\d – .+");
        assertThat(browser.find("#download-gpx").getAttribute("href")).contains("/route.gpx?date=" + TODAY);
        assertThat(browser.find("#download-geojson").getAttribute("href")).contains("/route.geojson?date=" + TODAY);
        assertThat(browser.find("#print-sheet").getAttribute("href"))
                .as("the route sheet in the crew's language")
                .contains("/route-sheet?date=" + TODAY)
                .contains("lang=en");
        List<String> tasks = tasksOf(first);
        browser.click("#block-start");
        sent();
        done();
        browser.await(driver -> nextBlock().equals(first) ? null : true);
        await("done").atMost(Duration.ofSeconds(30)).until(() -> rows(tasks, "DONE") == tasks.size());
        nothingLeftOnThePhone();
        browser.screenshot("crew-1280-en");

        // The sheet to print: the blocks of the page, in the page's language, the one just done ticked.
        String sheet = browser.find("#print-sheet").getAttribute("href");
        int blocks = app.get("/api/districts/" + DISTRICT + "/crews/" + vehicles.get(1) + "/route?date=" + TODAY)
                .json()
                .get("blocks")
                .size();
        browser.driver.get(sheet);
        assertThat(browser.text("h1")).startsWith("Route sheet: ");
        assertThat(browser.text("tr[data-block='" + first + "']")).contains("✔ done");
        assertThat(browser.driver.findElements(By.cssSelector("tbody tr")))
                .as("a row per block, as the page numbers them")
                .hasSize(blocks);
        browser.screenshot("crew-route-sheet-en");
    }

    /** Done acts on one tap and moves the next block to the front; Undo, within its moment, sends nothing. */
    @Test
    void oneTapIsDoneAndUndoWithinTheMomentSendsNothing() {
        browser.driver.manage().window().setSize(new Dimension(390, 844));
        browser.signIn("crew-3", PASSWORD);
        browser.open("/crew.html?lang=en");
        String first = nextBlock();
        List<String> tasks = tasksOf(first);

        done();

        browser.await(driver -> nextBlock().equals(first) ? null : true);
        assertThat(browser.text("#undo")).startsWith("Done: ").contains("Undo");
        browser.screenshot("crew-390-en-undo");
        browser.click("#undo-done");
        assertThat(nextBlock()).as("undone: the block is in front again").isEqualTo(first);
        assertThat(browser.driver.findElement(By.id("undo")).isDisplayed()).isFalse();
        assertThat(queuedOnThePhone())
                .as("the report taken off the phone's queue")
                .isZero();
        await("nothing sent, also after the moment for Undo has passed")
                .during(Duration.ofSeconds(7))
                .atMost(Duration.ofSeconds(15))
                .until(() -> rows(tasks, "STARTED") + rows(tasks, "DONE") == 0);

        done();
        browser.await(driver -> nextBlock().equals(first) ? null : true);
        await("sent once the moment has passed")
                .atMost(Duration.ofSeconds(30))
                .until(() -> rows(tasks, "DONE") == tasks.size());
        nothingLeftOnThePhone();
        assertThat(rows(tasks, "DONE")).as("each task done once").isEqualTo(tasks.size());
    }

    /**
     * Two crews share a truck's phone: what the first queued without network stays on the phone for it, is not sent
     * when the second signs in, and goes under the first when it signs in again.
     */
    @Test
    void reportsQueuedUnderOneAccountAreSentOnlyUnderIt() {
        browser.driver.manage().window().setSize(new Dimension(390, 844));
        browser.signIn("crew-4a", PASSWORD);
        browser.open("/crew.html?lang=zh");
        String first = nextBlock();
        List<String> tasks = tasksOf(first);
        browser.driver.setNetworkConditions(offline());
        try {
            done();
            assertThat(browser.text("#reports-waiting")).contains("1 条上报等待发送");
            browser.click("#sign-out");
            assertThat(browser.text("#sign-out-queue")).contains("还有 1 条上报未发送").contains("班组 4a 再次登录后发送");
            browser.screenshot("crew-390-sign-out-queued");
            browser.click("#sign-out-stay");
            browser.await(ExpectedConditions.invisibilityOfElementLocated(By.id("sign-out-queue")));
            // Signed out without network, as a phone whose session ended.
            browser.forgetSession();
        } finally {
            browser.driver.deleteNetworkConditions();
        }

        browser.signIn("crew-4b", PASSWORD);
        browser.open("/crew.html?lang=zh");
        assertThat(nextBlock())
                .as("the other crew's report is not this crew's progress")
                .isEqualTo(first);
        assertThat(browser.text("#reports-other")).contains("班组 4a").contains("1 条上报");
        await("not sent under the other crew")
                .during(Duration.ofSeconds(5))
                .atMost(Duration.ofSeconds(15))
                .until(() -> rows(tasks, "STARTED") + rows(tasks, "DONE") == 0);
        assertThat(queuedOnThePhone()).as("kept on the phone").isEqualTo(1);

        browser.signIn("crew-4a", PASSWORD);
        browser.open("/crew.html?lang=zh");
        await("sent under its own crew")
                .atMost(Duration.ofSeconds(30))
                .until(() -> rows(tasks, "DONE") == tasks.size());
        assertThat(app.jdbc()
                        .sql("SELECT DISTINCT actor FROM task_progress WHERE task_id IN (:tasks)")
                        .param("tasks", tasks)
                        .query(String.class)
                        .list())
                .containsExactly("crew-4a");
        assertThat(rows(tasks, "DONE")).as("sent once").isEqualTo(tasks.size());
        nothingLeftOnThePhone();
    }

    /**
     * Installed, the page keeps its files and what it read last: with the app out of reach (here stopped, as the
     * browser's own offline switch does not hold back a service worker) the route opens again, saying when it was
     * saved. Last, as nothing answers after it.
     */
    @Test
    @Order(Integer.MAX_VALUE)
    void theRouteOpensWithoutNetworkFromWhatThePhoneKept() {
        browser.driver.manage().window().setSize(new Dimension(390, 844));
        browser.signIn("crew-2", PASSWORD);
        browser.open("/crew.html?lang=zh");
        nextBlock();
        browser.await(
                driver -> Boolean.TRUE.equals(browser.script("return navigator.serviceWorker.controller !== null"))
                        ? true
                        : null);
        // Once more under the service worker, which keeps what the page reads.
        browser.driver.navigate().refresh();
        String next = nextBlock();
        assertThat(browser.driver.findElement(By.id("offline")).isDisplayed()).isFalse();

        app.close();
        browser.driver.navigate().refresh();

        assertThat(browser.text("#offline-saved")).startsWith("离线 — 显示").endsWith("保存的路线");
        assertThat(nextBlock()).isEqualTo(next);
        assertThat(browser.text("#shift-title"))
                .as("the shift from the kept route")
                .matches("(夜班|白班) .+");
        browser.screenshot("crew-390-offline-reload");
    }

    @ParameterizedTest
    @CsvSource({"390, zh", "390, en", "1280, zh", "1280, en"})
    void theHeaderStaysOnOneLineAndACrewSeesNoOfficePages(int width, String language) {
        browser.driver.manage().window().setSize(new Dimension(width, 900));
        browser.signIn("crew-0", PASSWORD);
        browser.open("/crew.html?lang=" + language);
        nextBlock();
        List<String> links = browser.driver.findElements(By.cssSelector("header.top nav a")).stream()
                .map(link -> link.getAttribute("href")
                        .replaceAll("^https?://[^/]+", "")
                        .replaceAll("\\?.*$", ""))
                .toList();
        assertThat(links).containsOnly("/crew.html");
        assertThat(browser.driver.findElements(By.cssSelector("a[href*='dispatcher'], a[href*='manager']")))
                .isEmpty();
        WebElement switcher = browser.find("#language");
        WebElement signOut = browser.find("#sign-out");
        assertThat(Math.abs(switcher.getRect().getY() - signOut.getRect().getY()))
                .as("the language switch on the header's line")
                .isLessThan(12);
        assertThat(browser.find("header.top").getRect().getHeight()).isLessThan(64);
        assertThat(browser.driver.findElement(By.id("district")).isDisplayed())
                .as("a crew cannot choose another district")
                .isFalse();
        assertThat(browser.script("return document.documentElement.scrollWidth <= window.innerWidth"))
                .as("nothing wider than the screen")
                .isEqualTo(true);
    }

    private static ChromiumNetworkConditions offline() {
        ChromiumNetworkConditions conditions = new ChromiumNetworkConditions();
        conditions.setOffline(true);
        return conditions;
    }

    private static String nextBlock() {
        return browser.await(driver -> {
            String block = driver.findElement(By.id("next")).getAttribute("data-block");
            return block == null || block.isEmpty() ? null : block;
        });
    }

    /** A street the frost turned from washing into sweeping says so on the crew's page, in both languages. */
    @Test
    void aStreetSweptInsteadOfWashedSaysWhyOnThePhoneAndTheDesktop() {
        String district = "frostcrew";
        var imported = app.post("/api/districts/" + district + "/datasets", SampleData.smallDistrict(TODAY));
        assertThat(imported.status().value()).as(imported.body()).isEqualTo(201);
        var put =
                app.put("/api/districts/" + district + "/forecast", SampleData.forecast(TODAY, "frost", -9, Map.of()));
        assertThat(put.status().value()).as(put.body()).isEqualTo(200);
        String sweeper = publishTodaysPlan(
                district,
                stop -> "WEATHER_SWEPT_INSTEAD_TOO_COLD"
                        .equals(stop.path("weatherCode").asText()));
        app.withPassword(new NewAccount("crew-frost", "班组 霜", Role.CREW, Set.of(), district, sweeper, PASSWORD));

        browser.driver.manage().window().setSize(new Dimension(390, 844));
        browser.signIn("crew-frost", PASSWORD);
        browser.open("/crew.html?lang=zh");
        assertThat(weatherReasons()).anyMatch(text -> text.matches("改为干扫，不冲洗：\\d\\d:\\d\\d 气温 \u22129°C，低于冲洗所需的 3°C"));
        assertThat(browser.driver.findElement(By.id("next")).getAttribute("textContent")
                        + browser.driver.findElement(By.id("blocks")).getAttribute("textContent"))
                .as("a swept street's block is called sweeping, not washing")
                .contains("清扫 ");
        browser.screenshot("crew-390-zh-swept");
        browser.driver.manage().window().setSize(new Dimension(1280, 900));
        browser.open("/crew.html?lang=en");
        assertThat(weatherReasons())
                .anyMatch(text -> text.matches(
                        "Swept instead of washed: too cold at \\d\\d:\\d\\d \\(\u22129 °C, washing needs ≥ 3 °C\\)"));
        browser.screenshot("crew-1280-en-swept");
        browser.signOut();
    }

    /** After a reported snowfall a spreader's crew reads ploughing and de-icing, not washing, in both languages. */
    @Test
    void aSnowCrewReadsPloughAndDeIceOnThePhoneAndTheDesktop() {
        String district = "snowcrew";
        var imported = app.post(
                "/api/districts/" + district + "/datasets", SampleData.smallWinterDistrict(LocalDate.of(2026, 12, 4)));
        assertThat(imported.status().value()).as(imported.body()).isEqualTo(201);
        assertThat(app.put("/api/districts/" + district + "/forecast", SampleData.forecast(TODAY, "snow", -8, Map.of()))
                        .status()
                        .value())
                .isEqualTo(200);
        String first = app.get("/api/districts/" + district + "/forecast")
                .json()
                .at("/forecast/hours/0/hour")
                .asText();
        var snowfall = app.post(
                "/api/districts/" + district + "/forecast/snowfall",
                Map.of(
                        "start",
                        first,
                        "end",
                        java.time.LocalDateTime.parse(first).plusHours(3).toString(),
                        "depthCm",
                        6));
        assertThat(snowfall.status().value()).as(snowfall.body()).isEqualTo(200);
        String plough =
                publishTodaysPlan(district, stop -> stop.path("taskId").asText().matches(".+-plough\\d+"));
        app.withPassword(new NewAccount("crew-snow", "班组 雪", Role.CREW, Set.of(), district, plough, PASSWORD));

        browser.driver.manage().window().setSize(new Dimension(390, 844));
        browser.signIn("crew-snow", PASSWORD);
        browser.open("/crew.html?lang=zh");
        assertThat(blockTitles())
                .anyMatch(title -> title.startsWith("推雪 "))
                .noneMatch(title -> title.startsWith("冲洗 "));
        browser.screenshot("crew-390-zh-snow");
        browser.driver.manage().window().setSize(new Dimension(1280, 900));
        browser.open("/crew.html?lang=en");
        assertThat(blockTitles())
                .anyMatch(title -> title.startsWith("Plough "))
                .noneMatch(title -> title.startsWith("Wash "));
        browser.screenshot("crew-1280-en-snow");
        browser.signOut();
    }

    /** The titles of the crew page's blocks, once the route is drawn. */
    private static List<String> blockTitles() {
        return browser.await(driver -> {
            try {
                List<String> titles = driver.findElements(By.cssSelector("#next h2, #blocks .what")).stream()
                        .map(element -> element.getAttribute("textContent").trim())
                        .toList();
                return titles.isEmpty() ? null : titles;
            } catch (org.openqa.selenium.StaleElementReferenceException redrawn) {
                return null;
            }
        });
    }

    /** The weather's words on the crew page, once the route is drawn. */
    private static List<String> weatherReasons() {
        return browser.await(driver -> {
            try {
                List<String> texts = driver.findElements(By.cssSelector(".weather-reason")).stream()
                        .map(element -> element.getAttribute("textContent"))
                        .toList();
                return texts.isEmpty() ? null : texts;
            } catch (org.openqa.selenium.StaleElementReferenceException redrawn) {
                return null;
            }
        });
    }

    /** Waits until the page has sent what it queued and drawn the app's answer. */
    private static void sent() {
        browser.await(ExpectedConditions.invisibilityOfElementLocated(By.id("reports-waiting")));
    }

    /** Done on the card in front: one tap, no question asked. */
    private static void done() {
        browser.click("#block-done");
    }

    /**
     * Waits until the page has dropped every report from the phone's queue. The app records a report before the page
     * reads its answer: a test that moves on once the rows are there may leave the page, and the report with it, on
     * the phone, where the next crew's page shows it as another crew's.
     */
    private static void nothingLeftOnThePhone() {
        browser.await(driver -> queuedOnThePhone() == 0 ? true : null);
    }

    private static long queuedOnThePhone() {
        return (Long) browser.script("return JSON.parse(localStorage.getItem('crew-report-queue') || '[]').length");
    }

    private static List<String> tasksOf(String blockId) {
        String vehicle = (String) browser.script("return new URLSearchParams(location.search).get('vehicle')");
        JsonNode route = app.get("/api/districts/" + DISTRICT + "/crews/" + vehicle + "/route?date=" + TODAY)
                .json();
        List<String> tasks = new ArrayList<>();
        route.get("blocks").forEach(block -> {
            if (block.get("id").asText().equals(blockId)) {
                block.get("taskIds").forEach(id -> tasks.add(id.asText()));
            }
        });
        assertThat(tasks).as("the block " + blockId + " has tasks").isNotEmpty();
        return tasks;
    }

    /** The first task of the first block of work not done yet. */
    private static String firstOpenTask(String vehicle) {
        JsonNode route = app.get("/api/districts/" + DISTRICT + "/crews/" + vehicle + "/route?date=" + TODAY)
                .json();
        for (JsonNode block : route.get("blocks")) {
            JsonNode tasks = block.get("taskIds");
            if (!tasks.isEmpty()
                    && !"DONE"
                            .equals(route.at("/progress/" + tasks.get(0).asText())
                                    .asText())) {
                return tasks.get(0).asText();
            }
        }
        throw new AssertionError("no work left on the route of " + vehicle);
    }

    private static long rows(List<String> tasks, String status) {
        return app.jdbc()
                .sql("SELECT count(*) FROM task_progress WHERE status = :status AND task_id IN (:tasks)")
                .param("status", status)
                .param("tasks", tasks)
                .query(Long.class)
                .single();
    }

    /**
     * Plans and solves the district's today, publishes its first version and answers the vehicle of the first route
     * with a stop {@code wanted}: the crew whose page the weather or snow test then opens.
     */
    private static String publishTodaysPlan(String district, Predicate<JsonNode> wanted) {
        long planId = app.createPlan(district, TODAY);
        app.solveToFirstVersion(planId, Duration.ofMinutes(2));
        app.publishFirstVersion(planId);
        return StreamSupport.stream(app.firstVersion(planId).get("routes").spliterator(), false)
                .filter(route -> StreamSupport.stream(route.get("stops").spliterator(), false)
                        .anyMatch(wanted))
                .map(route -> route.get("vehicleId").asText())
                .findFirst()
                .orElseThrow();
    }
}
