package city.sanitation.app.security;

import city.sanitation.app.planning.PlanRepository;
import jakarta.servlet.http.HttpServletRequest;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every write and sign-in: who, when, what (method, path, answer), where from, and the district it concerned. */
@Repository
public class AuditLog {

    private static final Pattern DISTRICT_PATH = Pattern.compile("^/api/districts/([^/]+)");
    private static final Pattern PLAN_PATH = Pattern.compile("^/api/plans/(\\d+)");

    private final JdbcClient jdbc;
    private final PlanRepository plans;

    AuditLog(JdbcClient jdbc, PlanRepository plans) {
        this.jdbc = jdbc;
        this.plans = plans;
    }

    void record(String account, HttpServletRequest request, int status, String districtId) {
        String path = RequestPaths.withinApp(request);
        String query = request.getQueryString();
        jdbc.sql("INSERT INTO audit_entry (account, method, path, status, district_id, remote_address)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                .params(
                        account,
                        request.getMethod(),
                        truncate(query == null ? path : path + "?" + query, 2000),
                        status,
                        districtId != null ? districtId : districtOf(path),
                        request.getRemoteAddr())
                .update();
    }

    /** The newest entries first; of one district when {@code districtId} is given. */
    public List<AuditEntry> newest(String districtId, int limit) {
        String where = districtId == null ? "" : " WHERE district_id = :district";
        var sql = jdbc.sql("SELECT id, at, account, method, path, status, district_id, remote_address"
                        + " FROM audit_entry" + where + " ORDER BY at DESC, id DESC LIMIT :limit")
                .param("limit", limit);
        if (districtId != null) {
            sql = sql.param("district", districtId);
        }
        return sql.query((rs, n) -> new AuditEntry(
                        rs.getLong("id"),
                        rs.getObject("at", OffsetDateTime.class),
                        rs.getString("account"),
                        rs.getString("method"),
                        rs.getString("path"),
                        rs.getInt("status"),
                        rs.getString("district_id"),
                        rs.getString("remote_address")))
                .list();
    }

    private String districtOf(String path) {
        Matcher district = DISTRICT_PATH.matcher(path);
        if (district.find()) {
            return truncate(district.group(1), 200);
        }
        Matcher plan = PLAN_PATH.matcher(path);
        if (plan.find()) {
            try {
                return plans.districtOf(Long.parseLong(plan.group(1))).orElse(null);
            } catch (NumberFormatException tooLongForAnId) {
                return null;
            }
        }
        return null;
    }

    private static String truncate(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }

    public record AuditEntry(
            long id,
            OffsetDateTime at,
            String account,
            String method,
            String path,
            int status,
            String districtId,
            String remoteAddress) {}
}
