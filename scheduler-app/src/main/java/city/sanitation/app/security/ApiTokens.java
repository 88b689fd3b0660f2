package city.sanitation.app.security;

import city.sanitation.app.infra.BadRequestException;
import city.sanitation.app.infra.NotFoundException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bearer tokens for other programs. A token is 32 random bytes, shown once; only its SHA-256 is stored (a slow
 * password hash adds nothing to a random 256-bit secret and would cost every request).
 */
@Service
public class ApiTokens {

    /** Tells a product token from a JWT of single sign-on at a glance. */
    static final String PREFIX = "sst_";

    private final JdbcClient jdbc;
    private final AccountRepository accounts;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(JdbcClient jdbc, AccountRepository accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    /** A new token for the account; the returned secret is not stored and cannot be shown again. */
    @Transactional
    public CreatedToken create(String username, String name) {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new BadRequestException("name", "is required, at most 100 characters: what the token is for");
        }
        Account account = accounts.byUsername(username).orElseThrow(() -> new NotFoundException("account", username));
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        long id = jdbc.sql("INSERT INTO api_token (account_id, name, token_hash) VALUES (?, ?, ?) RETURNING id")
                .params(account.id(), name, hash(secret))
                .query(Long.class)
                .single();
        return new CreatedToken(id, name, account.username(), secret);
    }

    public List<TokenInfo> of(String username) {
        Account account = accounts.byUsername(username).orElseThrow(() -> new NotFoundException("account", username));
        return jdbc.sql("SELECT id, name, created_at, last_used_at, revoked_at FROM api_token WHERE account_id = ?"
                        + " ORDER BY id")
                .param(account.id())
                .query((rs, n) -> new TokenInfo(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getObject("created_at", OffsetDateTime.class),
                        rs.getObject("last_used_at", OffsetDateTime.class),
                        rs.getObject("revoked_at", OffsetDateTime.class)))
                .list();
    }

    @Transactional
    public void revoke(String username, long tokenId) {
        Account account = accounts.byUsername(username).orElseThrow(() -> new NotFoundException("account", username));
        int revoked = jdbc.sql("UPDATE api_token SET revoked_at = coalesce(revoked_at, now())"
                        + " WHERE id = ? AND account_id = ?")
                .params(tokenId, account.id())
                .update();
        if (revoked == 0) {
            throw new NotFoundException("token", tokenId);
        }
    }

    /** The enabled account a valid, unrevoked token belongs to. */
    Optional<Account> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        Optional<Long> accountId = jdbc.sql("UPDATE api_token SET last_used_at = now()"
                        + " WHERE token_hash = ? AND revoked_at IS NULL RETURNING account_id")
                .param(hash(secret))
                .query(Long.class)
                .optional();
        return accountId.flatMap(accounts::byId).filter(Account::enabled);
    }

    private static String hash(String secret) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256.", e);
        }
    }

    /** A token as created: {@code secret} is what the program sends as {@code Authorization: Bearer <secret>}. */
    public record CreatedToken(long id, String name, String username, String secret) {}

    public record TokenInfo(
            long id, String name, OffsetDateTime createdAt, OffsetDateTime lastUsedAt, OffsetDateTime revokedAt) {}
}
