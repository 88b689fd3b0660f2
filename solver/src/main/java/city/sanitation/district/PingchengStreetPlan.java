package city.sanitation.district;

import static city.sanitation.district.DistrictPlan.OLD_TOWN_HALF_WIDTH_METRES;

import city.sanitation.district.StreetLine.Axis;
import city.sanitation.district.StreetLine.StreetTexture;
import city.sanitation.road.RoadClass;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The planned streets of the generated district. The walled old town is a grid around the Drum Tower: the four great
 * streets (大北街, 大南街, 大西街, 大东街) meet there, the wall-ring road runs around it, secondary streets halfway
 * out, and narrow alleys (胡同/巷) in between. Outside, new quarters have ring roads every 1,800 m, arterials every
 * 900 m, secondary roads every 450 m, branch roads in between, and dead-end lanes into the blocks.
 */
final class PingchengStreetPlan {

    /** The four great streets, kept as demonstration streets (精品示范街) washed every day. */
    static final Set<String> GREAT_STREETS = Set.of("大北街", "大南街", "大西街", "大东街");

    private static final double OLD = OLD_TOWN_HALF_WIDTH_METRES;
    private static final double RING_SPACING = 2 * OLD_TOWN_HALF_WIDTH_METRES;
    private static final double ARTERIAL_SPACING = OLD_TOWN_HALF_WIDTH_METRES;
    private static final double LANE_SHARE = 0.3;

    private static final StreetTexture OLD_TOWN_ALLEY = new StreetTexture(0.08, 0.3, 6);
    private static final StreetTexture BRANCH = new StreetTexture(0.06, 0.08, 10);
    private static final StreetTexture LANE = new StreetTexture(0, 0, 8);

    /** Arterials outside the old town, by axis and position; "north/south" or "west/east" pieces differ. */
    private static final Map<String, String> ARTERIAL_NAMES = Map.ofEntries(
            Map.entry("NS 0 +", "北关街"),
            Map.entry("NS 0 -", "南关街"),
            Map.entry("NS -900 +", "新建北路"),
            Map.entry("NS -900 -", "新建南路"),
            Map.entry("NS 900 +", "永泰北路"),
            Map.entry("NS 900 -", "永泰南路"),
            Map.entry("NS -2700 *", "魏都大道"),
            Map.entry("NS 2700 *", "御河东路"),
            Map.entry("NS -4500 *", "云中路"),
            Map.entry("NS 4500 *", "文瀛湖路"),
            Map.entry("EW 0 -", "和阳街"),
            Map.entry("EW 0 +", "迎宾街"),
            Map.entry("EW 900 -", "北新街"),
            Map.entry("EW 900 +", "新华街"),
            Map.entry("EW -900 -", "向阳街"),
            Map.entry("EW -900 +", "水泊寺路"),
            Map.entry("EW 2700 *", "雁同路"),
            Map.entry("EW -2700 *", "太和路"),
            Map.entry("EW 4500 *", "恒安街"),
            Map.entry("EW -4500 *", "桑干河路"));

    private static final List<String> RING_ORDINALS = List.of("二", "三", "四", "五", "六", "七", "八");

    private final DistrictPlan plan;
    private final Random random;
    private final StreetNames names = new StreetNames();
    private final List<StreetLine> lines = new ArrayList<>();

    private PingchengStreetPlan(DistrictPlan plan, Random random) {
        this.plan = plan;
        this.random = random;
    }

    /** The planned street lines of {@code plan}, cut to its street window. */
    static List<StreetLine> lines(DistrictPlan plan, Random random) {
        PingchengStreetPlan streets = new PingchengStreetPlan(plan, random);
        streets.planOldTown();
        streets.planNewQuarters();
        List<StreetLine> clipped = new ArrayList<>();
        for (StreetLine line : streets.lines) {
            StreetLine inside = line.clippedTo(plan.streetWindow());
            if (inside != null) {
                clipped.add(inside);
            }
        }
        return clipped;
    }

