package city.sanitation.app.district;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.springframework.stereotype.Component;

/**
 * Local time where a district's crews work: reports, deadlines, shifts and the nightly trigger are all read in the
 * district's own time zone, never in the server's. The time is real unless a simulation runs it faster
 * ({@link SimulatedTime}).
 */
@Component
public class DistrictClock {

    private final Clock clock;
    private final SimulatedTime time;
    private final DistrictRepository districts;

    DistrictClock(DistrictRepository districts, SimulatedTime time) {
        this.districts = districts;
        this.time = time;
        this.clock = time.clock();
    }

    public ZoneId zone(String districtId) {
        return districts.get(districtId).zone();
    }

    public LocalDateTime now(String districtId) {
        return now(zone(districtId));
    }

    public LocalDate today(String districtId) {
        return today(zone(districtId));
    }

    public LocalDateTime now(ZoneId zone) {
        return LocalDateTime.now(clock.withZone(zone));
    }

    public LocalDate today(ZoneId zone) {
        return LocalDate.now(clock.withZone(zone));
    }

    /** The district's date at the real instant {@code real} (a trigger's fire time), simulated when time runs fast. */
    public LocalDate dateAt(String districtId, Instant real) {
        return time.simulated(real).atZone(zone(districtId)).toLocalDate();
    }
}
