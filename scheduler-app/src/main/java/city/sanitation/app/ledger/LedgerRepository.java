package city.sanitation.app.ledger;

import city.sanitation.app.infra.NotFoundException;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class LedgerRepository {

    private final JdbcClient jdbc;

    LedgerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean exists(String districtId, String id) {
        if (id.indexOf('\0') >= 0) {
            return false;
        }
        return jdbc.sql("SELECT count(*) FROM blind_spot WHERE district_id = ? AND id = ?")
                        .params(districtId, id)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /**
     * Stores a new report unless the district's ledger has its id already: the primary key decides between concurrent
     * filings of one id, so exactly one of them stores it. {@code account} is who filed it (the ledger's first event).
     *
     * @return whether it was stored
     */
    boolean insert(BlindSpot spot, String account) {
        int inserted = jdbc.sql("INSERT INTO blind_spot (id, district_id, lon, lat, category, volume_m3, priority,"
                        + " source, photo_ref, description, equipment, reported_at, deadline, status, reported_by)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::text[], ?, ?, ?, ?)"
                        + " ON CONFLICT (district_id, id) DO NOTHING")
                .params(
                        spot.id(),
                        spot.districtId(),
                        spot.lon(),
                        spot.lat(),
                        spot.category(),
                        spot.volumeM3(),
                        spot.priority(),
                        spot.source(),
                        spot.photoRef(),
                        spot.description(),
                        textArray(spot.equipment()),
                        spot.reportedAt(),
                        spot.deadline(),
                        spot.status().name(),
                        spot.reportedBy())
                .update();
        if (inserted > 0) {
            event(spot.districtId(), spot.id(), spot.status(), account, null);
        }
        return inserted > 0;
    }

    /** A PostgreSQL array literal; every element quoted, so that commas, quotes and braces stay inside it. */
    private static String textArray(java.util.Collection<String> elements) {
        StringBuilder literal = new StringBuilder("{");
        for (String element : elements) {
            literal.append(literal.length() > 1 ? "," : "")
                    .append('"')
                    .append(element.replace("\\", "\\\\").replace("\"", "\\\""))
                    .append('"');
        }
        return literal.append('}').toString();
    }

    Optional<BlindSpot> find(String districtId, String id) {
        if (id.indexOf('\0') >= 0) {
            // PostgreSQL refuses a NUL in a text parameter; no stored id holds one.
            return Optional.empty();
        }
        return jdbc.sql("SELECT * FROM blind_spot WHERE district_id = ? AND id = ?")
                .params(districtId, id)
                .query(LedgerRepository::map)
                .optional();
    }

    BlindSpot get(String districtId, String id) {
        return find(districtId, id).orElseThrow(() -> new NotFoundException("blind-spot report", id));
    }

    List<BlindSpot> list(String districtId, Collection<BlindSpotStatus> statuses) {
        return jdbc.sql("SELECT * FROM blind_spot WHERE district_id = ? AND status = ANY (?::text[])"
                        + " ORDER BY reported_at, id")
                .params(
                        districtId,
                        "{" + String.join(",", statuses.stream().map(Enum::name).toList()) + "}")
                .query(LedgerRepository::map)
                .list();
    }

    /** The reports among {@code ids} in one of {@code statuses}. */
    List<BlindSpot> among(String districtId, Collection<String> ids, Collection<BlindSpotStatus> statuses) {
        return jdbc.sql("SELECT * FROM blind_spot WHERE district_id = ? AND id = ANY (?) AND status = ANY (?::text[])")
                .params(
                        districtId,
                        ids.toArray(String[]::new),
                        "{" + String.join(",", statuses.stream().map(Enum::name).toList()) + "}")
                .query(LedgerRepository::map)
                .list();
    }

    List<BlindSpot> overdue(String districtId, LocalDateTime at) {
        return jdbc.sql("SELECT * FROM blind_spot WHERE district_id = ? AND deadline < ?"
                        + " AND status IN ('REPORTED', 'PLANNED', 'IN_PROGRESS') ORDER BY deadline, id")
                .params(districtId, at)
                .query(LedgerRepository::map)
                .list();
    }

    List<LedgerEvent> history(String districtId, String id) {
        return jdbc.sql("SELECT status, actor, at, reason FROM blind_spot_event WHERE district_id = ? AND report_id = ?"
                        + " ORDER BY id")
                .params(districtId, id)
                .query(LedgerEvent.class)
                .list();
    }

    /** Moves a report to {@code status} if it is in one of {@code from}; returns whether it moved. */
    boolean advance(
            String districtId, String id, Collection<BlindSpotStatus> from, BlindSpotStatus status, String actor) {
        return advance(districtId, id, from, status, actor, null, null);
    }

    /**
     * Moves a report to {@code status} if it is in one of {@code from}, with the dispatcher's reason for the step (kept
     * on the report too when the step ends its life) and, for a duplicate, the report it duplicates.
     */
    boolean advance(
            String districtId,
            String id,
            Collection<BlindSpotStatus> from,
            BlindSpotStatus status,
            String actor,
            String reason,
            String duplicateOf) {
        String stamp = switch (status) {
            case PLANNED -> "planned_at = now()";
            case IN_PROGRESS -> "started_at = now()";
            case DONE -> "done_at = now(), done_by = :actor";
            case CLOSED, REJECTED -> "closed_at = now(), closed_by = :actor, reason = :reason";
            case DUPLICATE -> "closed_at = now(), closed_by = :actor, reason = :reason, duplicate_of = :duplicateOf";
            case REPORTED -> "planned_at = NULL";
        };
        int changed = jdbc.sql("UPDATE blind_spot SET status = :status, " + stamp
                        + " WHERE district_id = :district AND id = :id AND status = ANY (CAST(:from AS text[]))")
                .param("status", status.name())
                .param("actor", actor)
                .param("reason", reason)
                .param("duplicateOf", duplicateOf)
                .param("id", id)
                .param("district", districtId)
                .param(
                        "from",
                        "{" + String.join(",", from.stream().map(Enum::name).toList()) + "}")
                .update();
        if (changed > 0) {
            event(districtId, id, status, actor, reason);
        }
        return changed > 0;
    }

    void confirm(String districtId, String id, String crew) {
        jdbc.sql("UPDATE blind_spot SET confirmed_by = ? WHERE district_id = ? AND id = ?")
                .params(crew, districtId, id)
                .update();
    }

    private void event(String districtId, String id, BlindSpotStatus status, String actor, String reason) {
        jdbc.sql("INSERT INTO blind_spot_event (district_id, report_id, status, actor, reason) VALUES (?, ?, ?, ?, ?)")
                .params(districtId, id, status.name(), actor, reason)
                .update();
    }

    private static BlindSpot map(ResultSet rs, int row) throws SQLException {
        Array equipment = rs.getArray("equipment");
        return new BlindSpot(
                rs.getString("id"),
                rs.getString("district_id"),
                rs.getDouble("lon"),
                rs.getDouble("lat"),
                rs.getString("category"),
                rs.getDouble("volume_m3"),
                rs.getString("priority"),
                rs.getString("source"),
                rs.getString("photo_ref"),
                rs.getString("description"),
                equipment == null ? List.of() : Arrays.asList((String[]) equipment.getArray()),
                rs.getObject("reported_at", LocalDateTime.class),
                rs.getObject("deadline", LocalDateTime.class),
                BlindSpotStatus.valueOf(rs.getString("status")),
                rs.getString("reported_by"),
                rs.getObject("planned_at", OffsetDateTime.class),
                rs.getObject("started_at", OffsetDateTime.class),
                rs.getObject("done_at", OffsetDateTime.class),
                rs.getString("done_by"),
                rs.getObject("closed_at", OffsetDateTime.class),
                rs.getString("closed_by"),
                rs.getString("confirmed_by"),
                rs.getString("reason"),
                rs.getString("duplicate_of"));
    }
}
