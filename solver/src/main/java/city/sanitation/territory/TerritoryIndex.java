package city.sanitation.territory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Which subdistrict and which grid cell a WGS84 location lies in, with an STRtree over the territory polygons. A
 * location on a shared border belongs to the territory listed first.
 */
public final class TerritoryIndex {

    private final List<Territory> territories;
    private final List<PreparedGeometry> prepared = new ArrayList<>();
    private final Map<String, Territory> byId = new HashMap<>();
    private final STRtree tree = new STRtree();
    private final GeometryFactory factory = new GeometryFactory();

    public TerritoryIndex(List<Territory> territories) {
        this.territories = List.copyOf(territories);
        for (int i = 0; i < this.territories.size(); i++) {
            Territory territory = this.territories.get(i);
            prepared.add(PreparedGeometryFactory.prepare(territory.geometry()));
            byId.putIfAbsent(territory.id(), territory);
            tree.insert(territory.geometry().getEnvelopeInternal(), i);
        }
        tree.build();
    }

    /**
     * The subdistrict that contains the location; when no subdistrict polygon does but a grid cell does, the grid's
     * parent subdistrict.
     */
    public Optional<Territory> subdistrictAt(Point location) {
        Optional<Territory> subdistrict = first(location, TerritoryKind.SUBDISTRICT);
        if (subdistrict.isPresent()) {
            return subdistrict;
        }
        return gridAt(location)
                .map(Territory::parentId)
                .map(byId::get)
                .filter(parent -> parent.kind() == TerritoryKind.SUBDISTRICT);
    }

    public Optional<Territory> gridAt(Point location) {
        return first(location, TerritoryKind.GRID);
    }

    public Optional<Territory> subdistrictAt(double lon, double lat) {
        return subdistrictAt(factory.createPoint(new Coordinate(lon, lat)));
    }

    public Optional<Territory> gridAt(double lon, double lat) {
        return gridAt(factory.createPoint(new Coordinate(lon, lat)));
    }

    private Optional<Territory> first(Point location, TerritoryKind kind) {
        @SuppressWarnings("unchecked")
        List<Integer> candidates = tree.query(location.getEnvelopeInternal());
        return candidates.stream()
                .sorted()
                .filter(i -> territories.get(i).kind() == kind)
                .filter(i -> prepared.get(i).covers(location))
                .findFirst()
                .map(territories::get);
    }
}
