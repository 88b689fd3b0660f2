package city.sanitation.app.infra;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Local time where the crews work: reports, deadlines and shifts are all in the district's time zone. */
@Component
public class DistrictClock {

    private final Clock clock;

    DistrictClock(@Value("${sanitation.time-zone:Asia/Shanghai}") ZoneId zone) {
        this.clock = Clock.system(zone);
    }

    public LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public ZoneId zone() {
        return clock.getZone();
    }
}
