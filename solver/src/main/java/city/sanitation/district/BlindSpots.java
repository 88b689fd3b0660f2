package city.sanitation.district;

import city.sanitation.district.Facilities.Market;
import city.sanitation.road.RoadClass;
import city.sanitation.task.BlindSpotCategory;
import city.sanitation.task.BlindSpotReport;
import city.sanitation.task.Priority;
import city.sanitation.task.ReportSource;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;

/**
 * Garbage blind spots (垃圾死角) reported over the day before and the planning day: mostly in alleys and behind
 * markets, mostly small household piles, now and then construction debris big enough to need a loader.
 */
final class BlindSpots {

    static final String LOADER = "loader";
    /** Piles from this size up need a loader. */
    static final double LOADER_VOLUME_M3 = 3.0;

    private static final double MARKET_SHARE = 0.25;
    private static final Map<RoadClass, Double> CLASS_WEIGHT =
            Map.of(RoadClass.ALLEY, 6.0, RoadClass.BRANCH, 3.0, RoadClass.SECONDARY, 1.5, RoadClass.MAIN, 0.5);

    private static final Map<BlindSpotCategory, String> WHAT = Map.of(
            BlindSpotCategory.HOUSEHOLD_GARBAGE, "生活垃圾堆放",
            BlindSpotCategory.CONSTRUCTION_DEBRIS, "建筑垃圾（渣土）",
            BlindSpotCategory.BULKY_WASTE, "废旧家具等大件垃圾",
            BlindSpotCategory.MARKET_OR_ALLEY_CORNER, "卫生死角积存垃圾");

    private final StreetMap map;
    private final List<Market> markets;
    private final LocalDate day;
    private final Random random;
    private final WeightedStreets streets;

    BlindSpots(StreetMap map, List<Market> markets, LocalDate day, Random random) {
        this.map = map;
        this.markets = markets;
        this.day = day;
        this.random = random;
        this.streets = new WeightedStreets(
                map,
                map.streetsOf(EnumSet.allOf(RoadClass.class)),
                street -> CLASS_WEIGHT.get(map.streets().get(street).roadClass()));
    }

