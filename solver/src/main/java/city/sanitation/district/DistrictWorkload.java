package city.sanitation.district;

/**
 * How much of each kind of facility and work a generated district gets, apart from the streets themselves (every
 * street gets its washing or sweeping requirement).
 *
 * @param depots vehicle yards
 * @param transferStations garbage transfer stations (垃圾中转站)
 * @param markets markets whose back corners attract garbage; they bias where blind spots are reported
 * @param blindSpots garbage blind spots reported over the day before and the planning day
 * @param toilets flagship public toilets (精品公厕)
 * @param minRoundsPerToilet fewest cleaning rounds a toilet gets a day
 * @param maxRoundsPerToilet most cleaning rounds a toilet gets a day
 * @param allDayToiletShare share of toilets open 24 hours instead of 06:00–22:00
 */
public record DistrictWorkload(
        int depots,
        int transferStations,
        int markets,
        int blindSpots,
        int toilets,
        int minRoundsPerToilet,
        int maxRoundsPerToilet,
        double allDayToiletShare) {

    public DistrictWorkload {
        requireAtLeast(depots, 1, "depots");
        requireAtLeast(transferStations, 1, "transferStations");
        requireAtLeast(markets, 0, "markets");
        requireAtLeast(blindSpots, 0, "blindSpots");
        requireAtLeast(toilets, 0, "toilets");
        requireAtLeast(minRoundsPerToilet, 1, "minRoundsPerToilet");
        if (maxRoundsPerToilet < minRoundsPerToilet) {
            throw new IllegalArgumentException("The maxRoundsPerToilet (" + maxRoundsPerToilet
                    + ") must not be less than the minRoundsPerToilet (" + minRoundsPerToilet + ").");
        }
        if (maxRoundsPerToilet > 12) {
            throw new IllegalArgumentException("The maxRoundsPerToilet (" + maxRoundsPerToilet
                    + ") must be at most 12.\nMaybe more rounds cannot keep the minimum gap of an hour.");
        }
        if (!(allDayToiletShare >= 0 && allDayToiletShare <= 1)) {
            throw new IllegalArgumentException(
                    "The allDayToiletShare (" + allDayToiletShare + ") must be between 0 and 1.");
        }
    }

    private static void requireAtLeast(int value, int minimum, String name) {
        if (value < minimum) {
            throw new IllegalArgumentException("The " + name + " (" + value + ") must be at least " + minimum + ".");
        }
    }
}
