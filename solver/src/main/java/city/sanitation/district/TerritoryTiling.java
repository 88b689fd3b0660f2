package city.sanitation.district;

import city.sanitation.territory.Territory;
import city.sanitation.territory.TerritoryKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

/**
 * Subdistricts as rectangles that tile a district, each split into grid cells (网格) of about {@link #CELL_METRES}.
 * Shared corners are computed from the same numbers, so neighbouring polygons meet exactly.
 */
final class TerritoryTiling {

    static final double CELL_METRES = 500;

    /** A subdistrict's rectangle in local metres. */
    record Block(String name, LocalRectangle rectangle) {}

    private TerritoryTiling() {}

    /** The subdistricts (numbered by {@link Subdistricts#ALL}) followed by their grid cells. */
    static List<Territory> territories(List<Block> blocks, LocalProjection projection) {
        List<Block> ordered = blocks.stream()
                .sorted(Comparator.comparingInt(block -> Subdistricts.number(block.name())))
                .toList();
        List<Territory> subdistricts = new ArrayList<>();
        List<Territory> cells = new ArrayList<>();
        for (Block block : ordered) {
            String id = Subdistricts.id(Subdistricts.number(block.name()));
            String name = Subdistricts.displayName(block.name());
            subdistricts.add(
                    new Territory(id, TerritoryKind.SUBDISTRICT, name, null, polygon(block.rectangle(), projection)));
            cells.addAll(cells(id, name, block.rectangle(), projection));
        }
        List<Territory> territories = new ArrayList<>(subdistricts);
        territories.addAll(cells);
        return territories;
    }

    private static List<Territory> cells(
            String parentId, String parentName, LocalRectangle area, LocalProjection projection) {
        int columns = Math.max(1, (int) Math.round(area.width() / CELL_METRES));
        int rows = Math.max(1, (int) Math.round(area.height() / CELL_METRES));
        List<Territory> cells = new ArrayList<>();
        int number = 0;
        for (int row = rows - 1; row >= 0; row--) {
            for (int column = 0; column < columns; column++) {
                number++;
                LocalRectangle cell = new LocalRectangle(
                        split(area.west(), area.east(), column, columns),
                        split(area.south(), area.north(), row, rows),
                        split(area.west(), area.east(), column + 1, columns),
                        split(area.south(), area.north(), row + 1, rows));
                String id = "grid-" + parentId.substring("sd-".length()) + "-%02d".formatted(number);
                cells.add(new Territory(
                        id,
                        TerritoryKind.GRID,
                        parentName + "第%d网格".formatted(number),
                        parentId,
                        polygon(cell, projection)));
            }
        }
        return cells;
    }

    private static double split(double low, double high, int index, int parts) {
        if (index == 0) {
            return low;
        }
        if (index == parts) {
            return high;
        }
        return Math.rint(low + (high - low) * index / parts);
    }

    static Polygon polygon(LocalRectangle rectangle, LocalProjection projection) {
        Coordinate southWest = projection.toWgs84(rectangle.west(), rectangle.south());
        Coordinate southEast = projection.toWgs84(rectangle.east(), rectangle.south());
        Coordinate northEast = projection.toWgs84(rectangle.east(), rectangle.north());
        Coordinate northWest = projection.toWgs84(rectangle.west(), rectangle.north());
        return Wgs84.GEOMETRY.createPolygon(
                new Coordinate[] {southWest, southEast, northEast, northWest, southWest.copy()});
    }

    /**
     * The 18 subdistricts over any rectangle (e.g. the bounding box of real streets): columns and rows chosen so that
     * the subdistricts come out closest to square.
     */
    static List<Block> evenBlocks(LocalRectangle area) {
        int bestColumns = 1;
        double bestSkew = Double.MAX_VALUE;
        for (int columns = 1; columns <= Subdistricts.COUNT; columns++) {
            if (Subdistricts.COUNT % columns != 0) {
                continue;
            }
            int rows = Subdistricts.COUNT / columns;
            double skew = Math.abs(Math.log((area.width() / columns) / (area.height() / rows)));
            if (skew < bestSkew) {
                bestSkew = skew;
                bestColumns = columns;
            }
        }
        int columns = bestColumns;
        int rows = Subdistricts.COUNT / columns;
        List<Block> blocks = new ArrayList<>();
        for (int row = rows - 1; row >= 0; row--) {
            for (int column = 0; column < columns; column++) {
                int index = (rows - 1 - row) * columns + column;
                blocks.add(new Block(
                        Subdistricts.ALL.get(index),
                        new LocalRectangle(
                                split(area.west(), area.east(), column, columns),
                                split(area.south(), area.north(), row, rows),
                                split(area.west(), area.east(), column + 1, columns),
                                split(area.south(), area.north(), row + 1, rows))));
            }
        }
        return blocks;
    }

    /**
     * The Pingcheng-like layout: 古城 is the walled old town; a 5 x 5 grid of blocks around it (boundaries at the old
     * town wall and at {@code innerRing}) gives the eight inner subdistricts and, with pairs merged along the edge,
     * the nine outer ones.
     */
    static List<Block> pingchengBlocks(double oldTown, double innerRing, double edge) {
        double[] cuts = {-edge, -innerRing, -oldTown, oldTown, innerRing, edge};
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block("古城", cell(cuts, 2, 2, 2, 2)));
        // inner ring, clockwise from the north
        blocks.add(new Block("北关", cell(cuts, 2, 3, 2, 3)));
        blocks.add(new Block("新华街", cell(cuts, 3, 3, 3, 3)));
        blocks.add(new Block("迎宾", cell(cuts, 3, 2, 3, 2)));
        blocks.add(new Block("永泰", cell(cuts, 3, 1, 3, 1)));
        blocks.add(new Block("南关", cell(cuts, 2, 1, 2, 1)));
        blocks.add(new Block("新建南路", cell(cuts, 1, 1, 1, 1)));
        blocks.add(new Block("西街", cell(cuts, 1, 2, 1, 2)));
        blocks.add(new Block("新建北路", cell(cuts, 1, 3, 1, 3)));
        // outer ring, clockwise from the north-west corner
        blocks.add(new Block("马军营", cell(cuts, 0, 4, 1, 4)));
        blocks.add(new Block("北新街", cell(cuts, 2, 4, 3, 4)));
        blocks.add(new Block("老平旺", cell(cuts, 4, 3, 4, 4)));
        blocks.add(new Block("文瀛湖", cell(cuts, 4, 2, 4, 2)));
        blocks.add(new Block("水泊寺", cell(cuts, 4, 0, 4, 1)));
        blocks.add(new Block("小南头", cell(cuts, 2, 0, 3, 0)));
        blocks.add(new Block("开源街", cell(cuts, 0, 0, 1, 0)));
        blocks.add(new Block("向阳里", cell(cuts, 0, 1, 0, 2)));
        blocks.add(new Block("新旺", cell(cuts, 0, 3, 0, 3)));
        return blocks;
    }

    /** The rectangle covering columns {@code fromColumn..toColumn} and rows {@code fromRow..toRow} of the 5 x 5 grid. */
    private static LocalRectangle cell(double[] cuts, int fromColumn, int fromRow, int toColumn, int toRow) {
        return new LocalRectangle(cuts[fromColumn], cuts[fromRow], cuts[toColumn + 1], cuts[toRow + 1]);
    }
}
