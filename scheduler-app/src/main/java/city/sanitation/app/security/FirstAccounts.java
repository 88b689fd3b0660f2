package city.sanitation.app.security;

import city.sanitation.app.district.SampleDistrictMade;
import java.security.SecureRandom;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The accounts an empty installation starts with: the first admin (its password from
 * {@code sanitation.security.admin-password}, e.g. the environment variable SANITATION_SECURITY_ADMIN_PASSWORD, or
 * generated and printed once), and the sample district's demo accounts, one per role (README).
 */
@Component
class FirstAccounts {

    static final String ADMIN = "admin";
    /** The demo accounts' password, documented in the README: the sample district is for trying the product. */
    static final String DEMO_PASSWORD = "demo-pingcheng-2026";

    private static final Logger LOG = LoggerFactory.getLogger(FirstAccounts.class);
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final AccessProperties properties;

    FirstAccounts(AccountRepository accounts, PasswordEncoder passwords, AccessProperties properties) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.properties = properties;
    }

    // Before the sample district (order 0), whose demo accounts are made on its event.
    @EventListener(ApplicationReadyEvent.class)
    @Order(-10)
    void firstAdmin() {
        if (accounts.anyAdmin()) {
            return;
        }
        boolean generated =
                properties.adminPassword() == null || properties.adminPassword().isBlank();
        String password = generated ? generatedPassword() : properties.adminPassword();
        var admin = new NewAccount(ADMIN, "Administrator", Role.ADMIN, Set.of(), null, null, password);
        // Two instances starting on an empty database: the unique name lets exactly one of them create it.
        if (accounts.insert(admin, passwords.encode(password), true).isEmpty()) {
            return;
        }
        if (generated) {
            LOG.warn("""

                    ==========================================================================================
                    The first admin account was created: username "{}", password "{}"
                    It is shown this once. Sign in at /sign-in.html and change it (the app asks you to).
                    ==========================================================================================""", ADMIN, password);
        } else {
            LOG.info(
                    "The first admin account \"{}\" was created with the configured password; it must be changed"
                            + " at the first sign-in.",
                    ADMIN);
        }
    }

    @EventListener
    void demoAccounts(SampleDistrictMade sample) {
        if (!properties.demoAccounts()) {
            return;
        }
        String district = sample.districtId();
        String hash = passwords.encode(DEMO_PASSWORD);
        accounts.insert(office("demo-dispatcher", "调度员 Dispatcher", Role.DISPATCHER, district), hash, false);
        accounts.insert(office("demo-manager", "经理 Manager", Role.MANAGER, district), hash, false);
        List<String> vehicles = sample.vehicleIds();
        if (!vehicles.isEmpty()) {
            String vehicle = vehicles.get(0);
            accounts.insert(
                    new NewAccount(
                            "demo-crew", "班组 Crew " + vehicle, Role.CREW, Set.of(), district, vehicle, DEMO_PASSWORD),
                    hash,
                    false);
        }
        LOG.info(
                "Demo accounts of the sample district {}: demo-dispatcher, demo-manager, demo-crew (README)", district);
    }

    private static NewAccount office(String username, String name, Role role, String district) {
        return new NewAccount(username, name, role, Set.of(district), null, null, DEMO_PASSWORD);
    }

    private static String generatedPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
