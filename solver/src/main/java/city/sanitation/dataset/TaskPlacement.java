package city.sanitation.dataset;

import city.sanitation.road.RoadSegment;

/**
 * Where a task or facility meets the street network and which territory it belongs to.
 *
 * @param snappedSegment the street segment the vehicle serves it from
 * @param segmentIndex the index of {@code snappedSegment} in the road network
 * @param fraction how far along {@code snappedSegment} (0 at its start, 1 at its end) the snapped point lies
 * @param nearestNodeIndex network index of the end of {@code snappedSegment} nearest to the snapped point
 * @param subdistrictId the subdistrict that contains the location, or null when none does
 * @param gridId the grid cell that contains the location, or null when none does
 * @param distanceMetres from the location to the snapped point
 */
public record TaskPlacement(
        RoadSegment snappedSegment,
        int segmentIndex,
        double fraction,
        int nearestNodeIndex,
        String subdistrictId,
        String gridId,
        double distanceMetres) {}
