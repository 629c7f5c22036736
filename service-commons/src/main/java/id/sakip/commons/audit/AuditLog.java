package id.sakip.commons.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sakip.commons.security.Caller;
import io.agroal.api.AgroalDataSource;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Writes the audit trail in the caller's transaction, so an entry exists exactly when the change does.
 * Before and after are stored as JSON snapshots of whatever the service passes (DTOs, maps).
 */
@ApplicationScoped
public class AuditLog {

    private static final String INSERT = "INSERT INTO audit_entry (subject, username, work_unit, entity, entity_key, "
            + "action, before_state, after_state, request_id) VALUES (?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?)";

    private final AgroalDataSource dataSource;
    private final ObjectMapper json;
    private final Instance<SecurityIdentity> identity;
    private final Instance<HttpServerRequest> request;

    public AuditLog(AgroalDataSource dataSource, ObjectMapper json, Instance<SecurityIdentity> identity,
                    Instance<HttpServerRequest> request) {
        this.dataSource = dataSource;
        this.json = json;
        this.identity = identity;
        this.request = request;
    }

    public void record(String entity, String key, String action, Object before, Object after) {
        recordAll(List.of(new Change(entity, key, action, before, after)));
    }

    /** Writes many entries in one JDBC batch (dataset imports): same transaction, one round trip. */
    public void recordAll(List<Change> changes) {
        if (changes.isEmpty()) {
            return;
        }
        Caller caller = currentCaller();
        String requestId = requestId();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(INSERT)) {
            for (Change change : changes) {
                ps.setString(1, caller.subject());
                ps.setString(2, caller.username());
                ps.setString(3, caller.workUnit());
                ps.setString(4, change.entity());
                ps.setString(5, change.key());
                ps.setString(6, change.action());
                ps.setString(7, toJson(change.before()));
                ps.setString(8, toJson(change.after()));
                ps.setString(9, requestId);
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write the audit trail", e);
        }
    }

    /** One change to audit: entity name, natural key, action, and the states before and after. */
    public record Change(String entity, String key, String action, Object before, Object after) {
    }

    private Caller currentCaller() {
        try {
            return identity.isResolvable() ? Caller.from(identity.get()) : Caller.from(null);
        } catch (RuntimeException e) {
            // Not in a request: the change is the system's own.
            return Caller.from(null);
        }
    }

    private String requestId() {
        try {
            return request.isResolvable() ? request.get().getHeader("X-Request-Id") : null;
        } catch (RuntimeException e) {
            // Not in an HTTP request (a scheduled job, a direct call): there is no request id.
            return null;
        }
    }

    private String toJson(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not serialise an audit snapshot", e);
        }
    }
}
