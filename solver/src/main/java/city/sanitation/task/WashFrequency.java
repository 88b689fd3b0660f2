package city.sanitation.task;

/** How often a street is due. */
public enum WashFrequency {
    TWICE_DAILY(1),
    DAILY(1),
    EVERY_OTHER_DAY(2),
    EVERY_THIRD_DAY(3),
    WEEKLY(7);

    private final int intervalDays;

    WashFrequency(int intervalDays) {
        this.intervalDays = intervalDays;
    }

    public int intervalDays() {
        return intervalDays;
    }
}
