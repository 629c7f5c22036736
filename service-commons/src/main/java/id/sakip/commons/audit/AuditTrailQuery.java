package id.sakip.commons.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** Reads the audit trail for a service's audit endpoint, newest first, optionally filtered. */
@ApplicationScoped
public class AuditTrailQuery {

    private final AgroalDataSource dataSource;
    private final ObjectMapper json;

    public AuditTrailQuery(AgroalDataSource dataSource, ObjectMapper json) {
        this.dataSource = dataSource;
        this.json = json;
    }

    /** The entries a service's audit-trail endpoint answers with. */
    public List<AuditEntry> find(AuditTrailFilter filter) {
        return find(filter.entity, filter.key, filter.workUnit, filter.username, filter.sinceInstant(), filter.limit,
                filter.offset);
    }

    private List<AuditEntry> find(String entity, String entityKey, String workUnit, String username,
                                 OffsetDateTime since, int limit, int offset) {
        StringBuilder sql = new StringBuilder("SELECT id, occurred_at, subject, username, work_unit, entity, entity_key, "
                + "action, before_state::text, after_state::text, request_id FROM audit_entry WHERE 1=1");
        List<Object> args = new ArrayList<>();
        if (entity != null) {
            sql.append(" AND entity = ?");
            args.add(entity);
        }
        if (entityKey != null) {
            sql.append(" AND entity_key LIKE ?");
            args.add(entityKey + "%");
        }
        if (workUnit != null) {
            sql.append(" AND (work_unit = ? OR entity_key LIKE ?)");
            args.add(workUnit);
            args.add(workUnit + "%");
        }
        if (username != null) {
            sql.append(" AND username = ?");
            args.add(username);
        }
        if (since != null) {
            sql.append(" AND occurred_at >= ?");
            args.add(since);
        }
        sql.append(" ORDER BY id DESC LIMIT ? OFFSET ?");
        args.add(Math.max(1, Math.min(limit, 1000)));
        args.add(Math.max(0, offset));
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            List<AuditEntry> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new AuditEntry(rs.getLong(1), rs.getObject(2, OffsetDateTime.class), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                            parse(rs.getString(9)), parse(rs.getString(10)), rs.getString(11)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the audit trail", e);
        }
    }

    private JsonNode parse(String text) {
        if (text == null) {
            return null;
        }
        try {
            return json.readTree(text);
        } catch (IOException e) {
            throw new IllegalStateException("Corrupt audit snapshot", e);
        }
    }
}
