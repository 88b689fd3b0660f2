package city.sanitation.district;

/**
 * The layout of a generated Pingcheng-like district, in metres from the Drum Tower (鼓楼): the walled old town is
 * the square of half-width {@link #OLD_TOWN_HALF_WIDTH_METRES}; new quarters with ring roads every 1,800 m and
 * arterials every 900 m reach out to {@code districtHalfWidthMetres}.
 *
 * @param innerRingHalfWidthMetres where the subdistricts next to the old town end and the outer ones begin
 * @param streetWindow the part of the district that gets streets (and so work); the territories always cover the
 *     whole district
 * @param oldTownAlleySpacingMetres distance between the east-west alleys (胡同) of the old town
 * @param oldTownLaneSpacingMetres distance between the north-south lanes of the old town
 * @param newQuarterBlockMetres distance between the streets of the new quarters
 */
public record DistrictPlan(
        String name,
        double districtHalfWidthMetres,
        double innerRingHalfWidthMetres,
        LocalRectangle streetWindow,
        double oldTownAlleySpacingMetres,
        double oldTownLaneSpacingMetres,
        double newQuarterBlockMetres,
        DistrictWorkload workload) {

    public static final double OLD_TOWN_HALF_WIDTH_METRES = 900;
    /** Secondary streets run every {@value} m; every finer spacing must divide it. */
    static final double SECONDARY_SPACING_METRES = 450;

    public DistrictPlan {
        requireMultipleOf(districtHalfWidthMetres, OLD_TOWN_HALF_WIDTH_METRES, "districtHalfWidthMetres");
        if (districtHalfWidthMetres < 2 * OLD_TOWN_HALF_WIDTH_METRES) {
            throw new IllegalArgumentException("The districtHalfWidthMetres (" + districtHalfWidthMetres
                    + ") must leave room for new quarters around the old town (at least "
                    + 2 * OLD_TOWN_HALF_WIDTH_METRES + ").");
        }
        requireMultipleOf(innerRingHalfWidthMetres, OLD_TOWN_HALF_WIDTH_METRES, "innerRingHalfWidthMetres");
        if (!(innerRingHalfWidthMetres > OLD_TOWN_HALF_WIDTH_METRES
                && innerRingHalfWidthMetres < districtHalfWidthMetres)) {
            throw new IllegalArgumentException("The innerRingHalfWidthMetres (" + innerRingHalfWidthMetres
                    + ") must lie between the old town (" + OLD_TOWN_HALF_WIDTH_METRES
                    + ") and the district edge (" + districtHalfWidthMetres + ").");
        }
        requireDivides(oldTownAlleySpacingMetres, "oldTownAlleySpacingMetres");
        requireDivides(oldTownLaneSpacingMetres, "oldTownLaneSpacingMetres");
        requireDivides(newQuarterBlockMetres, "newQuarterBlockMetres");
    }

    public LocalRectangle district() {
        return LocalRectangle.square(districtHalfWidthMetres);
    }

    private static void requireMultipleOf(double value, double unit, String name) {
        if (!(value >= unit) || Math.abs(value / unit - Math.rint(value / unit)) > 1e-9) {
            throw new IllegalArgumentException(
                    "The " + name + " (" + value + ") must be a positive multiple of " + unit + " m.");
        }
    }

    private static void requireDivides(double spacing, String name) {
        double ratio = SECONDARY_SPACING_METRES / spacing;
        if (!(spacing >= 30) || Math.abs(ratio - Math.rint(ratio)) > 1e-9) {
            throw new IllegalArgumentException("The " + name + " (" + spacing + ") must divide "
                    + SECONDARY_SPACING_METRES + " m and be at least 30 m.\nMaybe use 90, 150 or 225.");
        }
    }
}
