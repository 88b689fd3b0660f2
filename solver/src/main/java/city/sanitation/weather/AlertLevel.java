package city.sanitation.weather;

/** China's four warning colours, least severe first. */
public enum AlertLevel {
    BLUE,
    YELLOW,
    ORANGE,
    RED;

    public boolean atLeast(AlertLevel other) {
        return compareTo(other) >= 0;
    }
}
