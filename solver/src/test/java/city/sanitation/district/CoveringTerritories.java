package city.sanitation.district;

import city.sanitation.territory.Territory;
import city.sanitation.territory.TerritoryKind;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.index.strtree.STRtree;

/** Finds the grid cell and the subdistrict that cover a point. */
final class CoveringTerritories {

    private final STRtree cells = new STRtree();
    private final Map<String, Territory> byId;

    CoveringTerritories(List<Territory> territories) {
        byId = territories.stream().collect(Collectors.toMap(Territory::id, Function.identity()));
        for (Territory territory : territories) {
            if (territory.kind() == TerritoryKind.GRID) {
                cells.insert(territory.geometry().getEnvelopeInternal(), territory);
            }
        }
        cells.build();
    }

    /** The grid cell covering {@code geometry}, provided its subdistrict covers it too. */
    Optional<Territory> cellWithSubdistrictCovering(Geometry geometry) {
        for (Object found : cells.query(geometry.getEnvelopeInternal())) {
            Territory cell = (Territory) found;
            Territory subdistrict = byId.get(cell.parentId());
            if (cell.geometry().covers(geometry)
                    && subdistrict != null
                    && subdistrict.kind() == TerritoryKind.SUBDISTRICT
                    && subdistrict.geometry().covers(geometry)) {
                return Optional.of(cell);
            }
        }
        return Optional.empty();
    }
}