    private void planOldTown() {
        addMain(Axis.EAST_WEST, OLD, -OLD, OLD, "北环城路", 20, 4);
        addMain(Axis.EAST_WEST, -OLD, -OLD, OLD, "南环城路", 20, 4);
        addMain(Axis.NORTH_SOUTH, -OLD, -OLD, OLD, "西环城路", 20, 4);
        addMain(Axis.NORTH_SOUTH, OLD, -OLD, OLD, "东环城路", 20, 4);
        addMain(Axis.NORTH_SOUTH, 0, 0, OLD, "大北街", 24, 4);
        addMain(Axis.NORTH_SOUTH, 0, -OLD, 0, "大南街", 24, 4);
        addMain(Axis.EAST_WEST, 0, -OLD, 0, "大西街", 24, 4);
        addMain(Axis.EAST_WEST, 0, 0, OLD, "大东街", 24, 4);
        double half = DistrictPlan.SECONDARY_SPACING_METRES;
        addOldTownSecondary(Axis.EAST_WEST, half, "华严街", "帅府街");
        addOldTownSecondary(Axis.EAST_WEST, -half, "鼓楼西街", "鼓楼东街");
        addOldTownSecondary(Axis.NORTH_SOUTH, -half, "善化寺街", "清远街");
        addOldTownSecondary(Axis.NORTH_SOUTH, half, "永泰街", "仓门街");
        addOldTownAlleys(Axis.EAST_WEST, plan.oldTownAlleySpacingMetres());
        addOldTownAlleys(Axis.NORTH_SOUTH, plan.oldTownLaneSpacingMetres());
    }

    private void addOldTownSecondary(Axis axis, double position, String lowHalf, String highHalf) {
        lines.add(new StreetLine(axis, position, -OLD, 0, RoadClass.SECONDARY, lowHalf, 14, 2, StreetTexture.RULED));
        lines.add(new StreetLine(axis, position, 0, OLD, RoadClass.SECONDARY, highHalf, 14, 2, StreetTexture.RULED));
    }

    private void addOldTownAlleys(Axis axis, double spacing) {
        for (double position = -OLD + spacing; position < OLD - 0.5; position += spacing) {
            if (isMultipleOf(position, DistrictPlan.SECONDARY_SPACING_METRES)) {
                continue;
            }
            for (double[] half : new double[][] {{-OLD, 0}, {0, OLD}}) {
                double width = 3.5 + random.nextInt(5) * 0.5;
                lines.add(new StreetLine(
                        axis,
                        position,
                        half[0],
                        half[1],
                        RoadClass.ALLEY,
                        names.nextOldTownAlley(),
                        width,
                        1,
                        OLD_TOWN_ALLEY));
            }
        }
    }

    private void planNewQuarters() {
        double reach = plan.districtHalfWidthMetres();
        double block = plan.newQuarterBlockMetres();
        for (Axis axis : Axis.values()) {
            for (double position = -reach; position <= reach + 0.5; position += block) {
                for (double[] piece : piecesOutsideOldTown(position, reach)) {
                    addNewQuarterStreet(axis, position, piece[0], piece[1]);
                }
            }
        }
        addLanesIntoBlocks(reach, block);
    }

    /** The stretches of a line at {@code position} that lie outside the old town (lines through it stop at the ring). */
    private static List<double[]> piecesOutsideOldTown(double position, double reach) {
        if (Math.abs(position) > OLD + 0.5) {
            return List.of(new double[] {-reach, reach});
        }
        return List.of(new double[] {-reach, -OLD}, new double[] {OLD, reach});
    }

