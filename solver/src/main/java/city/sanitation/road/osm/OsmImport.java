package city.sanitation.road.osm;

import city.sanitation.road.RoadNetwork;

/** The street graph imported from an OpenStreetMap file, strongly connected, and what the import kept and dropped. */
public record OsmImport(RoadNetwork network, OsmImportReport report) {}
