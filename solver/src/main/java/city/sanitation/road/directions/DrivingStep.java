package city.sanitation.road.directions;

/**
 * One instruction of turn-by-turn directions: turn, then drive along one street.
 *
 * @param street the street's name as the road network has it; null for an unnamed street
 * @param metres driven along the street after the turn; 0 for {@link Turn#ARRIVE}
 */
public record DrivingStep(Turn turn, String street, double metres) {}
