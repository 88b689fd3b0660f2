package city.sanitation.app.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationManagerResolver;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;

/**
 * A bearer token is either one of this app's tokens ({@code sst_…}, created by an admin) or, when single sign-on is
 * configured, a JWT signed by the city's identity provider whose username claim names an account of this app.
 */
final class BearerAuthentication implements AuthenticationManagerResolver<HttpServletRequest> {

    private final ApiTokens tokens;
    private final AccountRepository accounts;
    private final JwtDecoder jwtDecoder;
    private final String usernameClaim;

    BearerAuthentication(ApiTokens tokens, AccountRepository accounts, JwtDecoder jwtDecoder, String usernameClaim) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.jwtDecoder = jwtDecoder;
        this.usernameClaim = usernameClaim;
    }

    @Override
    public AuthenticationManager resolve(HttpServletRequest request) {
        return this::authenticate;
    }

    private Authentication authenticate(Authentication request) {
        String token = ((BearerTokenAuthenticationToken) request).getToken();
        if (token.startsWith(ApiTokens.PREFIX)) {
            Account account = tokens.authenticate(token)
                    .orElseThrow(() -> new BadCredentialsException("The token is unknown or revoked."));
            return new AccountAuthentication(account.id(), account.username(), account.role(), "token");
        }
        if (jwtDecoder == null) {
            throw new BadCredentialsException(
                    "The token is not one of this app's and single sign-on is not configured.");
        }
        Jwt jwt;
        try {
            jwt = jwtDecoder.decode(token);
        } catch (JwtException e) {
            throw new BadCredentialsException("The single sign-on token is invalid: " + e.getMessage(), e);
        }
        String username = jwt.getClaimAsString(usernameClaim);
        Account account = username == null
                ? null
                : accounts.byUsername(username.toLowerCase())
                        .filter(Account::enabled)
                        .orElse(null);
        if (account == null) {
            throw new BadCredentialsException(("The single sign-on token's claim (%s) names no enabled account."
                            + " Maybe an admin has not created the account (%s) yet.")
                    .formatted(usernameClaim, username));
        }
        return new AccountAuthentication(account.id(), account.username(), account.role(), "sso");
    }
}
