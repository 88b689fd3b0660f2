package city.sanitation.district;

import city.sanitation.territory.Territory;
import city.sanitation.territory.TerritoryIndex;
import city.sanitation.territory.TerritoryKind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;

/**
 * A district's grids in a walking order: subdistrict by subdistrict, each next one the nearest, and inside a
 * subdistrict from grid to nearest grid. A run of consecutive grids is then one contiguous area, which is how rotas
 * and crews' areas are cut.
 */
final class GridChain {

    private final List<Territory> grids = new ArrayList<>();
    private final List<Coordinate> centresInMetres = new ArrayList<>();
    private final Map<String, Integer> positionById = new HashMap<>();
    private final Map<String, List<Integer>> positionsBySubdistrict = new LinkedHashMap<>();
    private final TerritoryIndex index;

    GridChain(List<Territory> territories, LocalProjection projection) {
        this.index = new TerritoryIndex(territories);
        Map<String, List<Territory>> gridsByParent = new LinkedHashMap<>();
        List<Territory> subdistricts = new ArrayList<>();
        for (Territory territory : territories) {
            if (territory.kind() == TerritoryKind.SUBDISTRICT) {
                subdistricts.add(territory);
            } else {
                gridsByParent
                        .computeIfAbsent(territory.parentId(), parent -> new ArrayList<>())
                        .add(territory);
            }
        }
        Coordinate last = null;
        for (Territory subdistrict : nearestFirst(subdistricts, projection, null)) {
            List<Territory> inside = gridsByParent.remove(subdistrict.id());
            if (inside == null) {
                continue;
            }
            for (Territory grid : nearestFirst(inside, projection, last)) {
                last = add(grid, projection);
                positionsBySubdistrict
                        .computeIfAbsent(subdistrict.id(), id -> new ArrayList<>())
                        .add(grids.size() - 1);
            }
        }
        List<Territory> orphans = new ArrayList<>();
        gridsByParent.values().forEach(orphans::addAll);
        for (Territory grid : nearestFirst(orphans, projection, last)) {
            last = add(grid, projection);
        }
    }

    private Coordinate add(Territory grid, LocalProjection projection) {
        Coordinate centre = centreInMetres(grid, projection);
        positionById.put(grid.id(), grids.size());
        grids.add(grid);
        centresInMetres.add(centre);
        return centre;
    }

    /**
     * The territories from the one nearest {@code from} (the west-most when null), each next the nearest of the
     * rest to the one before.
     */
    private static List<Territory> nearestFirst(
            List<Territory> territories, LocalProjection projection, Coordinate from) {
        List<Territory> left = new ArrayList<>(territories);
        List<Territory> ordered = new ArrayList<>();
        Coordinate at = from;
        while (!left.isEmpty()) {
            int best = 0;
            for (int i = 1; i < left.size(); i++) {
                Coordinate candidate = centreInMetres(left.get(i), projection);
                Coordinate incumbent = centreInMetres(left.get(best), projection);
                boolean better = at == null
                        ? candidate.x < incumbent.x || (candidate.x == incumbent.x && candidate.y < incumbent.y)
                        : candidate.distance(at) < incumbent.distance(at);
                if (better) {
                    best = i;
                }
            }
            Territory next = left.remove(best);
            ordered.add(next);
            at = centreInMetres(next, projection);
        }
        return ordered;
    }

    private static Coordinate centreInMetres(Territory territory, LocalProjection projection) {
        return projection.toMetres(territory.geometry().getCentroid().getCoordinate());
    }

    int size() {
        return grids.size();
    }

    /** The chain position of the grid that holds the WGS84 point, or -1 if none does. */
    int positionAt(Point wgs84) {
        return index.gridAt(wgs84)
                .map(grid -> positionById.getOrDefault(grid.id(), -1))
                .orElse(-1);
    }

    Coordinate centreInMetres(int position) {
        return centresInMetres.get(position);
    }

    /**
     * The territories that make up the grids at these positions: a subdistrict when all its grids are among them,
     * else the grids one by one, in chain order.
     */
    List<String> territoryIds(Collection<Integer> positions) {
        TreeSet<Integer> wanted = new TreeSet<>(positions);
        List<String> ids = new ArrayList<>();
        for (Map.Entry<String, List<Integer>> subdistrict : positionsBySubdistrict.entrySet()) {
            if (wanted.containsAll(subdistrict.getValue())) {
                ids.add(subdistrict.getKey());
                subdistrict.getValue().forEach(wanted::remove);
            }
        }
        for (int position : wanted) {
            ids.add(grids.get(position).id());
        }
        return ids;
    }

    /**
     * Cuts the chain into runs of consecutive grids, one per share, each carrying about its share of the load, and each
     * ending where a subdistrict ends unless that would put more than {@link #SNAP_TOLERANCE} of a share more or less
     * on it: a crew's area is then whole subdistricts where the work allows. Every run gets at least one grid while
     * there are grids enough.
     *
     * @param loads load per chain position
     * @param shares relative size of each run, in order
     * @return the chain positions of each run
     */
    List<List<Integer>> cut(double[] loads, double[] shares) {
        int count = loads.length;
        double[] before = new double[count + 1];
        for (int position = 0; position < count; position++) {
            before[position + 1] = before[position] + loads[position];
        }
        double shareTotal = 0;
        for (double share : shares) {
            shareTotal += share;
        }
        boolean[] subdistrictStart = new boolean[count + 1];
        subdistrictStart[0] = true;
        subdistrictStart[count] = true;
        for (List<Integer> positions : positionsBySubdistrict.values()) {
            subdistrictStart[positions.get(0)] = true;
        }
        int[] ends = new int[shares.length];
        double sum = 0;
        int previous = 0;
        for (int run = 0; run < shares.length; run++) {
            sum += shares[run];
            int runsAfter = shares.length - 1 - run;
            int lowest = Math.min(count, previous + 1);
            int highest = Math.max(lowest, count - runsAfter);
            if (runsAfter == 0) {
                ends[run] = count;
                break;
            }
            double target = before[count] * sum / shareTotal;
            double tolerance = SNAP_TOLERANCE * before[count] * shares[run] / shareTotal;
            int nearest = nearestBoundary(before, target, lowest, highest, null);
            int snapped = nearestBoundary(before, target, lowest, highest, subdistrictStart);
            ends[run] = snapped >= 0 && Math.abs(before[snapped] - target) <= tolerance ? snapped : nearest;
            previous = ends[run];
        }
        List<List<Integer>> runs = new ArrayList<>();
        int from = 0;
        for (int end : ends) {
            List<Integer> run = new ArrayList<>();
            for (int position = from; position < end; position++) {
                run.add(position);
            }
            runs.add(run);
            from = Math.max(from, end);
        }
        return runs;
    }

    /** How far a run's load may stray from its share to end where a subdistrict ends. */
    static final double SNAP_TOLERANCE = 0.35;

    /** The boundary (before chain position b) in [lowest, highest] whose load before it is nearest the target. */
    private static int nearestBoundary(double[] before, double target, int lowest, int highest, boolean[] allowed) {
        int best = -1;
        for (int boundary = lowest; boundary <= highest; boundary++) {
            if (allowed != null && !allowed[boundary]) {
                continue;
            }
            if (best < 0 || Math.abs(before[boundary] - target) < Math.abs(before[best] - target)) {
                best = boundary;
            }
        }
        return best;
    }
}
