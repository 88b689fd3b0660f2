package city.sanitation.district;

import city.sanitation.dataset.SanitationDataset;
import city.sanitation.road.RoadNetwork;
import city.sanitation.road.RoadSegment;
import city.sanitation.task.FlagshipToilet;
import city.sanitation.task.PassDirection;
import city.sanitation.task.WashingRequirement;
import city.sanitation.territory.TerritoryKind;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The size of a dataset in the units planners count: washing passes due on the planning day (a street washed one
 * side at a time counts twice), blind spots, toilet cleaning rounds and vehicles.
 */
public record DatasetFigures(
        int nodes,
        int segments,
        double streetKilometres,
        int washingRequirements,
        int washingPassesDue,
        double washingKilometresDue,
        int blindSpots,
        int toilets,
        int toiletRounds,
        int vehicles,
        int depots,
        int hydrants,
        int transferStations,
        int subdistricts,
        int gridCells) {

    public static DatasetFigures of(SanitationDataset dataset) {
        RoadNetwork network = dataset.roadNetwork();
        LocalDate day = dataset.horizon().planningDay();
        double streetMetres = 0;
        for (RoadSegment segment : network.segments()) {
            streetMetres += segment.oneWay() ? segment.lengthMetres() : segment.lengthMetres() / 2;
        }
        int passesDue = 0;
        double metresDue = 0;
        for (WashingRequirement requirement : dataset.washingRequirements()) {
            if (isDue(requirement, day)) {
                int passes = passesOf(requirement);
                passesDue += passes;
                metresDue += passes
                        * network.findSegment(requirement.segmentId())
                                .map(RoadSegment::lengthMetres)
                                .orElse(0.0);
            }
        }
        return new DatasetFigures(
                network.nodeCount(),
                network.segmentCount(),
                streetMetres / 1000,
                dataset.washingRequirements().size(),
                passesDue,
                metresDue / 1000,
                dataset.blindSpots().size(),
                dataset.toilets().size(),
                dataset.toilets().stream()
                        .mapToInt(FlagshipToilet::roundsPerDay)
                        .sum(),
                dataset.vehicles().size(),
                dataset.depots().size(),
                dataset.hydrants().size(),
                dataset.transferStations().size(),
                (int) dataset.territories().stream()
                        .filter(territory -> territory.kind() == TerritoryKind.SUBDISTRICT)
                        .count(),
                (int) dataset.territories().stream()
                        .filter(territory -> territory.kind() == TerritoryKind.GRID)
                        .count());
    }

    /** Due when never done or when its interval has passed since it was last done. */
    public static boolean isDue(WashingRequirement requirement, LocalDate day) {
        return requirement.lastDone() == null
                || !requirement
                        .lastDone()
                        .plusDays(requirement.frequency().intervalDays())
                        .isAfter(day);
    }

    /** Passes along the street: both sides of a wide street are separate passes. */
    public static int passesOf(WashingRequirement requirement) {
        return requirement.passes() * (requirement.direction() == PassDirection.BOTH_SIDES ? 2 : 1);
    }

    /** Everything to plan on the day: washing passes due, blind spots and toilet rounds. */
    public int tasks() {
        return washingPassesDue + blindSpots + toiletRounds;
    }

    public String summary() {
        return String.format(
                Locale.ROOT,
                "%d nodes, %d segments (%.1f km of street); %d washing passes due (%.1f km) of %d requirements;"
                        + " %d blind spots; %d toilets with %d rounds; %d vehicles and crews; %d depots, %d hydrants,"
                        + " %d transfer stations; %d subdistricts, %d grid cells; %d tasks in all",
                nodes,
                segments,
                streetKilometres,
                washingPassesDue,
                washingKilometresDue,
                washingRequirements,
                blindSpots,
                toilets,
                toiletRounds,
                vehicles,
                depots,
                hydrants,
                transferStations,
                subdistricts,
                gridCells,
                tasks());
    }
}
