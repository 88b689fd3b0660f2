package city.sanitation.app.security;

import city.sanitation.app.infra.BadRequestException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in account itself, and the accounts and tokens an admin manages. */
@RestController
class AccountController {

    private final Accounts accounts;
    private final ApiTokens tokens;
    private final CurrentAccount current;

    AccountController(Accounts accounts, ApiTokens tokens, CurrentAccount current) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.current = current;
    }

    record PasswordChange(String currentPassword, String newPassword) {}

    record PasswordReset(String password) {}

    record Enabled(Boolean enabled) {}

    record NewToken(String name) {}

    /** Who is signed in, with what role, where, and the page to land on. */
    @GetMapping("/api/me")
    @PreAuthorize("@access.signedIn()")
    Me me() {
        return Me.of(current.find().orElseThrow());
    }

    @PostMapping("/api/me/password")
    @PreAuthorize("@access.signedIn()")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void changePassword(@RequestBody PasswordChange change) {
        accounts.changeOwnPassword(current.find().orElseThrow().id(), change.currentPassword(), change.newPassword());
    }

    @GetMapping("/api/accounts")
    @PreAuthorize("@access.admin()")
    List<Me> list() {
        return accounts.all().stream().map(Me::of).toList();
    }

    /** Creates an account; its password, if given, must be changed at its first sign-in. */
    @PostMapping("/api/accounts")
    @PreAuthorize("@access.admin()")
    @ResponseStatus(HttpStatus.CREATED)
    Me create(@RequestBody NewAccount account) {
        return Me.of(accounts.create(account, account.password() != null));
    }

    @PutMapping("/api/accounts/{username}/enabled")
    @PreAuthorize("@access.admin()")
    Me setEnabled(@PathVariable String username, @RequestBody Enabled enabled) {
        if (enabled.enabled() == null) {
            throw new BadRequestException("enabled", "is required: true or false");
        }
        return Me.of(accounts.setEnabled(username, enabled.enabled()));
    }

    @PutMapping("/api/accounts/{username}/password")
    @PreAuthorize("@access.admin()")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void resetPassword(@PathVariable String username, @RequestBody PasswordReset reset) {
        accounts.resetPassword(username, reset.password());
    }

    @GetMapping("/api/accounts/{username}/tokens")
    @PreAuthorize("@access.admin()")
    List<ApiTokens.TokenInfo> tokens(@PathVariable String username) {
        return tokens.of(username);
    }

    /** A new bearer token for the account; its secret is in this answer only. */
    @PostMapping("/api/accounts/{username}/tokens")
    @PreAuthorize("@access.admin()")
    @ResponseStatus(HttpStatus.CREATED)
    ApiTokens.CreatedToken createToken(@PathVariable String username, @RequestBody NewToken token) {
        return tokens.create(username, token.name());
    }

    @DeleteMapping("/api/accounts/{username}/tokens/{tokenId}")
    @PreAuthorize("@access.admin()")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revokeToken(@PathVariable String username, @PathVariable long tokenId) {
        tokens.revoke(username, tokenId);
    }

    /** An account as the pages and admins see it (never its password or tokens). */
    record Me(
            String username,
            String displayName,
            Role role,
            List<String> districts,
            Account.CrewPost crew,
            boolean mustChangePassword,
            boolean enabled,
            String landing) {

        static Me of(Account account) {
            return new Me(
                    account.username(),
                    account.displayName(),
                    account.role(),
                    account.districts().stream().sorted().toList(),
                    account.crew(),
                    account.mustChangePassword(),
                    account.enabled(),
                    landing(account));
        }

        /** The page an account starts on: a crew on its own route. */
        private static String landing(Account account) {
            return switch (account.role()) {
                case CREW ->
                    "/crew.html?district=%s&vehicle=%s"
                            .formatted(
                                    urlEncoded(account.crew().districtId()),
                                    urlEncoded(account.crew().vehicleId()));
                case MANAGER -> "/manager.html";
                case DISPATCHER, ADMIN -> "/dispatcher.html";
                case REPORTER -> "/index.html";
            };
        }

        private static String urlEncoded(String text) {
            return URLEncoder.encode(text, StandardCharsets.UTF_8);
        }
    }
}
