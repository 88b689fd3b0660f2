package city.sanitation.app.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may sign in and how (prefix {@code sanitation.security}).
 *
 * @param adminPassword the first admin's password; empty: one is generated and printed once at the first start.
 *     Either way it must be changed at the first sign-in.
 * @param maxFailedSignIns wrong passwords in a row before the account is locked
 * @param lockDuration how long it stays locked
 * @param ssoUsernameClaim the claim of a single sign-on JWT that names the account (the account must exist here: its
 *     role and districts are this app's)
 * @param demoAccounts whether the sample district gets its demo accounts (README) when it is made at the first start
 */
@ConfigurationProperties("sanitation.security")
public record AccessProperties(
        String adminPassword,
        @DefaultValue("5") int maxFailedSignIns,
        @DefaultValue("15m") Duration lockDuration,
        @DefaultValue("preferred_username") String ssoUsernameClaim,
        @DefaultValue("true") boolean demoAccounts) {}
