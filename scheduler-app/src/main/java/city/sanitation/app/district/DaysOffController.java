package city.sanitation.app.district;

import city.sanitation.app.infra.RequestChecks;
import city.sanitation.app.security.CurrentAccount;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Which vehicles and crews are out on which days. */
@RestController
class DaysOffController {

    private final VehicleDaysOff daysOff;
    private final CurrentAccount current;
    private final RequestChecks checks;

    DaysOffController(VehicleDaysOff daysOff, CurrentAccount current, RequestChecks checks) {
        this.daysOff = daysOff;
        this.current = current;
        this.checks = checks;
    }

    record DayOffRequest(
            @NotBlank(message = "is required: why the vehicle does not work that day")
            @Size(max = 500, message = "must be at most 500 characters")
            @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must not contain control characters")
            String reason) {}

    @PreAuthorize("@access.read(#districtId)")
    @GetMapping("/api/districts/{districtId}/days-off")
    List<VehicleDaysOff.DayOff> list(
            @PathVariable String districtId,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return daysOff.list(districtId, from, to);
    }

    @PreAuthorize("@access.dispatch(#districtId)")
    @PutMapping("/api/districts/{districtId}/vehicles/{vehicleId}/days-off/{day}")
    VehicleDaysOff.DayOff put(
            @PathVariable String districtId,
            @PathVariable String vehicleId,
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            @RequestBody DayOffRequest request) {
        checks.valid(request);
        return daysOff.put(districtId, vehicleId, day, request.reason(), current.username());
    }

    @PreAuthorize("@access.dispatch(#districtId)")
    @DeleteMapping("/api/districts/{districtId}/vehicles/{vehicleId}/days-off/{day}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void remove(
            @PathVariable String districtId,
            @PathVariable String vehicleId,
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
        daysOff.remove(districtId, vehicleId, day);
    }
}
