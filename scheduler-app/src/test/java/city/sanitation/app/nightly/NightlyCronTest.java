package city.sanitation.app.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import city.sanitation.app.nightly.NightlyCron.Kind;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Each rule with a cron it refuses beside a close one it accepts. */
class NightlyCronTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Instant NOW = Instant.parse("2026-03-10T08:00:00Z");

    private final NightlyCron rules = new NightlyCron(Duration.ofHours(1));

    @Test
    void aDayNoMonthHasNeverFiresAndADayThatExistsDoes() {
        assertRefused("0 0 0 30 2 ?", Kind.NEVER_FIRES, "never fires");
        assertAccepted("0 0 0 28 2 ?");
    }

    @Test
    void aPastYearNeverFiresAndAComingOneDoes() {
        assertRefused("0 0 18 * * ? 2020", Kind.NEVER_FIRES, "never fires");
        assertAccepted("0 0 18 * * ? 2027");
    }

    @Test
    void textThatIsNoQuartzCronIsRefusedNamingWhatIsWrong() {
        assertRefused("garbage", Kind.INVALID, "is not a Quartz cron expression");
        assertRefused("0 0 25 * * ?", Kind.INVALID, "is not a Quartz cron expression");
        assertRefused("0 0 18 * * *", Kind.INVALID, "is not a Quartz cron expression");
        assertRefused("", Kind.INVALID, "is missing");
        assertRefused(null, Kind.INVALID, "is missing");
        assertRefused("0 0 18 * * ?" + " ".repeat(200), Kind.INVALID, "more than 120");
        assertAccepted("0 0 18 * * ?");
        assertAccepted("0 0 18 ? * MON-FRI");
    }

    @Test
    void firingMoreOftenThanTheMinimumIntervalIsRefusedAndAtItIsAccepted() {
        assertRefused("0 * * * * ?", Kind.TOO_FREQUENT, "1 min apart, more often than every 1 h");
        assertRefused("0 0/30 * * * ?", Kind.TOO_FREQUENT, "30 min apart");
        assertAccepted("0 0 * * * ?");
    }

    @Test
    void twoTimesCloseTogetherOnceADayAreRefusedAndTwoHoursApartAccepted() {
        assertRefused("0 0,30 18 * * ?", Kind.TOO_FREQUENT, "30 min apart");
        assertAccepted("0 0 18,20 * * ?");
    }

    @Test
    void startUpOnlyFlagsWhatQuartzCannotRegisterNotWhatIsTooFrequent() {
        assertThat(NightlyCron.unregistrable("0 0 0 30 2 ?", SHANGHAI, NOW))
                .map(NightlyCron.Problem::kind)
                .contains(Kind.NEVER_FIRES);
        assertThat(NightlyCron.unregistrable("0 * * * * ?", SHANGHAI, NOW)).isEmpty();
    }

    @Test
    void everyReasonNamesTheCronAndGivesAHint() {
        for (String cron : new String[] {"garbage", "0 0 0 30 2 ?", "0 * * * * ?"}) {
            assertThat(rules.rejection(cron, SHANGHAI, NOW))
                    .hasValueSatisfying(problem -> assertThat(problem.reason())
                            .contains("(" + cron + ")")
                            .contains("Maybe"));
        }
    }

    private void assertRefused(String cron, Kind kind, String reason) {
        assertThat(rules.rejection(cron, SHANGHAI, NOW)).as(cron).hasValueSatisfying(problem -> {
            assertThat(problem.kind()).isEqualTo(kind);
            assertThat(problem.reason()).contains(reason);
        });
    }

    private void assertAccepted(String cron) {
        assertThat(rules.rejection(cron, SHANGHAI, NOW)).as(cron).isEmpty();
    }
}
