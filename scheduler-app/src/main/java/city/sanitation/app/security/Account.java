package city.sanitation.app.security;

import java.util.Set;

/**
 * An account as the rules read it: its role, the districts it works on (dispatchers, managers, reporters) or the
 * vehicle it is bound to (crews).
 */
public record Account(
        long id,
        String username,
        String displayName,
        Role role,
        Set<String> districts,
        CrewPost crew,
        boolean mustChangePassword,
        boolean enabled) {

    /** The one vehicle (or crew) of one district a crew account is bound to. */
    public record CrewPost(String districtId, String vehicleId) {}

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    /** Whether the account works on the district: an admin on every one, a crew on its own vehicle's. */
    public boolean worksOn(String districtId) {
        return switch (role) {
            case ADMIN -> true;
            case CREW -> crew.districtId().equals(districtId);
            default -> districts.contains(districtId);
        };
    }
}
