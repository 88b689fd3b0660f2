package city.sanitation.planning.build;

import city.sanitation.dataset.LoadedDataset;
import city.sanitation.planning.domain.SanitationPlan;
import city.sanitation.road.routing.Router;
import city.sanitation.road.routing.SpeedProfile;
import java.util.Map;

/**
 * A dataset turned into a plan to solve, with what was built for it: the clock, the router, where each location is and
 * the speed profile of every vehicle, so that a solved plan can be reported along the real streets.
 */
public record SanitationProblem(
        LoadedDataset source,
        SanitationPlan plan,
        PlanningClock clock,
        Router router,
        ServedPlaces places,
        Map<String, SpeedProfile> profileByVehicleId) {}
