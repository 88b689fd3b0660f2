package city.sanitation.app.crew;

import static org.assertj.core.api.Assertions.assertThat;

import city.sanitation.planning.build.SnowTaskId;
import city.sanitation.planning.report.PlanReport.RouteReport;
import city.sanitation.planning.report.PlanReport.StopReport;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RouteBlocksTest {

    private static final LocalDateTime NIGHT = LocalDateTime.of(2026, 12, 3, 22, 0);

    @Test
    void onlyPassesOneAfterAnotherAlongOneStreetMerge() {
        // The night washer: 三圣寺胡同 forward, then 玉皇阁胡同, then 三圣寺胡同 again.
        RouteReport route = route(
                pass("ssh-1-p1", "三圣寺胡同", "forward"),
                pass("ssh-2-p1", "三圣寺胡同", "forward"),
                pass("yhg-1-p1", "玉皇阁胡同", "forward"),
                pass("ssh-2-p1-r", "三圣寺胡同", "forward"),
                pass("ssh-1-p1-r", "三圣寺胡同", "forward"));

        List<RouteBlocks.Block> blocks = RouteBlocks.of(route);

        assertThat(blocks).extracting(RouteBlocks.Block::street).containsExactly("三圣寺胡同", "玉皇阁胡同", "三圣寺胡同");
        assertThat(blocks)
                .extracting(RouteBlocks.Block::taskIds)
                .containsExactly(
                        List.of("ssh-1-p1", "ssh-2-p1"), List.of("yhg-1-p1"), List.of("ssh-2-p1-r", "ssh-1-p1-r"));
        assertThat(blocks).extracting(RouteBlocks.Block::id).containsExactly("ssh-1-p1", "yhg-1-p1", "ssh-2-p1-r");
        assertThat(blocks).allSatisfy(block -> assertThat(block.kind()).isEqualTo("STREET_PASS"));
        assertThat(blocks.get(0).start()).isEqualTo(NIGHT);
        assertThat(blocks.get(0).end()).isEqualTo(NIGHT.plusMinutes(2));
        assertThat(blocks.get(0).bothWays()).as("one direction only").isFalse();
        assertThat(blocks.get(0).lengthM()).as("no road network: no length").isNull();
    }

    @Test
    void aPassTheWeatherTurnedIntoSweepingIsItsOwnBlockAndTheSheetSaysWhyInBothLanguages() {
        Map<String, String> frost = Map.of("cause", "TOO_COLD", "time", "02:00", "temperatureC", "-9", "minimumC", "3");
        RouteReport route = route(
                pass("a-1-p1", "大北街", "forward"),
                swept(pass("a-2-p1", "大北街", "forward"), "WEATHER_SWEPT_INSTEAD_TOO_COLD", frost));

        List<RouteBlocks.Block> blocks = RouteBlocks.of(route);

        assertThat(blocks).extracting(RouteBlocks.Block::taskIds).containsExactly(List.of("a-1-p1"), List.of("a-2-p1"));
        assertThat(blocks.get(0).weatherCode()).isNull();
        assertThat(blocks.get(1).weatherCode()).isEqualTo("WEATHER_SWEPT_INSTEAD_TOO_COLD");
        assertThat(RouteSheet.weather(blocks.get(0), RouteSheetWords.EN)).isEmpty();
        assertThat(RouteSheet.weather(blocks.get(1), RouteSheetWords.EN))
                .isEqualTo("Swept instead of washed: too cold at 02:00 (\u22129 °C, washing needs ≥ 3 °C)");
        assertThat(RouteSheet.weather(blocks.get(1), RouteSheetWords.ZH))
                .isEqualTo("改为干扫，不冲洗：02:00 气温 \u22129°C，低于冲洗所需的 3°C");
    }

    private static StopReport swept(StopReport stop, String code, Map<String, String> params) {
        return new StopReport(
                stop.sequence(),
                stop.kind(),
                stop.taskId(),
                stop.taskKind(),
                stop.label(),
                stop.facilityId(),
                stop.subdistrictId(),
                stop.gridId(),
                stop.direction(),
                stop.arrival(),
                stop.start(),
                stop.end(),
                stop.travelMetres(),
                stop.waitMinutes(),
                stop.waterAfterM3(),
                stop.loadAfterM3(),
                stop.lateMinutes(),
                stop.lon(),
                stop.lat(),
                stop.snapMetres(),
                code,
                params);
    }

    @Test
    void aStreetWashedThereAndBackIsOneBlockBothWaysFromItsFirstToItsFarthestCrossStreet() {
        RouteReport route = route(
                pass("a-1-p1", "大北街", "forward"),
                pass("a-2-p1", "大北街", "forward"),
                pass("a-2-p1", "大北街", "reverse"),
                pass("a-1-p1", "大北街", "reverse"));
        // 1 --a-1 (400 m)--> 2 --a-2 (250 m)--> 3, and back.
        Map<String, long[]> ends = Map.of("a-1-p1", new long[] {1, 2, 400}, "a-2-p1", new long[] {2, 3, 250});
        Map<Long, String> crossing = Map.of(1L, "西门街", 2L, "中巷", 3L, "东门街");

        List<RouteBlocks.Block> blocks = RouteBlocks.of(route, stop -> {
            long[] segment = ends.get(stop.taskId());
            boolean back = "reverse".equals(stop.direction());
            long from = back ? segment[1] : segment[0];
            long to = back ? segment[0] : segment[1];
            return new RouteBlocks.Pass(from, to, segment[2], crossing.get(from), crossing.get(to));
        });

        assertThat(blocks).hasSize(1);
        RouteBlocks.Block street = blocks.get(0);
        assertThat(street.bothWays()).isTrue();
        assertThat(street.from()).isEqualTo("西门街");
        assertThat(street.to()).as("where it turns, not where it ends").isEqualTo("东门街");
        assertThat(street.lengthM()).as("metres washed, both ways").isEqualTo(1300);
        assertThat(street.taskIds()).hasSize(4);
    }

    @Test
    void everyOtherStopIsABlockOfItsOwnAndBreaksAStreetApart() {
        List<StopReport> stops = new ArrayList<>();
        stops.add(pass("s-1-p1", "大北街", "forward"));
        stops.add(stop("BREAK", null, null, "break"));
        stops.add(pass("s-2-p1", "大北街", "forward"));
        stops.add(stop("TASK", "bs-7", "BLIND_SPOT", "垃圾堆 大北街 12 号"));
        stops.add(stop("TASK", "toilet-3-r1", "TOILET_ROUND", "公厕 3"));
        stops.add(stop("REFILL", null, null, "refill water at 消防栓 1"));
        stops.add(stop("DEPOT", null, null, "back at the depot"));

        List<RouteBlocks.Block> blocks = RouteBlocks.of(route(stops.toArray(StopReport[]::new)));

        assertThat(blocks)
                .extracting(RouteBlocks.Block::kind)
                .containsExactly(
                        "STREET_PASS", "BREAK", "STREET_PASS", "BLIND_SPOT", "TOILET_ROUND", "REFILL", "DEPOT");
        assertThat(blocks.get(1).id()).isEqualTo("BREAK-2");
        assertThat(blocks.get(1).taskIds()).as("nothing to report on a break").isEmpty();
        assertThat(blocks.get(3).taskIds()).containsExactly("bs-7");
        assertThat(blocks.get(3).street()).isEqualTo("垃圾堆 大北街 12 号");
        assertThat(blocks.get(5).street())
                .as("the hydrant's name without the solver's English around it")
                .isEqualTo("消防栓 1");
    }

    @Test
    void snowWorkIsWordedAsPloughingAndDeIcingAndASaltReloadIsNoWaterRefill() {
        RouteReport route = route(
                pass("a-1-plough1", "大北街", "forward"),
                pass("a-1-plough2", "大北街", "forward"),
                pass("a-1-deice", "大北街", "forward"),
                pass("a-2-p1", "大北街", "forward"),
                stop("SALT_RELOAD", null, null, "reload salt at 融雪剂储备点（一号车场）"));

        List<RouteBlocks.Block> blocks = RouteBlocks.of(route);

        assertThat(blocks)
                .extracting(RouteBlocks.Block::taskIds)
                .as("a plough, a de-icing and a washing pass of one street are three blocks")
                .containsExactly(
                        List.of("a-1-plough1", "a-1-plough2"), List.of("a-1-deice"), List.of("a-2-p1"), List.of());
        assertThat(blocks)
                .extracting(RouteBlocks.Block::snowWork)
                .containsExactly(SnowTaskId.PLOUGH, SnowTaskId.DE_ICE, null, null);
        assertThat(blocks.get(3).kind()).isEqualTo("SALT_RELOAD");
        assertThat(blocks.get(3).street()).isEqualTo("融雪剂储备点（一号车场）");
        assertThat(RouteSheet.what(blocks.get(0), RouteSheetWords.EN)).isEqualTo("Plough 大北街");
        assertThat(RouteSheet.what(blocks.get(0), RouteSheetWords.ZH)).isEqualTo("推雪 大北街");
        assertThat(RouteSheet.what(blocks.get(1), RouteSheetWords.EN)).isEqualTo("De-ice 大北街");
        assertThat(RouteSheet.what(blocks.get(1), RouteSheetWords.ZH)).isEqualTo("撒融雪剂 大北街");
        assertThat(RouteSheet.what(blocks.get(2), RouteSheetWords.EN)).isEqualTo("Wash 大北街");
        assertThat(RouteSheet.what(blocks.get(3), RouteSheetWords.EN)).isEqualTo("Salt reload");
        assertThat(RouteSheet.what(blocks.get(3), RouteSheetWords.ZH)).isEqualTo("装融雪剂");
    }

    @Test
    void withoutTheRoadNetworkTheOtherSideOfAStreetStillCountsAsBothWays() {
        RouteReport route = route(pass("b-1-p1", "小巷", "forward"), pass("b-1-p1-r", "小巷", "forward"));

        assertThat(RouteBlocks.of(route).get(0).bothWays()).isTrue();
    }

    private static int sequence;

    private static StopReport pass(String taskId, String street, String direction) {
        StopReport stop = stop("TASK", taskId, "STREET_PASS", street);
        return new StopReport(
                stop.sequence(),
                stop.kind(),
                taskId,
                "STREET_PASS",
                street,
                null,
                null,
                null,
                direction,
                stop.arrival(),
                stop.start(),
                stop.end(),
                0,
                0,
                0,
                0,
                0,
                stop.lon(),
                stop.lat(),
                null);
    }

    private static StopReport stop(String kind, String taskId, String taskKind, String label) {
        sequence++;
        LocalDateTime start = NIGHT.plusMinutes(sequence - 1);
        return new StopReport(
                sequence,
                kind,
                taskId,
                taskKind,
                label,
                null,
                null,
                null,
                null,
                start,
                start,
                start.plusMinutes(1),
                0,
                0,
                0,
                0,
                0,
                116.0 + sequence / 1000.0,
                39.9,
                null);
    }

    private static RouteReport route(StopReport... stops) {
        sequence = 0;
        List<StopReport> renumbered = new ArrayList<>();
        for (StopReport stop : stops) {
            sequence++;
            LocalDateTime start = NIGHT.plusMinutes(sequence - 1);
            renumbered.add(new StopReport(
                    sequence,
                    stop.kind(),
                    stop.taskId(),
                    stop.taskKind(),
                    stop.label(),
                    null,
                    null,
                    null,
                    stop.direction(),
                    start,
                    start,
                    start.plusMinutes(1),
                    0,
                    0,
                    0,
                    0,
                    0,
                    stop.lon(),
                    stop.lat(),
                    null,
                    stop.weatherCode(),
                    stop.weatherParams()));
        }
        return new RouteReport(
                "washer-01",
                "洗扫车 1",
                "wash-sweeper",
                NIGHT,
                NIGHT.plusHours(8),
                NIGHT,
                NIGHT.plusHours(8),
                10,
                4,
                6,
                3,
                0,
                400,
                0,
                renumbered);
    }
}
