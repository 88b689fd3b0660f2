package city.sanitation.app.district;

import city.sanitation.app.infra.BadRequestException;
import city.sanitation.app.infra.NotFoundException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is not there on a given day: a vehicle in the workshop, a crew on leave. The day's problem (a dispatcher's plan
 * or the nightly one) leaves such vehicles out; the fleet itself stays in the district's data.
 */
@Service
public class VehicleDaysOff {

    public record DayOff(String vehicleId, LocalDate day, String reason, String createdBy, OffsetDateTime createdAt) {}

    private final JdbcClient jdbc;
    private final DistrictData data;
    private final DistrictClock clock;

    VehicleDaysOff(JdbcClient jdbc, DistrictData data, DistrictClock clock) {
        this.jdbc = jdbc;
        this.data = data;
        this.clock = clock;
    }

    /** The vehicles that do not work on the day. */
    public Set<String> offOn(String districtId, LocalDate day) {
        return jdbc
                .sql("SELECT vehicle_id FROM vehicle_day_off WHERE district_id = ? AND day = ?")
                .params(districtId, day)
                .query(String.class)
                .list()
                .stream()
                .collect(Collectors.toUnmodifiableSet());
    }

    /** How far back and ahead days off are kept: a day outside is a typing error (year 0, 9999), not a plan. */
    static final Period EARLIEST = Period.ofYears(1);

    static final Period LATEST = Period.ofYears(2);

    public List<DayOff> list(String districtId, LocalDate from, LocalDate to) {
        data.current(districtId);
        if (from.isAfter(to)) {
            throw new BadRequestException("to", "(" + to + ") must not be before from (" + from + ")");
        }
        return jdbc.sql("SELECT vehicle_id, day, reason, created_by, created_at FROM vehicle_day_off"
                        + " WHERE district_id = ? AND day BETWEEN ? AND ? ORDER BY day, vehicle_id")
                .params(districtId, from, to)
                .query(DayOff.class)
                .list();
    }

    @Transactional
    public DayOff put(String districtId, String vehicleId, LocalDate day, String reason, String actor) {
        boolean known = data.current(districtId).vehicles().stream()
                .anyMatch(vehicle -> vehicle.id().equals(vehicleId));
        if (!known) {
            throw new NotFoundException("vehicle of district " + districtId, vehicleId);
        }
        LocalDate today = clock.today(districtId);
        if (day.isBefore(today.minus(EARLIEST)) || day.isAfter(today.plus(LATEST))) {
            throw new BadRequestException(
                    "day",
                    "(" + day + ") must be between " + today.minus(EARLIEST) + " and " + today.plus(LATEST)
                            + ", a year back and two years ahead of the district's today");
        }
        if (reason == null || reason.isBlank()) {
            throw new BadRequestException("reason", "is required: why the vehicle does not work that day");
        }
        if (actor == null || actor.isBlank()) {
            throw new BadRequestException("actor", "is required: who takes the vehicle out");
        }
        jdbc.sql("INSERT INTO vehicle_day_off (district_id, vehicle_id, day, reason, created_by)"
                        + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (district_id, vehicle_id, day)"
                        + " DO UPDATE SET reason = excluded.reason, created_by = excluded.created_by,"
                        + " created_at = now()")
                .params(districtId, vehicleId, day, reason, actor)
                .update();
        return list(districtId, day, day).stream()
                .filter(dayOff -> dayOff.vehicleId().equals(vehicleId))
                .findFirst()
                .orElseThrow();
    }

    @Transactional
    public void remove(String districtId, String vehicleId, LocalDate day) {
        int removed = jdbc.sql("DELETE FROM vehicle_day_off WHERE district_id = ? AND vehicle_id = ? AND day = ?")
                .params(districtId, vehicleId, day)
                .update();
        if (removed == 0) {
            throw new NotFoundException("day off of vehicle " + vehicleId, day);
        }
    }
}
