package city.sanitation.planning.domain;

/**
 * A wait spent at the depot rather than on the street. On a route's first stop it is the time between the crew being
 * ready and the vehicle leaving; later in the day the route drives back to its depot, waits there and drives out again.
 *
 * @param arrival when the route is at its depot (the shift start or the end of a break there on the first stop)
 * @param departure when it leaves the depot for the task
 * @param inboundMetres driving from the previous task to the depot; 0 on the first stop
 */
public record DepotWait(long arrival, long departure, long inboundMetres) {

    public long seconds() {
        return departure - arrival;
    }
}
