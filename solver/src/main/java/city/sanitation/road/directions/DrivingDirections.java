package city.sanitation.road.directions;

import city.sanitation.road.RoadNetwork;
import city.sanitation.road.RoadSegment;
import city.sanitation.road.routing.PlacePath;
import city.sanitation.road.snap.SegmentPoints;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;

/**
 * Turns a driving path into the steps a driver follows: consecutive stretches of one street become one step, and
 * each new step starts with the turn taken where the streets meet. Headings are measured over the last (first) few
 * metres before (after) a junction, so that the kinks of a mapped street's line right at a junction do not read as
 * turns.
 */
public final class DrivingDirections {

    /** How far from a junction the heading into or out of it is measured. */
    private static final double HEADING_METRES = 15.0;

    private static final double METRES_PER_DEGREE = 111_320.0;

    private DrivingDirections() {}

    /**
     * The steps of a path: DEPART onto the first street, a turn onto each next one, ARRIVE at the end. Empty when the
     * path drives nowhere.
     */
    public static List<DrivingStep> steps(RoadNetwork network, PlacePath path) {
        List<Driven> driven = new ArrayList<>();
        for (PlacePath.Stretch stretch : path.stretches()) {
            double metres = stretch.toMetres() - stretch.fromMetres();
            if (metres <= 0) {
                continue;
            }
            RoadSegment segment = network.segment(stretch.segmentIndex());
            boolean whole = stretch.fromMetres() <= 0 && stretch.toMetres() >= segment.lengthMetres();
            Coordinate[] line = whole
                    ? segment.geometry().getCoordinates()
                    : SegmentPoints.between(
                            segment,
                            stretch.fromMetres() / segment.lengthMetres(),
                            stretch.toMetres() / segment.lengthMetres());
            driven.add(new Driven(segment.name().isBlank() ? null : segment.name(), line, metres));
        }
        List<DrivingStep> steps = new ArrayList<>();
        if (driven.isEmpty()) {
            return steps;
        }
        Turn turn = Turn.DEPART;
        String street = driven.get(0).street();
        double metres = driven.get(0).metres();
        for (int i = 1; i < driven.size(); i++) {
            Driven previous = driven.get(i - 1);
            Driven next = driven.get(i);
            Turn here = Turn.of(bearingOut(next.line()) - bearingIn(previous.line()));
            if (sameStreet(street, next.street(), here)) {
                metres += next.metres();
                continue;
            }
            steps.add(new DrivingStep(turn, street, metres));
            turn = here;
            street = next.street();
            metres = next.metres();
        }
        steps.add(new DrivingStep(turn, street, metres));
        steps.add(new DrivingStep(Turn.ARRIVE, street, 0));
        return steps;
    }

    /**
     * A named street goes on through bends and junctions, but turning back on it is an instruction of its own; of
     * unnamed streets only going straight on counts as the same street, as nothing else tells them apart.
     */
    private static boolean sameStreet(String street, String next, Turn turn) {
        if (street == null || next == null) {
            return street == null && next == null && turn == Turn.STRAIGHT;
        }
        return street.equals(next) && turn != Turn.U_TURN;
    }

    /** The heading arriving at the line's end. */
    private static double bearingIn(Coordinate[] line) {
        Coordinate end = line[line.length - 1];
        Coordinate from = line[0];
        for (int i = line.length - 2; i >= 0; i--) {
            from = line[i];
            if (metres(from, end) >= HEADING_METRES) {
                break;
            }
        }
        return bearing(from, end);
    }

    /** The heading leaving the line's start. */
    private static double bearingOut(Coordinate[] line) {
        Coordinate start = line[0];
        Coordinate to = line[line.length - 1];
        for (int i = 1; i < line.length; i++) {
            to = line[i];
            if (metres(start, to) >= HEADING_METRES) {
                break;
            }
        }
        return bearing(start, to);
    }

    /** Degrees clockwise from north, longitude east and latitude north, on a local flat approximation. */
    static double bearing(Coordinate from, Coordinate to) {
        double east = (to.x - from.x) * Math.cos(Math.toRadians((from.y + to.y) / 2));
        double north = to.y - from.y;
        return Math.toDegrees(Math.atan2(east, north));
    }

    private static double metres(Coordinate a, Coordinate b) {
        double east = (b.x - a.x) * Math.cos(Math.toRadians((a.y + b.y) / 2));
        double north = b.y - a.y;
        return Math.hypot(east, north) * METRES_PER_DEGREE;
    }

    private record Driven(String street, Coordinate[] line, double metres) {}
}
