package city.sanitation.app.security;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A signed-in account, however it signed in (password, bearer token, single sign-on). Only its id and name are kept
 * in the session: its role and districts are read afresh on every request, so a change by an admin takes effect at
 * once on every instance.
 */
public final class AccountAuthentication extends AbstractAuthenticationToken {

    private final long accountId;
    private final String username;
    private final String method;

    AccountAuthentication(long accountId, String username, Role role, String method) {
        super(List.of(new SimpleGrantedAuthority("ROLE_" + role.name())));
        this.accountId = accountId;
        this.username = username;
        this.method = method;
        setAuthenticated(true);
    }

    public long accountId() {
        return accountId;
    }

    /** How the account signed in: password, token or sso. */
    public String method() {
        return method;
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return username;
    }

    @Override
    public String getName() {
        return username;
    }
}
