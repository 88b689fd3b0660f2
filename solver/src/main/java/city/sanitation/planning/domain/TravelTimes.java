package city.sanitation.planning.domain;

/**
 * Driving time and distance between two locations for one kind of vehicle. A location is an int chosen by whoever
 * builds the plan: a road-network node index for a district, a customer number for a benchmark instance.
 */
public interface TravelTimes {

    long seconds(int fromLocation, int toLocation);

    long metres(int fromLocation, int toLocation);
}
