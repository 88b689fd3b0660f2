package city.sanitation.road.directions;

/**
 * What a driver does where one step of directions meets the next, from the change of heading there (bearings
 * clockwise from north, so a positive change turns right).
 */
public enum Turn {
    DEPART,
    STRAIGHT,
    SLIGHT_LEFT,
    SLIGHT_RIGHT,
    LEFT,
    RIGHT,
    SHARP_LEFT,
    SHARP_RIGHT,
    U_TURN,
    ARRIVE;

    /**
     * The turn for a change of heading.
     *
     * @param degrees the new bearing minus the old one, any range: it is brought into (-180, 180] first
     */
    public static Turn of(double degrees) {
        double change = normalised(degrees);
        double size = Math.abs(change);
        if (size < 20) {
            return STRAIGHT;
        }
        if (size > 170) {
            return U_TURN;
        }
        boolean right = change > 0;
        if (size < 60) {
            return right ? SLIGHT_RIGHT : SLIGHT_LEFT;
        }
        if (size < 120) {
            return right ? RIGHT : LEFT;
        }
        return right ? SHARP_RIGHT : SHARP_LEFT;
    }

    static double normalised(double degrees) {
        double change = degrees % 360;
        if (change > 180) {
            change -= 360;
        } else if (change <= -180) {
            change += 360;
        }
        return change;
    }
}
