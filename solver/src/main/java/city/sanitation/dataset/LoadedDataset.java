package city.sanitation.dataset;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A dataset as read and validated, with the placement of every depot, hydrant, transfer station, blind spot, toilet
 * and washing requirement on the street network and in the territories.
 *
 * @param setAside the items a tolerant read left out, each with its reason; empty after a strict read
 */
public record LoadedDataset(
        SanitationDataset dataset,
        Map<PlacedKind, Map<String, TaskPlacement>> placements,
        List<SetAsideItem> setAside) {

    public LoadedDataset(SanitationDataset dataset, Map<PlacedKind, Map<String, TaskPlacement>> placements) {
        this(dataset, placements, List.of());
    }

    public LoadedDataset {
        setAside = List.copyOf(setAside);
        Map<PlacedKind, Map<String, TaskPlacement>> copy = new EnumMap<>(PlacedKind.class);
        for (PlacedKind kind : PlacedKind.values()) {
            copy.put(kind, Map.copyOf(placements.getOrDefault(kind, Map.of())));
        }
        placements = Map.copyOf(copy);
    }

    /** The placement of the element of {@code kind} with {@code id}. */
    public TaskPlacement placement(PlacedKind kind, String id) {
        TaskPlacement placement = placements.get(kind).get(id);
        if (placement == null) {
            throw new IllegalArgumentException("There is no " + kind.name().toLowerCase(java.util.Locale.ROOT)
                    + " with the id (" + id + ") in the dataset.");
        }
        return placement;
    }

    public Map<String, TaskPlacement> placements(PlacedKind kind) {
        return placements.get(kind);
    }
}
