package city.sanitation.district;

import city.sanitation.road.RoadClass;

/**
 * A planned straight street of the generated district: the north-south line {@code x = position} or the east-west
 * line {@code y = position}, from {@code from} to {@code to} along it (metres of the {@link LocalProjection}).
 */
record StreetLine(
        Axis axis,
        double position,
        double from,
        double to,
        RoadClass roadClass,
        String name,
        double widthMetres,
        int lanes,
        StreetTexture texture) {

    enum Axis {
        NORTH_SOUTH,
        EAST_WEST
    }

    StreetLine {
        if (!(from < to)) {
            throw new IllegalArgumentException("The street line (" + name + ") must run from a lower (" + from
                    + ") to a higher (" + to + ") position.");
        }
    }

    double x(double along) {
        return axis == Axis.NORTH_SOUTH ? position : along;
    }

    double y(double along) {
        return axis == Axis.NORTH_SOUTH ? along : position;
    }

    boolean spans(double along) {
        return along >= from - 0.01 && along <= to + 0.01;
    }

    /** This line cut to the part inside {@code window}, or null when nothing of it is inside. */
    StreetLine clippedTo(LocalRectangle window) {
        double low = axis == Axis.NORTH_SOUTH ? window.south() : window.west();
        double high = axis == Axis.NORTH_SOUTH ? window.north() : window.east();
        double acrossLow = axis == Axis.NORTH_SOUTH ? window.west() : window.south();
        double acrossHigh = axis == Axis.NORTH_SOUTH ? window.east() : window.north();
        if (position < acrossLow - 0.01 || position > acrossHigh + 0.01) {
            return null;
        }
        double clippedFrom = Math.max(from, low);
        double clippedTo = Math.min(to, high);
        if (clippedTo - clippedFrom < 1.0) {
            return null;
        }
        return new StreetLine(axis, position, clippedFrom, clippedTo, roadClass, name, widthMetres, lanes, texture);
    }

    /**
     * How a minor street may differ from a ruled line.
     *
     * @param gapShare share of its blocks that are closed (a street interrupted by a compound)
     * @param oneWayShare probability that the whole street is one-way
     * @param jitterMetres how far its junctions may sit off the ruled grid
     */
    record StreetTexture(double gapShare, double oneWayShare, double jitterMetres) {

        static final StreetTexture RULED = new StreetTexture(0, 0, 0);
    }
}
