package city.sanitation.territory;

import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/**
 * A subdistrict or a grid cell. A grid cell names its subdistrict as {@code parentId}; a subdistrict has none.
 *
 * @param geometry WGS84 polygon or multipolygon
 */
public record Territory(String id, TerritoryKind kind, String name, String parentId, Geometry geometry) {

    public Territory {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(geometry, "geometry");
        name = name == null ? id : name;
    }
}
