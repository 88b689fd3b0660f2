package city.sanitation.app.district;

import city.sanitation.fleet.BreakRule;
import city.sanitation.fleet.Shift;
import city.sanitation.fleet.Vehicle;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;

/**
 * A vehicle and its crew as a client sends it (the dataset format's vehicle): checked field by field here, then with
 * the whole dataset. Lists are optional and bounded.
 */
record VehicleRequest(
        @NotBlank(message = "is required: the vehicle's id, the same as in the path")
        @Pattern(regexp = ID, message = ID_RULE)
        String id,

        @NotBlank(message = "is required: the name crews and dispatchers see")
        @Size(max = 100, message = "must be at most 100 characters")
        String name,

        @NotBlank(message = "is required: one of the district's vehicle types") @Pattern(regexp = ID, message = ID_RULE)
        String typeId,

        @NotBlank(message = "is required: the depot the vehicle starts and ends at")
        @Pattern(regexp = ID, message = ID_RULE)
        String depotId,

        @NotNull(message = "is required: start, end and hardEnd") @Valid
        ShiftRequest shift,

        @Size(max = MAX_BREAKS, message = "must have at most " + MAX_BREAKS + " breaks")
        List<@NotNull(message = "must not be null: earliestStart, latestEnd and duration") BreakRule> breaks,

        @Size(max = MAX_SKILLS, message = "must have at most " + MAX_SKILLS + " skills")
        Set<@NotBlank(message = "must not be empty") @Pattern(regexp = ID, message = ID_RULE) String> skills,

        @Size(max = MAX_TERRITORIES, message = "must have at most " + MAX_TERRITORIES + " subdistricts or grids")
        List<@NotBlank(message = "must not be empty") String> homeTerritories,

        Boolean homeTerritoriesStrict) {

    /** Ids as the dataset files use them: letters, digits, dot, dash and underscore, at most 64 characters. */
    static final String ID = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";

    static final String ID_RULE =
            "must be 1 to 64 letters, digits, dots, dashes or underscores, starting with a letter or digit";
    static final int MAX_BREAKS = 10;
    static final int MAX_SKILLS = 20;
    static final int MAX_TERRITORIES = 200;

    /** A shift; the order of its times is checked with the breaks. */
    record ShiftRequest(
            @NotNull(message = "is required") java.time.LocalDateTime start,
            @NotNull(message = "is required") java.time.LocalDateTime end,
            @NotNull(message = "is required") java.time.LocalDateTime hardEnd,
            java.time.LocalDateTime latestStart) {

        Shift toShift() {
            return new Shift(start, end, hardEnd, latestStart);
        }
    }

    Vehicle toVehicle() {
        return new Vehicle(
                id,
                name,
                typeId,
                depotId,
                shift.toShift(),
                breaks == null ? List.of() : breaks,
                skills == null ? Set.of() : skills,
                homeTerritories == null ? List.of() : homeTerritories,
                Boolean.TRUE.equals(homeTerritoriesStrict));
    }
}
