package city.sanitation.app.nightly;

import java.util.LinkedHashMap;
import java.util.Map;
import org.quartz.SchedulerException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A district's nightly re-planning: when it runs, changing that, and running it now. */
@RestController
class NightlyController {

    private final NightlySchedule schedule;
    private final city.sanitation.app.district.DistrictRepository districts;

    NightlyController(NightlySchedule schedule, city.sanitation.app.district.DistrictRepository districts) {
        this.schedule = schedule;
        this.districts = districts;
    }

    record CronChange(String cron) {}

    /**
     * The stored cron, the next fire time and whether Quartz fires that cron ({@code scheduled}); when it does not,
     * {@code problemKind} and {@code problem} say why.
     */
    @PreAuthorize("@access.read(#districtId)")
    @GetMapping("/api/districts/{districtId}/nightly")
    Map<String, Object> get(@PathVariable String districtId) throws SchedulerException {
        var district = districts.get(districtId);
        String next = schedule.nextFire(districtId);
        var problem = schedule.problem(district);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("cron", district.nightlyCron());
        body.put("nextFire", next == null ? "" : next);
        body.put("scheduled", problem.isEmpty());
        problem.ifPresent(p -> {
            body.put("problemKind", p.kind().name());
            body.put("problem", p.reason());
        });
        return body;
    }

    @PreAuthorize("@access.manage(#districtId)")
    @PutMapping("/api/districts/{districtId}/nightly")
    Map<String, Object> change(@PathVariable String districtId, @RequestBody CronChange change)
            throws SchedulerException {
        schedule.changeCron(districtId, change.cron());
        return get(districtId);
    }

    @PreAuthorize("@access.dispatch(#districtId) or @access.manage(#districtId)")
    @PostMapping("/api/districts/{districtId}/nightly/run")
    @ResponseStatus(HttpStatus.ACCEPTED)
    void runNow(@PathVariable String districtId) throws SchedulerException {
        schedule.runNow(districtId);
    }
}
