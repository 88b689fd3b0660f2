package city.sanitation.app.security;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Accounts, their districts and their sign-in state. */
@Repository
class AccountRepository {

    // The districts come in the same row: a second query from inside the row mapper would take a second pooled
    // connection while the first is held, and twenty requests at once would then wait for each other until the
    // pool's timeout.
    private static final String COLUMNS = "id, username, display_name, role, crew_district_id, crew_vehicle_id,"
            + " must_change_password, enabled,"
            + " ARRAY(SELECT district_id FROM account_district WHERE account_id = account.id) AS districts";

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Account> byId(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM account WHERE id = ?")
                .param(id)
                .query(this::account)
                .optional();
    }

    Optional<Account> byUsername(String username) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM account WHERE username = ?")
                .param(username)
                .query(this::account)
                .optional();
    }

    List<Account> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM account ORDER BY username")
                .query(this::account)
                .list();
    }

    boolean anyAdmin() {
        return jdbc.sql("SELECT count(*) FROM account WHERE role = 'ADMIN' AND enabled")
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Inserts the account unless one of that name exists; its id, or empty when the name was taken. */
    Optional<Long> insert(NewAccount account, String passwordHash, boolean mustChangePassword) {
        Optional<Long> id = jdbc.sql("""
                        INSERT INTO account (username, display_name, password_hash, role, crew_district_id,
                                             crew_vehicle_id, must_change_password)
                        VALUES (?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (username) DO NOTHING
                        RETURNING id""")
                .params(
                        account.username(),
                        account.displayName(),
                        passwordHash,
                        account.role().name(),
                        account.crewDistrictId(),
                        account.crewVehicleId(),
                        mustChangePassword)
                .query(Long.class)
                .optional();
        id.ifPresent(accountId -> setDistricts(accountId, account.districts()));
        return id;
    }

    void setDistricts(long accountId, Set<String> districts) {
        jdbc.sql("DELETE FROM account_district WHERE account_id = ?")
                .param(accountId)
                .update();
        for (String district : districts) {
            jdbc.sql("INSERT INTO account_district (account_id, district_id) VALUES (?, ?)")
                    .params(accountId, district)
                    .update();
        }
    }

    void setEnabled(long accountId, boolean enabled) {
        jdbc.sql("UPDATE account SET enabled = ? WHERE id = ?")
                .params(enabled, accountId)
                .update();
    }

    void setPassword(long accountId, String passwordHash, boolean mustChangePassword) {
        jdbc.sql("UPDATE account SET password_hash = ?, must_change_password = ?, failed_sign_ins = 0,"
                        + " locked_until = NULL WHERE id = ?")
                .params(passwordHash, mustChangePassword, accountId)
                .update();
    }

    /** What a password sign-in needs: the hash and the lock. Empty for an unknown name. */
    Optional<SignInState> signInState(String username) {
        return jdbc.sql("SELECT id, password_hash, enabled, failed_sign_ins, locked_until, role FROM account"
                        + " WHERE username = ?")
                .param(username)
                .query((rs, n) -> new SignInState(
                        rs.getLong("id"),
                        rs.getString("password_hash"),
                        rs.getBoolean("enabled"),
                        rs.getInt("failed_sign_ins"),
                        rs.getObject("locked_until", OffsetDateTime.class),
                        Role.valueOf(rs.getString("role"))))
                .optional();
    }

    /** Counts a failed sign-in and locks the account until {@code lockUntil} once it reaches {@code limit}. */
    void failedSignIn(long accountId, int limit, OffsetDateTime lockUntil) {
        jdbc.sql("""
                        UPDATE account
                        SET failed_sign_ins = failed_sign_ins + 1,
                            locked_until = CASE WHEN failed_sign_ins + 1 >= ? THEN ? ELSE locked_until END
                        WHERE id = ?""").params(limit, lockUntil, accountId).update();
    }

    void signedIn(long accountId) {
        jdbc.sql("UPDATE account SET failed_sign_ins = 0, locked_until = NULL WHERE id = ?")
                .param(accountId)
                .update();
    }

    private Account account(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        String crewDistrict = rs.getString("crew_district_id");
        return new Account(
                id,
                rs.getString("username"),
                rs.getString("display_name"),
                Role.valueOf(rs.getString("role")),
                districts(rs),
                crewDistrict == null ? null : new Account.CrewPost(crewDistrict, rs.getString("crew_vehicle_id")),
                rs.getBoolean("must_change_password"),
                rs.getBoolean("enabled"));
    }

    private static Set<String> districts(ResultSet rs) throws SQLException {
        Array districts = rs.getArray("districts");
        try {
            return Set.of((String[]) districts.getArray());
        } finally {
            districts.free();
        }
    }

    record SignInState(
            long accountId,
            String passwordHash,
            boolean enabled,
            int failedSignIns,
            OffsetDateTime lockedUntil,
            Role role) {}
}
