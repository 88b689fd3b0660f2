package city.sanitation.planning.domain;

import java.util.List;

/**
 * The places a crew detours to, each empty when its vehicle carries nothing to fill or empty there.
 *
 * @param hydrants where it refills water
 * @param transferStations where it dumps garbage
 * @param saltDepots where its spreader reloads
 */
public record CrewFacilities(List<Facility> hydrants, List<Facility> transferStations, List<Facility> saltDepots) {

    public static final CrewFacilities NONE = new CrewFacilities(List.of(), List.of(), List.of());

    public CrewFacilities {
        hydrants = List.copyOf(hydrants);
        transferStations = List.copyOf(transferStations);
        saltDepots = List.copyOf(saltDepots);
    }
}
