package city.sanitation.app.security;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Signs in with a username and password. After {@code maxFailures} wrong passwords in a row the account is locked
 * for {@code lockDuration}, in the database, so every instance of the app refuses it. An unknown name and a wrong
 * password get the same answer and take the same time.
 */
final class PasswordSignIn implements AuthenticationProvider {

    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final int maxFailures;
    private final Duration lockDuration;
    private final Clock clock;
    // Hashed once so an unknown name costs as much as a known one.
    private final String decoyHash;

    PasswordSignIn(
            AccountRepository accounts,
            PasswordEncoder passwords,
            int maxFailures,
            Duration lockDuration,
            Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.maxFailures = maxFailures;
        this.lockDuration = lockDuration;
        this.clock = clock;
        this.decoyHash = passwords.encode("decoy password that is never anybody's");
    }

    @Override
    public Authentication authenticate(Authentication request) {
        String username = String.valueOf(request.getPrincipal()).trim().toLowerCase();
        String password = String.valueOf(request.getCredentials());
        var state = accounts.signInState(username).orElse(null);
        if (state == null || state.passwordHash() == null || !state.enabled()) {
            passwords.matches(password, decoyHash);
            throw new BadCredentialsException("Wrong username or password.");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (state.lockedUntil() != null && state.lockedUntil().isAfter(now)) {
            throw new LockedException("Too many failed sign-ins: locked until " + state.lockedUntil() + ".");
        }
        if (!passwords.matches(password, state.passwordHash())) {
            accounts.failedSignIn(state.accountId(), maxFailures, now.plus(lockDuration));
            throw new BadCredentialsException("Wrong username or password.");
        }
        accounts.signedIn(state.accountId());
        return new AccountAuthentication(state.accountId(), username, state.role(), "password");
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
