package city.sanitation.planning.search;

import city.sanitation.planning.domain.TaskProblem;
import city.sanitation.planning.domain.TravelTimes;

/**
 * How far the ruin looks from one task to the next: the driving distance from where the first can end to where the
 * second can start. A street pass that may be driven either way can start or end at either of its ends, so two such
 * passes are as near as their nearer ends: measured only from one's end to the other's start, the passes of the two
 * kerbs of a street, or of two streets meeting at a junction the wrong way round, would count as far apart, and the
 * ruin would rarely take them out together.
 */
final class PassNearness {

    private PassNearness() {}

    static long metres(TaskProblem from, TaskProblem to, TravelTimes travel) {
        long nearest = travel.metres(from.endLocation(), to.startLocation());
        if (from.eitherDirection()) {
            nearest = Math.min(nearest, travel.metres(from.startLocation(), to.startLocation()));
        }
        if (to.eitherDirection()) {
            nearest = Math.min(nearest, travel.metres(from.endLocation(), to.endLocation()));
        }
        if (from.eitherDirection() && to.eitherDirection()) {
            nearest = Math.min(nearest, travel.metres(from.startLocation(), to.endLocation()));
        }
        return nearest;
    }
}
