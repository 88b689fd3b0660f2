package city.sanitation.planning.build;

import city.sanitation.planning.domain.TravelTimes;
import city.sanitation.road.routing.TravelMatrix;

/**
 * Travel times on the street graph for one speed profile, with road-network node indexes as locations. A node the
 * matrix does not hold (work this kind of vehicle cannot do anyway) costs {@link #UNKNOWN_SECONDS}, so that the
 * capability rule, not a crash, says what is wrong.
 */
record MatrixTravelTimes(TravelMatrix matrix) implements TravelTimes {

    static final long UNKNOWN_SECONDS = 12 * 3600;
    static final long UNKNOWN_METRES = 200_000;

    @Override
    public long seconds(int fromNode, int toNode) {
        int from = matrix.locationOf(fromNode);
        int to = matrix.locationOf(toNode);
        if (from < 0 || to < 0 || !matrix.reachable(from, to)) {
            return UNKNOWN_SECONDS;
        }
        return matrix.seconds(from, to);
    }

    @Override
    public long metres(int fromNode, int toNode) {
        int from = matrix.locationOf(fromNode);
        int to = matrix.locationOf(toNode);
        if (from < 0 || to < 0 || !matrix.reachable(from, to)) {
            return UNKNOWN_METRES;
        }
        return matrix.metres(from, to);
    }
}
