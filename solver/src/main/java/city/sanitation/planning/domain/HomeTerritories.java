package city.sanitation.planning.domain;

import java.util.Set;

/**
 * The subdistricts and grids a crew is responsible for.
 *
 * @param ids the territories' ids; empty when it works anywhere
 * @param strict whether it may not work outside them at all, rather than at a cost
 */
public record HomeTerritories(Set<String> ids, boolean strict) {

    public static final HomeTerritories ANYWHERE = new HomeTerritories(Set.of(), false);

    public HomeTerritories {
        ids = Set.copyOf(ids);
    }

    /** Whether a task in this subdistrict and grid lies in them (anywhere, if there are none). */
    public boolean contains(TaskProblem task) {
        return ids.isEmpty() || ids.contains(task.subdistrictId()) || ids.contains(task.gridId());
    }
}
