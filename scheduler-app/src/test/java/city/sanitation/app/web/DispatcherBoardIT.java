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
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The dispatcher's board at a desktop's 1280 px and a phone's 390 px, in Chinese and English: lateness in words and
 * the district's local time, the chosen route's stops numbered alone, washing and deadheading told apart, the map and
 * timeline using the space, nothing wider than a phone; the toolbar on one line at a desk; the rule table read and a
 * line followed to its tasks; a breakdown's time and a new report's proposals in words.
 */
class DispatcherBoardIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private static final String DISTRICT = "boardcity";
    private static final String OVERDUE = "bs-overdue";
    private static final String LONG_OVERDUE = "bs-long-overdue";
    private static final String USER = "board-admin";
    private static final String PASSWORD = "board admin password 1";

    private static AppInstance app;
    private static Browser browser;
    private static long planId;
    private static JsonNode report;

    @RegisterExtension
    final ScreenshotOnFailure screenshots = new ScreenshotOnFailure(() -> browser);

    @BeforeAll
    static void start() {
        app = AppInstance.start(
                "spring.datasource.url=" + TestDatabase.freshDatabaseUrl("board"), "sanitation.solver.time-limit=4s");
        var imported = app.post("/api/districts/" + DISTRICT + "/datasets", SampleData.smallDistrict(TODAY));
        assertThat(imported.status().value()).as(imported.body()).isEqualTo(201);
        // A report that was due last evening and one due three days ago: whoever takes them today is late at once.
        JsonNode known =
                app.get("/api/districts/" + DISTRICT + "/blind-spots").json().get(0);
        overdue(OVERDUE, known, 1);
        overdue(LONG_OVERDUE, known, 3);
        planId = app.createPlan(DISTRICT, TODAY);
        app.solveToFirstVersion(planId, Duration.ofSeconds(90));
        // The newest version, as the board shows it.
        int version = 0;
        for (JsonNode shown : app.get("/api/plans/" + planId + "/versions").json()) {
            version = Math.max(version, shown.get("version").asInt());
        }
        report = app.get("/api/plans/" + planId + "/versions/" + version).json();
        app.withPassword(new NewAccount(USER, "Board admin", Role.ADMIN, Set.of(), null, null, PASSWORD));
        browser = Browser.start(app.baseUrl, 1280, 900);
        browser.signIn(USER, PASSWORD);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        app.close();
    }

    @Test
    void lateWorkReadsInWordsAndTheDistrictsLocalTime() {
        JsonNode overdue = lateTask(OVERDUE);
        assertThat(overdue).as("the plan takes the overdue report, late").isNotNull();
        long minutes = overdue.get("lateMinutes").asLong();

        open("zh");
        String zh = browser.text("#unassigned li.late-item[data-task='" + OVERDUE + "'] button");
        assertThat(zh).isEqualTo("迟到" + durationZh(minutes) + "，应于昨天21:38前完成");
        assertThat(browser.text("#unassigned")).doesNotContain("min ·").doesNotContain(" > ");
        assertThat(browser.text("#unassigned li.late-item[data-task='" + OVERDUE + "'] .reason"))
                .contains("完成于");
        LocalDate longAgo = TODAY.minusDays(3);
        assertThat(browser.text("#unassigned li.late-item[data-task='" + LONG_OVERDUE + "'] button"))
                .isEqualTo("迟到" + durationZh(longLate()) + "，应于" + longAgo.getMonthValue() + "月"
                        + longAgo.getDayOfMonth() + "日21:38前完成");

        open("en");
        String en = browser.text("#unassigned li.late-item[data-task='" + OVERDUE + "'] button");
        assertThat(en).isEqualTo(durationEn(minutes) + " late, due 21:38 yesterday");
        assertThat(en).matches("(\\d+ d( \\d+ h)?|\\d+ h( \\d+ min)?|\\d+ min) late, due .+");
        assertThat(browser.text("#unassigned")).doesNotContain("min ·").doesNotContain(" > ");
        assertThat(browser.text("#unassigned li.late-item[data-task='" + OVERDUE + "'] .reason"))
                .contains(" finishes ");
        // Due three evenings ago, done this morning: more than two days late, read in days and hours, due on its date.
        assertThat(longLate()).isGreaterThan(2 * 24 * 60);
        assertThat(browser.text("#unassigned li.late-item[data-task='" + LONG_OVERDUE + "'] button"))
                .matches("2 d( \\d+ h)? late, due 21:38 on .+")
                .isEqualTo(durationEn(longLate()) + " late, due 21:38 on "
                        + longAgo.format(DateTimeFormatter.ofPattern("d MMM", Locale.UK)));
        // Every late line, not only the ones the test made, reads the same way.
        for (JsonNode late : report.get("late")) {
            assertThat(browser.text("#unassigned li.late-item[data-task='"
                            + late.get("taskId").asText() + "'] button"))
                    .startsWith(durationEn(late.get("lateMinutes").asLong()) + " late, due ");
        }
    }

    @Test
    void onlyTheChosenRoutesStopsAreNumberedAndWashingStandsApartFromDeadheading() {
        for (String language : List.of("zh", "en")) {
            open(language);
            browser.find("#map path.route-washed");
            assertThat(browser.driver.findElements(By.cssSelector("#map .stop.task")))
                    .as("no numbers before a route is chosen")
                    .isEmpty();
            List<JsonNode> routes = routesWithPlacedTasks();
            assertThat(routes).as("two routes to choose between").hasSizeGreaterThanOrEqualTo(2);
            for (JsonNode route : routes.subList(0, 2)) {
                String vehicleId = route.get("vehicleId").asText();
                browser.click("#routes li[data-vehicle='" + vehicleId + "'] button");
                List<WebElement> numbered = browser.await(driver -> {
                    List<WebElement> found = driver.findElements(By.cssSelector("#map .stop.task"));
                    return found.stream().allMatch(m -> m.getAttribute("title").startsWith(vehicleId + " #"))
                            ? found
                            : null;
                });
                assertThat(numbered).hasSize(placedTasks(route));
            }

            // Route and stop times read as clocks, a day in words only off the plan's day: no "12-05 22:00".
            assertThat(browser.text("#routes")).doesNotContainPattern("\\d\\d-\\d\\d \\d\\d:\\d\\d");

            // Washing thick and solid, deadheading thin and dashed.
            @SuppressWarnings("unchecked")
            Map<String, Object> lines =
                    (Map<String, Object>) browser.script("const of = (css) => [...document.querySelectorAll(css)];"
                            + " const width = (p) => Number(p.getAttribute('stroke-width'));"
                            + " return {washedThinnest: Math.min(...of('#map path.route-washed').map(width)),"
                            + " deadheadThickest: Math.max(...of('#map path.route-deadhead').map(width)),"
                            + " washedDashed: of('#map path.route-washed').filter(p => p.getAttribute('stroke-dasharray')).length,"
                            + " deadheadSolid: of('#map path.route-deadhead').filter(p => !p.getAttribute('stroke-dasharray')).length,"
                            + " deadheads: of('#map path.route-deadhead').length};");
            assertThat(((Number) lines.get("deadheads")).intValue()).isPositive();
            assertThat(((Number) lines.get("washedThinnest")).doubleValue())
                    .isGreaterThanOrEqualTo(((Number) lines.get("deadheadThickest")).doubleValue() * 2);
            assertThat(((Number) lines.get("washedDashed")).intValue()).isZero();
            assertThat(((Number) lines.get("deadheadSolid")).intValue()).isZero();
            assertThat(browser.text("#map .legend"))
                    .contains(language.equals("zh") ? "冲洗" : "Washed")
                    .contains(language.equals("zh") ? "空驶" : "Deadheading")
                    .contains(language.equals("zh") ? "所选路线的站点序号" : "Stops of the chosen route");
        }
    }

    @Test
    void atADesktopsWidthTheMapTakesTheFreeHeightAndTheTimelineScrollsSideways() {
        for (String language : List.of("en", "zh")) {
            open(language);
            browser.find("#timeline svg");
            @SuppressWarnings("unchecked")
            Map<String, Object> sizes = (Map<String, Object>)
                    browser.script("const map = document.getElementById('map').getBoundingClientRect();"
                            + " const timeline = document.getElementById('timeline');"
                            + " return {map: map.height, window: window.innerHeight,"
                            + " timelineScrolls: timeline.scrollWidth > timeline.clientWidth,"
                            + " pageWidth: document.documentElement.scrollWidth, windowWidth: window.innerWidth};");
            assertThat(((Number) sizes.get("map")).doubleValue())
                    .as("the map fills the window's free height")
                    .isGreaterThan(((Number) sizes.get("window")).doubleValue() * 0.45);
            assertThat(sizes.get("timelineScrolls"))
                    .as("a day's hours keep their width and scroll")
                    .isEqualTo(true);
            assertThat(((Number) sizes.get("pageWidth")).intValue())
                    .as("no sideways scrolling of the page at 1280 px (%s)", language)
                    .isLessThanOrEqualTo(((Number) sizes.get("windowWidth")).intValue());
            browser.screenshot("dispatcher-1280-" + language);

            // Scrolled to the day's end, each row still names its vehicle at the left.
            Boolean namesInSight = (Boolean) browser.script("const box = document.getElementById('timeline');"
                    + " box.scrollLeft = box.scrollWidth; box.dispatchEvent(new Event('scroll'));"
                    + " const name = box.querySelector('.row-name').getBoundingClientRect();"
                    + " const panel = box.getBoundingClientRect();"
                    + " return box.scrollLeft > 0 && name.left >= panel.left - 1 && name.right <= panel.left + 160;");
            assertThat(namesInSight).isTrue();
        }
    }

    @Test
    void onAPhoneThePanelsStackAndNothingIsWiderThanTheScreen() {
        browser.driver.manage().window().setSize(new Dimension(390, 844));
        try {
            for (String language : List.of("en", "zh")) {
                open(language);
                browser.find("#timeline svg");
                String vehicleId =
                        routesWithPlacedTasks().get(0).get("vehicleId").asText();
                browser.click("#routes li[data-vehicle='" + vehicleId + "'] button");
                browser.find("#route-detail .stop-row");
                assertThat(browser.text("#unassigned li.late-item[data-task='" + OVERDUE + "'] button"))
                        .contains(language.equals("zh") ? "迟到" : " late, due ");
                Boolean fits =
                        (Boolean) browser.script("return document.documentElement.scrollWidth <= window.innerWidth;");
                assertThat(fits)
                        .as("no sideways scrolling of the page at 390 px (%s)", language)
                        .isTrue();
                assertThat(browser.find("#map .legend").getAttribute("open"))
                        .as("the legend folded so as not to cover the map")
                        .isNull();
                browser.script("window.scrollTo(0, 0)");
                browser.screenshot("dispatcher-390-" + language);
            }
        } finally {
            browser.driver.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"zh", "en"})
    void atADesktopsWidthTheToolbarIsOneLineAndTheChosenVersionReadsWhole(String language) {
        open(language);
        browser.find("#version option");
        @SuppressWarnings("unchecked")
        Map<String, Object> toolbar = (Map<String, Object>)
                browser.script(
                        "const bar = document.getElementById('toolbar');"
                                + " const shown = [...bar.children].filter((c) => c.getClientRects().length && c.offsetWidth > 0);"
                                + " const controls = [...bar.querySelectorAll('select, summary')];"
                                + " const box = (e) => e.getBoundingClientRect();"
                                + " const version = document.getElementById('version');"
                                + " const style = getComputedStyle(version);"
                                + " const context = document.createElement('canvas').getContext('2d');"
                                + " context.font = style.font;"
                                + " const text = version.options[version.selectedIndex].text;"
                                + " const tops = controls.map((c) => box(c).top);"
                                + " return { topSpread: Math.max(...tops) - Math.min(...tops),"
                                + " firstLineBottom: Math.min(...controls.map((c) => box(c).bottom)),"
                                + " lowestTop: Math.max(...shown.map((c) => box(c).top)),"
                                + " rightmost: Math.max(...shown.map((c) => box(c).right)), window: window.innerWidth,"
                                + " barOverflow: bar.scrollWidth - bar.clientWidth, versionText: text,"
                                + " textWidth: context.measureText(text).width,"
                                + " room: version.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) };");
        // One top, give or take the pixel or two by which a menu's button and a selector differ in height.
        assertThat(((Number) toolbar.get("topSpread")).doubleValue())
                .as("every control of the toolbar on one line at 1280 px (%s)", language)
                .isLessThanOrEqualTo(3);
        assertThat(((Number) toolbar.get("lowestTop")).doubleValue())
                .as("nothing of the toolbar wrapped to a second line")
                .isLessThan(((Number) toolbar.get("firstLineBottom")).doubleValue());
        assertThat(((Number) toolbar.get("rightmost")).doubleValue())
                .isLessThanOrEqualTo(((Number) toolbar.get("window")).doubleValue());
        assertThat(((Number) toolbar.get("barOverflow")).intValue()).isLessThanOrEqualTo(0);
        String versionText = (String) toolbar.get("versionText");
        assertThat(versionText)
                .as("a short label: the version, its status, its verdict in a few words")
                .matches(
                        language.equals("zh")
                                ? "v\\d+ · (待审|已发布|已替换) · (可行|不可行|无违反|不可行，违反\\d+条|违反\\d+条)"
                                : "v\\d+ · (proposed|published|superseded) · (feasible|infeasible|none broken|(infeasible, )?\\d+ broken)")
                .doesNotContain("hard/");
        assertThat(((Number) toolbar.get("textWidth")).doubleValue())
                .as("the chosen version's words (%s) fit its selector", versionText)
                .isLessThanOrEqualTo(((Number) toolbar.get("room")).doubleValue());

        // The secondary action waits in its menu, which opens over the map without moving the line.
        browser.click("#new-plan-menu summary");
        assertThat(browser.find("#new-plan").isDisplayed()).isTrue();
        assertThat(browser.find("#new-plan-date").isDisplayed()).isTrue();
        browser.click("#new-plan-menu summary");
    }

    @ParameterizedTest(name = "{0} at {1} px")
    @CsvSource({"zh, 1280", "en, 1280", "zh, 390", "en, 390"})
    void theDispatcherReadsTheRuleTableAndFollowsALineToItsTasks(String language, int width) {
        browser.driver.manage().window().setSize(new Dimension(width, width == 390 ? 844 : 900));
        try {
            open(language);
            browser.await(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#rules tr.rule-row")));
            String rules = browser.text("#rules");
            assertThat(rules).doesNotContainPattern("-?\\d+(hard|medium|soft)");
            assertThat(rules).contains(language.equals("zh") ? "费用 ¥" : "cost ¥");
            if (language.equals("zh")) {
                assertThat(rules).as("worded from the catalogue").doesNotContainPattern("[A-Za-z]{3,}");
            }
            WebElement line = browser.find("#rules tr.rule-row[data-first-assigned] button.rule-effect");
            String task = (String) browser.script("return arguments[0].closest('tr').dataset.firstTask", line);
            browser.script("arguments[0].scrollIntoView({block: 'center'})", line);
            line.click();
            browser.await(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#route-detail .stop-row.selected[data-task='" + task + "']")));
            assertThat(browser.find("#rules tr.rule-tasks button[data-task='" + task + "']")
                            .isDisplayed())
                    .isTrue();
            assertThat(line.getAttribute("aria-expanded")).isEqualTo("true");
            // What the line's tooltip tells on a desk, a tap shows on a phone: the rule and its weight in the score.
            String impact = browser.text("#rules tr.rule-tasks .rule-impact");
            assertThat(impact).isNotBlank().isEqualTo(line.getAttribute("title"));
            if (language.equals("zh")) {
                assertThat(impact).as("the level in words too").doesNotContainPattern("[A-Za-z]{3,}");
            }
            Boolean fits =
                    (Boolean) browser.script("return document.documentElement.scrollWidth <= window.innerWidth;");
            assertThat(fits)
                    .as("no sideways scrolling at %s px (%s)", width, language)
                    .isTrue();
            if (width == 1280) {
                browser.script("document.getElementById('side').scrollTop = 0");
                browser.screenshot("dispatcher-rules-1280-" + language);
            }
        } finally {
            browser.driver.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    @Test
    void theBreakdownsTimeReadsInWordsAgainstThePlansDay() {
        for (String language : List.of("zh", "en")) {
            open(language);
            for (String clock : List.of("02:15", "23:30")) {
                browser.script(
                        "const input = document.getElementById('breakdown-time'); input.value = arguments[0];"
                                + " input.dispatchEvent(new Event('input'));",
                        clock);
                String at = browser.await(driver -> {
                    String value = driver.findElement(By.id("breakdown-when")).getAttribute("data-at");
                    return value != null && value.endsWith(clock) ? value : null;
                });
                String words = browser.text("#breakdown-when");
                assertThat(words)
                        .as("no raw date-time")
                        .doesNotContainPattern("\\d{4}-\\d\\d-\\d\\d")
                        .isEqualTo(
                                language.equals("zh")
                                        ? dayZh(LocalDateTime.parse(at)) + clock + "故障"
                                        : "breaks down " + clock + " " + dayEn(LocalDateTime.parse(at)));
            }
        }
    }

    @Test
    void aNewReportsProposalsSayWhenTheCrewWouldStartAndHowMuchLongerItWorks() {
        for (String language : List.of("zh", "en")) {
            open(language);
            browser.click("#place-report");
            browser.find("#placing-hint");
            new Actions(browser.driver)
                    .moveToElement(browser.find("#map"), 40, -60)
                    .click()
                    .perform();
            browser.find("#report-form");
            browser.find("#report-description").sendKeys("proposal words " + language);
            browser.click("#submit-report");
            browser.click("#propose");
            List<WebElement> shown =
                    browser.await(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#proposals li"), 0));
            String reportId = null;
            for (JsonNode spot :
                    app.get("/api/districts/" + DISTRICT + "/blind-spots").json()) {
                if (("proposal words " + language)
                        .equals(spot.path("description").asText())) {
                    reportId = spot.get("id").asText();
                }
            }
            assertThat(reportId).isNotNull();
            JsonNode proposals = app.get(
                            "/api/plans/" + planId + "/urgent-reports/" + reportId + "/recommendations?limit=3")
                    .json();
            assertThat(shown).hasSize(proposals.size());
            JsonNode first = proposals.get(0);
            long added = first.get("minutesAdded").asLong();
            assertThat(added).as("the crew works longer for the report").isPositive();
            LocalDateTime start = LocalDateTime.parse(first.get("start").asText());
            String clock = start.toLocalTime().toString().substring(0, 5);
            String effect =
                    shown.get(0).findElement(By.cssSelector(".proposal-effect")).getText();
            String summary = browser.text("#new-report-summary");
            if (language.equals("zh")) {
                assertThat(shown.get(0).getText()).contains(dayZh(start) + clock + "开始");
                assertThat(effect).startsWith("工作时间增加" + durationZh(added));
                assertThat(summary).endsWith("前完成");
            } else {
                assertThat(shown.get(0).getText()).contains("starts " + clock + " " + dayEn(start));
                assertThat(effect).startsWith("adds " + durationEn(added) + " to the route");
                assertThat(summary).contains(" · due ");
            }
            assertThat(browser.text("#proposals"))
                    .doesNotContain("hard/")
                    .doesNotContainPattern("\\d\\d-\\d\\d \\d\\d:\\d\\d");
            assertThat(summary).doesNotContainPattern("\\d\\d-\\d\\d \\d\\d:\\d\\d");
        }
    }

    /** The day of a moment against the plan's day, as the page says it (the few days a plan's times fall on). */
    private static String dayEn(LocalDateTime at) {
        long offset = at.toLocalDate().toEpochDay() - TODAY.toEpochDay();
        assertThat(offset).isBetween(-1L, 1L);
        return offset == 0 ? "today" : (offset < 0 ? "yesterday" : "tomorrow");
    }

    private static String dayZh(LocalDateTime at) {
        long offset = at.toLocalDate().toEpochDay() - TODAY.toEpochDay();
        assertThat(offset).isBetween(-1L, 1L);
        return offset == 0 ? "今天" : (offset < 0 ? "昨天" : "明天");
    }

    private static void overdue(String id, JsonNode near, int daysAgo) {
        app.jdbc()
                .sql("INSERT INTO blind_spot (id, district_id, lon, lat, category, volume_m3, priority, source,"
                        + " reported_at, deadline, status, reported_by) VALUES (?, ?, ?, ?,"
                        + " 'HOUSEHOLD_GARBAGE', 1.0, 'URGENT', 'RESIDENT_HOTLINE', ?, ?, 'REPORTED', 'hotline')")
                .params(
                        id,
                        DISTRICT,
                        near.get("lon").asDouble(),
                        near.get("lat").asDouble(),
                        TODAY.minusDays(daysAgo).atTime(18, 0),
                        TODAY.minusDays(daysAgo).atTime(21, 38))
                .update();
    }

    private static void open(String language) {
        browser.open("/dispatcher.html?district=" + DISTRICT + "&plan=" + planId + "&lang=" + language);
        browser.await(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#routes li")));
        browser.find("#unassigned li");
    }

    private static long longLate() {
        JsonNode late = lateTask(LONG_OVERDUE);
        assertThat(late)
                .as("the plan takes the report three days overdue, late")
                .isNotNull();
        return late.get("lateMinutes").asLong();
    }

    private static JsonNode lateTask(String taskId) {
        for (JsonNode late : report.get("late")) {
            if (taskId.equals(late.get("taskId").asText())) {
                return late;
            }
        }
        return null;
    }

    private static List<JsonNode> routesWithPlacedTasks() {
        List<JsonNode> routes = new ArrayList<>();
        report.get("routes").forEach(route -> {
            if (placedTasks(route) > 0) {
                routes.add(route);
            }
        });
        return routes;
    }

    private static int placedTasks(JsonNode route) {
        int count = 0;
        for (JsonNode stop : route.get("stops")) {
            count += "TASK".equals(stop.get("kind").asText())
                            && !stop.path("lon").isNull()
                            && stop.has("lon")
                    ? 1
                    : 0;
        }
        return count;
    }

    /** The page's words for a duration, said independently: minutes under an hour, hours and minutes, days and hours. */
    private static String durationEn(long minutes) {
        if (minutes >= 24 * 60) {
            long hours = Math.round(minutes / 60.0);
            return hours % 24 == 0 ? hours / 24 + " d" : hours / 24 + " d " + hours % 24 + " h";
        }
        if (minutes < 60) {
            return minutes + " min";
        }
        return minutes % 60 == 0 ? minutes / 60 + " h" : minutes / 60 + " h " + minutes % 60 + " min";
    }

    private static String durationZh(long minutes) {
        if (minutes >= 24 * 60) {
            long hours = Math.round(minutes / 60.0);
            return hours % 24 == 0 ? hours / 24 + "天" : hours / 24 + "天" + hours % 24 + "小时";
        }
        if (minutes < 60) {
            return minutes + "分钟";
        }
        return minutes % 60 == 0 ? minutes / 60 + "小时" : minutes / 60 + "小时" + minutes % 60 + "分";
    }
}
