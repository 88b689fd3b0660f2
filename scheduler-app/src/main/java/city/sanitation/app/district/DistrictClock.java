package city.sanitation.app.district;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.springframework.stereotype.Component;

/**
 * Local time where a district's crews work: reports, deadlines, shifts and the nightly trigger are all read in the
 * district's own time zone, never in the server's.
 */
@Component
public class DistrictClock {

    private final Clock clock = Clock.systemUTC();
    private final DistrictRepository districts;

    DistrictClock(DistrictRepository districts) {
        this.districts = districts;
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
}
