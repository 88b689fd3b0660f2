package city.sanitation.road.osm;

import city.sanitation.road.RoadClass;

/**
 * An OpenStreetMap way that a washing truck may drive, with what the import needs of its tags.
 *
 * @param nodeIds the way's OSM node ids in order, without consecutive repeats
 * @param lanes lanes of the whole carriageway, as tagged or defaulted by road class and one-way
 * @param widthMetres carriageway width; 0 when not tagged in metres
 */
record DrivableWay(
        long wayId,
        long[] nodeIds,
        RoadClass roadClass,
        String name,
        TravelDirection direction,
        int lanes,
        double widthMetres) {}