    private void addNewQuarterStreet(Axis axis, double position, double from, double to) {
        double distance = Math.abs(position);
        boolean ring = distance > 0.5 && isMultipleOf(distance, RING_SPACING);
        if (ring || Math.abs(distance - plan.districtHalfWidthMetres()) < 0.5) {
            addMain(axis, position, from, to, ringName(axis, position), 40, 6);
        } else if (isMultipleOf(distance, ARTERIAL_SPACING)) {
            addMain(axis, position, from, to, arterialName(axis, position, from, to), 30, 6);
        } else if (isMultipleOf(distance, DistrictPlan.SECONDARY_SPACING_METRES)) {
            addStretches(axis, position, from, to, RING_SPACING, RoadClass.SECONDARY, "路", 16, 4, StreetTexture.RULED);
        } else {
            addStretches(axis, position, from, to, ARTERIAL_SPACING, RoadClass.BRANCH, "街", 9, 2, BRANCH);
        }
    }

    private String ringName(Axis axis, double position) {
        int ring = (int) Math.round(Math.abs(position) / RING_SPACING) - 1;
        String ordinal = ring < RING_ORDINALS.size() ? RING_ORDINALS.get(ring) : String.valueOf(ring + 2);
        String side = axis == Axis.NORTH_SOUTH ? (position < 0 ? "西" : "东") : (position < 0 ? "南" : "北");
        return side + ordinal + "环路";
    }

    private String arterialName(Axis axis, double position, double from, double to) {
        String stem = (axis == Axis.NORTH_SOUTH ? "NS " : "EW ") + Math.round(position) + " ";
        String side = Math.abs(position) <= OLD + 0.5 ? (from < 0 ? "-" : "+") : "*";
        String name = ARTERIAL_NAMES.get(stem + side);
        return name != null ? name : names.nextNewQuarter("大道");
    }

    /** A long minor line as several named streets, each {@code stretch} long, meeting at the major crossings. */
    private void addStretches(
            Axis axis,
            double position,
            double from,
            double to,
            double stretch,
            RoadClass roadClass,
            String suffix,
            double width,
            int lanes,
            StreetTexture texture) {
        double start = from;
        while (start < to - 0.5) {
            double end = Math.min(to, (Math.floor((start + 0.5) / stretch) + 1) * stretch);
            lines.add(new StreetLine(
                    axis, position, start, end, roadClass, names.nextNewQuarter(suffix), width, lanes, texture));
            start = end;
        }
    }

    /** Dead-end lanes into some blocks of the new quarters, from the street on the block's south side. */
    private void addLanesIntoBlocks(double reach, double block) {
        Map<String, Integer> lanesByStreet = new HashMap<>();
        for (double west = -reach; west < reach - 0.5; west += block) {
            for (double south = -reach; south < reach - 0.5; south += block) {
                boolean insideOldTown = west > -OLD - 0.5
                        && west + block < OLD + 0.5
                        && south > -OLD - 0.5
                        && south + block < OLD + 0.5;
                if (insideOldTown || random.nextDouble() >= LANE_SHARE) {
                    continue;
                }
                double x = Math.rint(west + block / 2);
                double depth = Math.rint(block * (0.4 + 0.2 * random.nextDouble()));
                String street = streetAt(Axis.EAST_WEST, south, x);
                int number = lanesByStreet.merge(street, 1, Integer::sum);
                lines.add(new StreetLine(
                        Axis.NORTH_SOUTH,
                        x,
                        south,
                        south + depth,
                        RoadClass.ALLEY,
                        StreetNames.laneOff(street, number),
                        4,
                        1,
                        LANE));
            }
        }
    }

    private String streetAt(Axis axis, double position, double along) {
        for (StreetLine line : lines) {
            if (line.axis() == axis && Math.abs(line.position() - position) < 0.5 && line.spans(along)) {
                return line.name();
            }
        }
        throw new IllegalStateException("No planned street runs at (" + axis + " " + position + ", " + along + ").");
    }

    private void addMain(Axis axis, double position, double from, double to, String name, double width, int lanes) {
        lines.add(new StreetLine(axis, position, from, to, RoadClass.MAIN, name, width, lanes, StreetTexture.RULED));
    }

    private static boolean isMultipleOf(double value, double unit) {
        double ratio = value / unit;
        return Math.abs(ratio - Math.rint(ratio)) < 1e-6;
    }
}
