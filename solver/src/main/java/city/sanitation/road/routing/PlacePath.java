package city.sanitation.road.routing;

import java.util.List;

/**
 * A fastest way between two {@link RoadPlace}s along real streets: the stretches of segments driven, in order, the
 * first and last possibly only part of their segment. Empty when the way starts where it ends.
 *
 * @param metres total length driven
 * @param seconds total driving time with the speed profile the way was searched with
 */
public record PlacePath(RoadPlace from, RoadPlace to, List<Stretch> stretches, double metres, double seconds) {

    public PlacePath {
        stretches = List.copyOf(stretches);
    }

    /**
     * A part of one directed segment driven from {@code fromMetres} to {@code toMetres}, both measured from the
     * segment's start.
     */
    public record Stretch(int segmentIndex, double fromMetres, double toMetres) {}
}
