package city.sanitation.planning.build;

import city.sanitation.planning.domain.TravelTimes;
import city.sanitation.road.routing.TravelMatrix;
import java.util.Arrays;

/**
 * Travel times on the street graph for one speed profile, with the plan's locations (see {@link ServedPlaces}). A
 * location the matrix does not hold (work this kind of vehicle cannot do anyway) costs {@link #UNKNOWN_SECONDS}, so
 * that the capability rule, not a crash, says what is wrong.
 */
final class MatrixTravelTimes implements TravelTimes {

    static final long UNKNOWN_SECONDS = 12 * 3600;
    static final long UNKNOWN_METRES = 200_000;

    private final TravelMatrix matrix;
    /** The matrix row of each plan location, or -1; an array because this is read on every move the solver tries. */
    private final int[] matrixIndexOfLocation;

    /**
     * @param locations the plan location of each matrix row, in order
     * @param locationCount how many plan locations there are
     */
    MatrixTravelTimes(TravelMatrix matrix, int[] locations, int locationCount) {
        this.matrix = matrix;
        this.matrixIndexOfLocation = new int[locationCount];
        Arrays.fill(matrixIndexOfLocation, -1);
        for (int index = 0; index < locations.length; index++) {
            matrixIndexOfLocation[locations[index]] = index;
        }
    }

    TravelMatrix matrix() {
        return matrix;
    }

    @Override
    public long seconds(int fromLocation, int toLocation) {
        int from = matrixIndexOfLocation[fromLocation];
        int to = matrixIndexOfLocation[toLocation];
        if (from < 0 || to < 0 || !matrix.reachable(from, to)) {
            return UNKNOWN_SECONDS;
        }
        return matrix.seconds(from, to);
    }

    @Override
    public long metres(int fromLocation, int toLocation) {
        int from = matrixIndexOfLocation[fromLocation];
        int to = matrixIndexOfLocation[toLocation];
        if (from < 0 || to < 0 || !matrix.reachable(from, to)) {
            return UNKNOWN_METRES;
        }
        return matrix.metres(from, to);
    }
}
