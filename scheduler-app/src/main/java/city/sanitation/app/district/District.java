package city.sanitation.app.district;

import java.time.ZoneId;

/**
 * A district the department plans, with the cron expression of its nightly re-planning and its time zone (the
 * dataset's {@code planning.timeZone}), in which every local time of the district is read.
 */
public record District(String id, String name, String nightlyCron, String timeZone) {

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public District withCron(String cron) {
        return new District(id, name, cron, timeZone);
    }
}
