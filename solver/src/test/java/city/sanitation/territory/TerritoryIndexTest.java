package city.sanitation.territory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/**
 * Two subdistricts side by side (west: x 0..10, east: x 10..20, y 0..10), the east one split into two grids. A third
 * grid of the west subdistrict pokes out past its outline (x -5..0).
 */
class TerritoryIndexTest {

    private final GeometryFactory factory = new GeometryFactory();
    private final TerritoryIndex index = new TerritoryIndex(List.of(
            new Territory("west", TerritoryKind.SUBDISTRICT, "West", null, box(0, 0, 10, 10)),
            new Territory("east", TerritoryKind.SUBDISTRICT, "East", null, box(10, 0, 20, 10)),
            new Territory("east-south", TerritoryKind.GRID, null, "east", box(10, 0, 20, 5)),
            new Territory("east-north", TerritoryKind.GRID, null, "east", box(10, 5, 20, 10)),
            new Territory("west-outskirts", TerritoryKind.GRID, null, "west", box(-5, 0, 0, 10))));

    @Test
    void pointGetsItsSubdistrictAndGrid() {
        assertThat(index.subdistrictAt(15, 7)).map(Territory::id).hasValue("east");
        assertThat(index.gridAt(15, 7)).map(Territory::id).hasValue("east-north");
        assertThat(index.gridAt(15, 2)).map(Territory::id).hasValue("east-south");
    }

    @Test
    void pointInASubdistrictWithoutGridsHasNoGrid() {
        assertThat(index.subdistrictAt(5, 5)).map(Territory::id).hasValue("west");
        assertThat(index.gridAt(5, 5)).isEmpty();
    }

    @Test
    void pointOutsideEveryTerritoryHasNeither() {
        assertThat(index.subdistrictAt(50, 50)).isEmpty();
        assertThat(index.gridAt(50, 50)).isEmpty();
    }

    @Test
    void pointOnASharedBorderBelongsToTheTerritoryListedFirst() {
        assertThat(index.subdistrictAt(10, 3)).map(Territory::id).hasValue("west");
    }

    @Test
    void gridOutsideItsSubdistrictOutlineStillGivesTheSubdistrict() {
        assertThat(index.gridAt(-3, 5)).map(Territory::id).hasValue("west-outskirts");
        assertThat(index.subdistrictAt(-3, 5)).map(Territory::id).hasValue("west");
    }

    private Polygon box(double minX, double minY, double maxX, double maxY) {
        return factory.createPolygon(new Coordinate[] {
            new Coordinate(minX, minY),
            new Coordinate(maxX, minY),
            new Coordinate(maxX, maxY),
            new Coordinate(minX, maxY),
            new Coordinate(minX, minY)
        });
    }
}
