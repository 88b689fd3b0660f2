package city.sanitation.district;

import java.util.Locale;

/** The ready-made sizes of the generated district. */
public enum DistrictSize {
    /** The old town's north-east quarter: a few dozen tasks of each kind, solvable in seconds. */
    SMALL(new DistrictPlan(
            "pingcheng-small",
            3600,
            1800,
            new LocalRectangle(0, 0, 900, 540),
            90,
            150,
            225,
            new DistrictWorkload(2, 1, 1, 30, 8, 4, 4, 0.0))),
    /** The whole district for one night and day: about 1,500 washing passes, 150 blind spots, 60 toilets. */
    MEDIUM(new DistrictPlan(
            "pingcheng-medium",
            3600,
            1800,
            LocalRectangle.square(3600),
            90,
            150,
            225,
            new DistrictWorkload(4, 2, 8, 150, 60, 4, 8, 0.2))),
    /** A wider district with denser new quarters, about 10,000 tasks in all, for scale benchmarks. */
    LARGE(new DistrictPlan(
            "pingcheng-large",
            6300,
            2700,
            LocalRectangle.square(6300),
            90,
            150,
            150,
            new DistrictWorkload(5, 2, 16, 1000, 180, 4, 8, 0.2))),
    /**
     * A whole city's night and day, about 50,000 tasks and 500 vehicles: to measure what one machine does within the
     * night, and where a single solve must give way to one per territory.
     */
    CITY(new DistrictPlan(
            "pingcheng-city",
            9900,
            2700,
            LocalRectangle.square(9900),
            90,
            150,
            150,
            new DistrictWorkload(12, 5, 40, 2500, 450, 4, 8, 0.2)));

    private final DistrictPlan plan;

    DistrictSize(DistrictPlan plan) {
        this.plan = plan;
    }

    public DistrictPlan plan() {
        return plan;
    }

    public static DistrictSize parse(String text) {
        for (DistrictSize size : values()) {
            if (size.name().equalsIgnoreCase(text.trim())) {
                return size;
            }
        }
        throw new IllegalArgumentException(
                "The district size (" + text + ") is not one of small, medium, large, city.");
    }

    public String lowerCaseName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
