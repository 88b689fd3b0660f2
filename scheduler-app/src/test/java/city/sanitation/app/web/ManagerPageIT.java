package city.sanitation.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import city.sanitation.app.AppInstance;
import city.sanitation.app.SampleData;
import city.sanitation.app.TestDatabase;
import city.sanitation.app.security.NewAccount;
import city.sanitation.app.security.Role;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The manager's page in Chinese and English, on a desktop (1280 px) and a phone (390 px): it fits the screen, compares
 * the newest version with the one before by default, explains every figure, draws its chart labels whole, and sets
 * the nightly schedule with a picker that a manager reads back in words.
 */
class ManagerPageIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private static final String DISTRICT = "pingcheng";
    private static final String ONE_VERSION_DISTRICT = "solo";
    private static final String MANAGER = "page-manager";
    private static final String PASSWORD = "page manager password 1";

    private static AppInstance app;
    private static Browser browser;
    private static long planId;

    @RegisterExtension
    final ScreenshotOnFailure screenshots = new ScreenshotOnFailure(() -> browser);

    @BeforeAll
    static void start() throws InterruptedException {
        app = AppInstance.start("spring.datasource.url=" + TestDatabase.freshDatabaseUrl("managerpage"));
        for (String district : List.of(DISTRICT, ONE_VERSION_DISTRICT)) {
            var imported = app.post("/api/districts/" + district + "/datasets", SampleData.smallDistrict(TODAY));
            assertThat(imported.status().value()).as(imported.body()).isEqualTo(201);
        }
        planId = solvedPlan(DISTRICT);
        var again = app.post("/api/plans/" + planId + "/solve", Map.of("fromVersion", 1));
        assertThat(again.status().value()).as(again.body()).isEqualTo(202);
        awaitSolved(planId, 2);
        solvedPlan(ONE_VERSION_DISTRICT);
        app.withPassword(new NewAccount(
                MANAGER, "Page manager", Role.MANAGER, Set.of(DISTRICT, ONE_VERSION_DISTRICT), null, null, PASSWORD));
        browser = Browser.start(app.baseUrl, 1280, 900);
        browser.signIn(MANAGER, PASSWORD);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        app.close();
    }

    @ParameterizedTest(name = "{0} at {1} px")
    @CsvSource({"zh, 1280", "en, 1280", "zh, 390", "en, 390"})
    void comparesTheNewestVersionWithTheOneBeforeOnAPageThatFits(String language, int width) throws IOException {
        browser.driver.manage().window().setSize(new Dimension(width, 900));
        try {
            browser.open("/manager.html?district=" + DISTRICT + "&lang=" + language);
            // Nothing named in the address: the newest version against the one before it.
            assertThat(browser.text("#kpi-table thead"))
                    .contains("#" + planId + " v1")
                    .contains("#" + planId + " v2");
            assertThat(new Select(browser.find("#left-version"))
                            .getFirstSelectedOption()
                            .getAttribute("value"))
                    .isEqualTo("1");
            assertThat(new Select(browser.find("#right-version"))
                            .getFirstSelectedOption()
                            .getAttribute("value"))
                    .isEqualTo("2");
            assertThat(browser.driver.findElement(By.id("compare-note")).isDisplayed())
                    .isFalse();
            browser.await(driver ->
                    driver.findElements(By.cssSelector("#charts figure.chart")).size() == 8);

            Object overflow = browser.script("return document.documentElement.scrollWidth - window.innerWidth;");
            assertThat(((Number) overflow).intValue())
                    .as("the page is no wider than the screen (%s px, %s)", width, language)
                    .isLessThanOrEqualTo(0);
            Object compareButtonRight = browser.script(
                    "return document.getElementById('compare').getBoundingClientRect().right - window.innerWidth;");
            assertThat(((Number) compareButtonRight).doubleValue()).isLessThanOrEqualTo(0);

            // Every figure says on hover what it counts, in the page's language.
            List<String> unexplained = browser.await(
                    driver -> driver.findElements(By.cssSelector("#kpi-table tbody tr[data-kpi] > *")).stream()
                            .filter(cell -> {
                                String title = cell.getAttribute("title");
                                return title == null || title.isBlank() || title.startsWith("explain_");
                            })
                            .map(cell -> cell.findElement(By.xpath("./..")).getAttribute("data-kpi"))
                            .toList());
            assertThat(unexplained).isEmpty();
            assertThat(browser.driver.findElements(By.cssSelector("#kpi-table tbody tr[data-kpi]")))
                    .hasSizeGreaterThan(15);
            String clearedWithinSla = browser.find("#kpi-table tr[data-kpi=blindSpotsClearedWithinSla] th")
                    .getAttribute("title");
            assertThat(clearedWithinSla)
                    .isEqualTo(
                            language.equals("en")
                                    ? "Of the blind spots cleared, those finished by their deadline (cleared minus"
                                            + " overdue)."
                                    : "已清理死角中在截止时间前完成的数量（= 死角清理 − 超时死角）。");
            assertThat(browser.driver.findElements(By.cssSelector("#charts figure.chart")))
                    .allSatisfy(chart ->
                            assertThat(chart.getAttribute("title")).isNotBlank().doesNotStartWith("explain_"));
            assertThat(browser.find("#moved").getAttribute("title")).isNotBlank();

            // A phone has no hover: a tap on a figure's (i) shows its explanation under it, a second tap hides it.
            String row = "#kpi-table tr[data-kpi=blindSpotsClearedWithinSla]";
            String explained = "#kpi-table tr.explain-row[data-explains=blindSpotsClearedWithinSla]";
            browser.click(row + " th button.info");
            assertThat(browser.text(explained)).isEqualTo(clearedWithinSla);
            assertThat(browser.find(row + " th button.info").getAttribute("aria-expanded"))
                    .isEqualTo("true");
            browser.click(row + " th button.info");
            browser.await(
                    driver -> driver.findElements(By.cssSelector(explained)).isEmpty());
            String sla = "#charts figure[data-chart=chartSla]";
            browser.click(sla + " figcaption button.info");
            assertThat(browser.text(sla + " p.explain"))
                    .isEqualTo(browser.find(sla).getAttribute("title"))
                    .isNotBlank();
            browser.click("#moved button.info");
            assertThat(browser.text("#moved .explain"))
                    .isEqualTo(browser.find("#moved").getAttribute("title"));
            assertThat(browser.driver.findElements(By.cssSelector("#kpi-table tbody tr[data-kpi] th")))
                    .as("every figure has its (i)")
                    .allSatisfy(th -> assertThat(th.findElements(By.cssSelector("button.info")))
                            .hasSize(1));
            Object overflowOpen = browser.script("return document.documentElement.scrollWidth - window.innerWidth;");
            assertThat(((Number) overflowOpen).intValue())
                    .as("an explanation shown does not widen the page")
                    .isLessThanOrEqualTo(0);
            browser.click(sla + " figcaption button.info");
            browser.click("#moved button.info");

            // Chart labels whole: no ellipsis, and each drawn inside its chart.
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> labels = (List<Map<String, Object>>)
                    browser.script("return [...document.querySelectorAll('#charts svg text')].map((text) => {"
                            + " const box = text.getBBox();"
                            + " return { text: text.textContent, right: box.x + box.width,"
                            + " width: text.ownerSVGElement.viewBox.baseVal.width }; });");
            assertThat(labels).isNotEmpty();
            assertThat(labels).allSatisfy(label -> {
                assertThat((String) label.get("text")).doesNotContain("…");
                assertThat(((Number) label.get("right")).doubleValue())
                        .as("the label %s fits its chart", label.get("text"))
                        .isLessThanOrEqualTo(((Number) label.get("width")).doubleValue());
            });
            assertThat(labels.stream().map(label -> (String) label.get("text")))
                    .contains(language.equals("en") ? "Blind spots overdue" : "超时死角");

            // The manager chooses the pair: the newer version on the left now, the older on the right.
            new Select(browser.find("#left-version")).selectByValue("2");
            new Select(browser.find("#right-version")).selectByValue("1");
            browser.click("#compare");
            browser.await(driver -> driver.findElement(By.cssSelector("#kpi-table thead th:nth-child(2)"))
                    .getText()
                    .startsWith("#" + planId + " v2"));
            assertThat(browser.text("#kpi-table thead th:nth-child(3)")).startsWith("#" + planId + " v1");
            assertThat(browser.currentUrl()).contains("left=" + planId + "v2").contains("right=" + planId + "v1");
            new Select(browser.find("#left-version")).selectByValue("1");
            new Select(browser.find("#right-version")).selectByValue("2");
            browser.click("#compare");
            browser.await(driver -> driver.findElement(By.cssSelector("#kpi-table thead th:nth-child(2)"))
                    .getText()
                    .startsWith("#" + planId + " v1"));
            browser.await(driver ->
                    driver.findElements(By.cssSelector("#charts figure.chart")).size() == 8);

            Path shot = browser.screenshot("manager-" + width + "-" + language);
            if (width == 1280 && language.equals("en")) {
                fullPageScreenshot("manager-1280");
            }
            assertThat(shot).exists();
        } finally {
            browser.driver.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    @Test
    void withOnlyOneVersionThePageSaysThereIsNothingToCompareAndANewPlanIsComparedWithThePublishedOne()
            throws InterruptedException {
        browser.open("/manager.html?district=" + ONE_VERSION_DISTRICT + "&lang=en");
        assertThat(browser.text("#compare-note")).isEqualTo("Only one version: nothing to compare yet.");
        assertThat(browser.driver.findElements(By.cssSelector("#kpi-table tr"))).isEmpty();
        new Select(browser.find("#language")).selectByValue("zh");
        assertThat(browser.text("#compare-note")).isEqualTo("只有一个版本，暂无可对比的版本。");

        // A newer plan with one version: compared with the previous plan's published version.
        long published = app.get("/api/districts/" + ONE_VERSION_DISTRICT + "/plans")
                .json()
                .get(0)
                .get("id")
                .asLong();
        app.publishFirstVersion(published);
        long newer = solvedPlan(ONE_VERSION_DISTRICT);
        browser.open("/manager.html?district=" + ONE_VERSION_DISTRICT);
        assertThat(browser.text("#kpi-table thead th:nth-child(2)")).startsWith("#" + published + " v1");
        assertThat(browser.text("#kpi-table thead th:nth-child(3)")).startsWith("#" + newer + " v1");
        assertThat(browser.driver.findElement(By.id("compare-note")).isDisplayed())
                .isFalse();
    }

    @Test
    void theNightlyScheduleIsPickedAndReadInWords() throws InterruptedException {
        browser.open("/manager.html?district=" + DISTRICT + "&lang=en");
        assertThat(browser.text("#schedule-words")).isEqualTo("every day at 18:00");
        assertThat(browser.find("#day-MON").isSelected()).isTrue();
        assertThat(browser.find("#day-SUN").isSelected()).isTrue();

        // Monday to Friday at 06:30.
        browser.click("label[for=day-SAT]");
        browser.click("label[for=day-SUN]");
        new Select(browser.find("#schedule-hour")).selectByVisibleText("06");
        new Select(browser.find("#schedule-minute")).selectByVisibleText("30");
        assertThat(browser.text("#cron-preview")).isEqualTo("When saved: Mon–Fri at 06:30");
        browser.click("#save-cron");
        AppInstance.await(
                "the schedule stored",
                Duration.ofSeconds(20),
                () -> storedCron().equals("0 30 6 ? * MON-FRI"));
        browser.await(
                driver -> driver.findElement(By.id("schedule-words")).getText().equals("Mon–Fri at 06:30"));
        new Select(browser.find("#language")).selectByValue("zh");
        browser.await(
                driver -> driver.findElement(By.id("schedule-words")).getText().equals("每周一至周五06:30"));
        assertThat(browser.find("#day-SAT").isSelected()).isFalse();
        assertThat(browser.find("#day-FRI").isSelected()).isTrue();
        new Select(browser.find("#language")).selectByValue("en");

        // A schedule the picker cannot say is kept as its cron, marked advanced, and edited as text.
        browser.click("#cron-advanced summary");
        WebElement cron = browser.find("#cron");
        cron.clear();
        cron.sendKeys("0 0 6,18 ? * MON-FRI");
        browser.click("#save-cron");
        AppInstance.await(
                "the advanced schedule stored",
                Duration.ofSeconds(20),
                () -> storedCron().equals("0 0 6,18 ? * MON-FRI"));
        browser.await(driver ->
                driver.findElement(By.id("schedule-words")).getText().equals("advanced (cron 0 0 6,18 ? * MON-FRI)"));
        browser.open("/manager.html?district=" + DISTRICT + "&lang=en");
        assertThat(browser.find("#cron").getAttribute("value")).isEqualTo("0 0 6,18 ? * MON-FRI");
        assertThat(browser.text("#cron-advanced-note")).startsWith("This schedule is more than the choices");

        // The app refuses a cron: its reason, naming the cron, next to the picker, and nothing stored.
        cron = browser.find("#cron");
        cron.clear();
        cron.sendKeys("0 0 25 * * ?");
        browser.click("#save-cron");
        assertThat(browser.text("#cron-error"))
                .startsWith("Schedule not saved: cron (0 0 25 * * ?) is not a Quartz cron expression");
        assertThat(browser.find("#cron").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(storedCron()).isEqualTo("0 0 6,18 ? * MON-FRI");

        // Every day again, from the picker: the text is replaced by what was picked.
        for (String day : List.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN")) {
            if (!browser.find("#day-" + day).isSelected()) {
                browser.click("label[for=day-" + day + "]");
            }
        }
        new Select(browser.find("#schedule-hour")).selectByVisibleText("18");
        new Select(browser.find("#schedule-minute")).selectByVisibleText("00");
        assertThat(browser.driver.findElement(By.id("cron-error")).isDisplayed())
                .isFalse();
        browser.click("#save-cron");
        AppInstance.await(
                "the daily schedule stored",
                Duration.ofSeconds(20),
                () -> storedCron().equals("0 0 18 * * ?"));
        assertThat(browser.text("#schedule-words")).isEqualTo("every day at 18:00");
    }

    private static String storedCron() {
        return app.get("/api/districts/" + DISTRICT + "/nightly")
                .json()
                .get("cron")
                .asText();
    }

    /** The whole page at 1280 px (for the README), beyond the window's height, as Chromium's DevTools take it. */
    private static void fullPageScreenshot(String name) throws IOException {
        Number height = (Number) browser.script("return document.documentElement.scrollHeight;");
        Map<String, Object> shot = browser.driver.executeCdpCommand(
                "Page.captureScreenshot",
                Map.of(
                        "captureBeyondViewport",
                        true,
                        "clip",
                        Map.of("x", 0, "y", 0, "width", 1280, "height", height.intValue(), "scale", 1)));
        Files.createDirectories(Browser.SCREENSHOTS);
        Files.write(
                Browser.SCREENSHOTS.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
    }

    /**
     * A manager asks "what if it snows 5 cm?" on a phone and reads the two plans side by side with their forecasts;
     * a dispatcher of the district reports a snowfall on the board; both forms in both languages on a phone and a
     * desk. A district of its own, so that the what-if plan changes no other test's default comparison.
     */
    @Test
    void aWhatIfSnowIsPlannedAndComparedAndADispatcherReportsASnowfall() throws InterruptedException {
        String district = "whatifpage";
        var imported = app.post("/api/districts/" + district + "/datasets", SampleData.smallDistrict(TODAY));
        assertThat(imported.status().value()).as(imported.body()).isEqualTo(201);
        String forecast = SampleData.forecast(TODAY, "page forecast", 6, Map.of());
        assertThat(app.put("/api/districts/" + district + "/forecast", forecast)
                        .status()
                        .value())
                .isEqualTo(200);
        long base = solvedPlan(district);
        String firstHour = app.get("/api/plans/" + base + "/versions/1/forecast")
                .json()
                .get("hours")
                .get(0)
                .get("hour")
                .asText()
                .substring(0, 16);
        app.withPassword(new NewAccount(
                "whatif-manager", "What-if manager", Role.MANAGER, Set.of(district), null, null, PASSWORD));
        app.withPassword(new NewAccount(
                "snow-dispatcher", "Snow dispatcher", Role.DISPATCHER, Set.of(district), null, null, PASSWORD));
        try {
            browser.signIn("whatif-manager", PASSWORD);
            for (String[] screen : new String[][] {{"en", "1280"}, {"zh", "390"}}) {
                browser.driver.manage().window().setSize(new Dimension(Integer.parseInt(screen[1]), 900));
                browser.open("/manager.html?district=" + district + "&lang=" + screen[0]);
                assertThat(browser.text("#whatif-title"))
                        .isEqualTo(screen[0].equals("en") ? "What-if weather" : "假如天气不同");
                assertThat(browser.text("#whatif-run")).isEqualTo(screen[0].equals("en") ? "Plan the what-if" : "规划假设");
                // The day's first forecast hour is suggested once the versions are read.
                browser.await(driver -> firstHour.equals(
                        driver.findElement(By.id("whatif-start")).getAttribute("value")));
                assertNoWiderThanTheScreen();
            }
            // On the phone, in Chinese: snow all day, 5 cm in all.
            new Select(browser.find("#whatif-kind")).selectByValue("snow");
            browser.script("document.getElementById('whatif-hours').value = '12';"
                    + " document.getElementById('whatif-amount').value = '5';");
            browser.click("#whatif-run");
            long whatIf = browser.await(driver -> {
                var made = app.get("/api/plans/" + base + "/what-ifs").json();
                return made.isEmpty() ? null : made.get(0).get("id").asLong();
            });
            browser.await(driver -> driver.findElement(By.cssSelector("#kpi-table thead th:nth-child(3)"))
                    .getText()
                    .startsWith("#" + whatIf + " v1"));
            assertThat(browser.text("#kpi-table thead th:nth-child(2)")).startsWith("#" + base + " v1");
            assertThat(browser.text("#whatif-status")).contains("#" + whatIf).contains("已完成");
            assertThat(browser.text("#forecasts li[data-side-plan='" + whatIf + "']"))
                    .contains("假设")
                    .contains("降雪 5 cm")
                    .contains("what-if: page forecast");
            assertThat(browser.text("#forecasts li[data-side-plan='" + base + "']"))
                    .contains("page forecast")
                    .contains("降雪 0 cm");
            assertThat(browser.driver.findElements(By.cssSelector("#code-table tr[data-kind=weather]")))
                    .as("the passes the snow changed are counted")
                    .isNotEmpty();
            assertNoWiderThanTheScreen();
            browser.script("document.getElementById('forecasts').scrollIntoView();");
            browser.screenshot("manager-what-if-390-zh");

            browser.signIn("snow-dispatcher", PASSWORD);
            for (String[] screen : new String[][] {{"zh", "1280"}, {"en", "390"}}) {
                browser.driver.manage().window().setSize(new Dimension(Integer.parseInt(screen[1]), 900));
                browser.open("/dispatcher.html?district=" + district + "&lang=" + screen[0]);
                assertThat(browser.text(".snowfall legend"))
                        .isEqualTo(screen[0].equals("en") ? "Report snowfall" : "报告降雪");
                // The board has read the district (its plans) before a report names it.
                browser.await(driver ->
                        !driver.findElements(By.cssSelector("#plan option")).isEmpty());
                assertNoWiderThanTheScreen();
            }
            String end = java.time.LocalDateTime.parse(firstHour).plusHours(1).toString();
            browser.script(
                    "document.getElementById('snowfall-start').value = arguments[0];"
                            + " document.getElementById('snowfall-end').value = arguments[1];"
                            + " document.getElementById('snowfall-depth').value = '4';",
                    firstHour,
                    end);
            browser.click("#snowfall");
            browser.await(driver ->
                    driver.findElement(By.id("snowfall-result")).getText().contains("4 cm"));
            var stored = app.get("/api/districts/" + district + "/forecast").json();
            assertThat(stored.get("receivedFrom").asText()).isEqualTo("snowfall:snow-dispatcher");
            assertThat(stored.get("forecast")
                            .get("hours")
                            .get(0)
                            .get("precipitation")
                            .get("depthCm")
                            .asDouble())
                    .isEqualTo(4.0);
            browser.script("document.querySelector('.snowfall').scrollIntoView();");
            browser.screenshot("dispatcher-snowfall-390-en");
        } finally {
            browser.driver.manage().window().setSize(new Dimension(1280, 900));
            browser.signIn(MANAGER, PASSWORD);
        }
    }

    private static void assertNoWiderThanTheScreen() {
        Object overflow = browser.script("return document.documentElement.scrollWidth - window.innerWidth;");
        assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
    }

    private static long solvedPlan(String district) {
        long id = app.createPlan(district, TODAY);
        app.solveToFirstVersion(id, Duration.ofSeconds(90));
        return id;
    }

    private static void awaitSolved(long id, int versions) throws InterruptedException {
        AppInstance.await(
                "version " + versions + " of plan " + id,
                Duration.ofSeconds(90),
                () -> app.get("/api/plans/" + id + "/versions").json().size() >= versions
                        && !app.get("/api/plans/" + id).json().get("solving").asBoolean());
    }
}