    /** {@code count} reports, numbered bs-0001... in the order they came in. */
    List<BlindSpotReport> report(int count) {
        List<BlindSpotReport> unnumbered = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            unnumbered.add(oneReport());
        }
        List<BlindSpotReport> sorted = unnumbered.stream()
                .sorted(Comparator.comparing(BlindSpotReport::reportedAt))
                .toList();
        List<BlindSpotReport> numbered = new ArrayList<>(count);
        String idFormat = count > 9999 ? "bs-%05d" : "bs-%04d";
        for (int i = 0; i < sorted.size(); i++) {
            BlindSpotReport report = sorted.get(i);
            numbered.add(new BlindSpotReport(
                    idFormat.formatted(i + 1),
                    report.location(),
                    report.category(),
                    report.volumeM3(),
                    report.priority(),
                    report.reportedAt(),
                    report.deadline(),
                    report.equipment(),
                    report.source(),
                    report.description()));
        }
        return numbered;
    }

    private BlindSpotReport oneReport() {
        Point location;
        BlindSpotCategory category;
        String where;
        if (!markets.isEmpty() && random.nextDouble() < MARKET_SHARE) {
            Market market = markets.get(random.nextInt(markets.size()));
            double angle = random.nextDouble() * 2 * Math.PI;
            double distance = 15 + 45 * random.nextDouble();
            Coordinate metres = new Coordinate(
                    market.metres().x + distance * Math.cos(angle), market.metres().y + distance * Math.sin(angle));
            location = Wgs84.point(map.projection().toWgs84(metres.x, metres.y));
            category = random.nextDouble() < 0.8
                    ? BlindSpotCategory.MARKET_OR_ALLEY_CORNER
                    : BlindSpotCategory.HOUSEHOLD_GARBAGE;
            where = market.name() + "后侧";
        } else {
            int street = streets.pick(random);
            boolean left = random.nextBoolean();
            double offset = (left ? 1 : -1) * (4 + 16 * random.nextDouble());
            location = map.beside(street, 0.1 + 0.8 * random.nextDouble(), offset);
            category = categoryOn(map.streets().get(street).roadClass());
            String side = map.leftSideName(street);
            String name = map.streets().get(street).name();
            where = (name.isBlank() ? "无名路" : name) + (left ? side : opposite(side)) + "侧";
        }
        double volume = volume(category);
        ReportSource source = source();
        Priority priority = priority(source);
        LocalDateTime reportedAt = reportedAt(priority);
        Set<String> equipment = volume >= LOADER_VOLUME_M3 ? Set.of(LOADER) : Set.of();
        String description = where + WHAT.get(category) + "，约" + String.format(Locale.ROOT, "%.1f", volume) + "方";
        return new BlindSpotReport(
                "",
                location,
                category,
                volume,
                priority,
                reportedAt,
                reportedAt.plus(priority.defaultSla()),
                equipment,
                source,
                description);
    }

    private BlindSpotCategory categoryOn(RoadClass roadClass) {
        double draw = random.nextDouble();
        return switch (roadClass) {
            case ALLEY -> pick(draw, 0.45, 0.25, 0.18);
            case BRANCH, SECONDARY -> pick(draw, 0.40, 0.10, 0.25);
            case MAIN -> pick(draw, 0.15, 0.0, 0.40);
        };
    }

    /** Household, then corner, then bulky by the given shares; construction debris takes the rest. */
    private static BlindSpotCategory pick(double draw, double household, double corner, double bulky) {
        if (draw < household) {
            return BlindSpotCategory.HOUSEHOLD_GARBAGE;
        }
        if (draw < household + corner) {
            return BlindSpotCategory.MARKET_OR_ALLEY_CORNER;
        }
        if (draw < household + corner + bulky) {
            return BlindSpotCategory.BULKY_WASTE;
        }
        return BlindSpotCategory.CONSTRUCTION_DEBRIS;
    }

    /** Cubic metres, skewed towards small piles. */
    private double volume(BlindSpotCategory category) {
        double[] range = switch (category) {
            case HOUSEHOLD_GARBAGE -> new double[] {0.2, 1.5};
            case MARKET_OR_ALLEY_CORNER -> new double[] {0.3, 2.5};
            case BULKY_WASTE -> new double[] {0.5, 3.5};
            case CONSTRUCTION_DEBRIS -> new double[] {0.5, 6.0};
        };
        double skewed = Math.pow(random.nextDouble(), 1.6);
        return Math.rint((range[0] + (range[1] - range[0]) * skewed) * 10) / 10;
    }

    private ReportSource source() {
        double draw = random.nextDouble();
        if (draw < 0.40) {
            return ReportSource.RESIDENT_HOTLINE;
        }
        if (draw < 0.70) {
            return ReportSource.GRID_WORKER;
        }
        if (draw < 0.90) {
            return ReportSource.PATROL;
        }
        return ReportSource.SUBDISTRICT;
    }

    /** A subdistrict "blowing the whistle" (街道吹哨) raises urgent items more often than a resident does. */
    private Priority priority(ReportSource source) {
        double draw = random.nextDouble();
        if (source == ReportSource.SUBDISTRICT) {
            return draw < 0.3 ? Priority.URGENT : draw < 0.8 ? Priority.HIGH : Priority.NORMAL;
        }
        if (draw < 0.08) {
            return Priority.URGENT;
        }
        if (draw < 0.30) {
            return Priority.HIGH;
        }
        return draw < 0.80 ? Priority.NORMAL : Priority.LOW;
    }

    /**
     * When the report came in, to the minute: mostly in the daytime, and early enough before the planning day's
     * crews start that a report still open is not already overdue (the rest were closed the day before).
     */
    private LocalDateTime reportedAt(Priority priority) {
        LocalDateTime midnight = day.atStartOfDay();
        LocalDateTime earliest = switch (priority) {
            case URGENT -> midnight.plusHours(4);
            case HIGH -> midnight.minusHours(4);
            case NORMAL -> midnight.minusHours(16);
            case LOW -> midnight.minusHours(18);
        };
        LocalDateTime latest = switch (priority) {
            case URGENT -> midnight.plusHours(18);
            case HIGH -> midnight.plusHours(10);
            case NORMAL, LOW -> midnight.plusHours(20);
        };
        long spanMinutes = Duration.between(earliest, latest).toMinutes();
        while (true) {
            LocalDateTime candidate = earliest.plusMinutes((long) (random.nextDouble() * spanMinutes));
            if (random.nextDouble() < activity(candidate.toLocalTime())) {
                return candidate;
            }
        }
    }

    /** How busy reporting is at a time of day, relative to the daytime peak. */
    private static double activity(LocalTime time) {
        int hour = time.getHour();
        if (hour < 6) {
            return 0.15;
        }
        if (hour < 8) {
            return 0.6;
        }
        return hour < 20 ? 1.0 : 0.4;
    }

    private static String opposite(String side) {
        return switch (side) {
            case "北" -> "南";
            case "南" -> "北";
            case "东" -> "西";
            default -> "东";
        };
    }
}
