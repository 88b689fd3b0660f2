package city.sanitation.app.security;

import java.util.Set;

/**
 * An account to create: dispatchers, managers and reporters name their districts; a crew names the district and the
 * vehicle (or crew) it is bound to. A password is optional: without one the account signs in only through single
 * sign-on or with tokens an admin creates for it.
 */
public record NewAccount(
        String username,
        String displayName,
        Role role,
        Set<String> districts,
        String crewDistrictId,
        String crewVehicleId,
        String password) {

    public NewAccount {
        districts = districts == null ? Set.of() : Set.copyOf(districts);
    }
}
