package city.sanitation.app.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The signed-in account of the current request, read from the database once per request: a role, district or
 * disabled flag changed by an admin applies at the next request, on every instance.
 */
@Component
public class CurrentAccount {

    private static final String ATTRIBUTE = CurrentAccount.class.getName();

    private final AccountRepository accounts;

    CurrentAccount(AccountRepository accounts) {
        this.accounts = accounts;
    }

    /** The enabled account signed in for this request; empty when nobody is. */
    public Optional<Account> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(authentication instanceof AccountAuthentication signedIn)) {
            return Optional.empty();
        }
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        Object cached = request == null ? null : request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        if (cached instanceof Account account && account.id() == signedIn.accountId()) {
            return Optional.of(account);
        }
        Optional<Account> account = accounts.byId(signedIn.accountId()).filter(Account::enabled);
        if (request != null && account.isPresent()) {
            request.setAttribute(ATTRIBUTE, account.get(), RequestAttributes.SCOPE_REQUEST);
        }
        return account;
    }

    /** The username to record as who did something; only called behind a rule that requires a signed-in account. */
    public String username() {
        return find().map(Account::username)
                .orElseThrow(() -> new IllegalStateException(
                        "No account is signed in.%nMaybe the endpoint lacks an access rule.".formatted()));
    }
}
