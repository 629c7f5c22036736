package id.sakip.commons.probe;

import com.fasterxml.jackson.databind.JsonNode;
import io.agroal.api.AgroalDataSource;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.Consumes;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

/** A test-only API that provokes each kind of failure the ProblemMapper has to turn into problem details. */
@Path("/probe")
@Produces(MediaType.APPLICATION_JSON)
public class ProbeResource {

    public record Body(@NotBlank String note, BigDecimal amount, double ratio, long ceiling, List<String> tags) {
    }

    private final AgroalDataSource dataSource;
    private final Validator validator;

    public ProbeResource(AgroalDataSource dataSource, Validator validator) {
        this.dataSource = dataSource;
        this.validator = validator;
    }

    @GET
    @Path("/numbers")
    public Map<String, Integer> numbers(@QueryParam("year") Integer year, @QueryParam("page") int page) {
        return Map.of("year", year == null ? 0 : year, "page", page);
    }

    @GET
    @Path("/units/{code}")
    public Map<String, String> unit(@PathParam("code") String code) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("SELECT ?::text")) {
            // "\\0" stands for a NUL the filters would have refused: PostgreSQL refuses it in text.
            s.setString(1, code.replace("\\0", "\u0000"));
            s.executeQuery().close();
        }
        return Map.of("code", code);
    }

    @POST
    @Path("/bodies")
    @Consumes(MediaType.APPLICATION_JSON)
    public Body body(@Valid Body body) {
        return body;
    }

    @POST
    @Path("/trees")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonNode tree(JsonNode tree) {
        return tree;
    }

    /** Bean Validation failing below the resource, the way an entity listener fails at flush. */
    @POST
    @Path("/late-violations")
    @Consumes(MediaType.APPLICATION_JSON)
    public Body lateViolation(Body body) {
        var violations = validator.validate(body);
        if (!violations.isEmpty()) {
            throw new IllegalStateException("flush failed", new ConstraintViolationException(violations));
        }
        return body;
    }

    @POST
    @Path("/keys/{key}")
    public Map<String, String> insert(@PathParam("key") String key) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS probe_key (key TEXT PRIMARY KEY)");
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO probe_key (key) VALUES (?)")) {
                insert.setString(1, key);
                insert.executeUpdate();
            }
        }
        return Map.of("key", key);
    }

    /** Waits for a row another connection holds, for at most 300 ms. */
    @POST
    @Path("/locked/{key}")
    public Map<String, String> locked(@PathParam("key") String key) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            try {
                s.execute("SET LOCAL lock_timeout = '300ms'");
                try (PreparedStatement lock = c.prepareStatement("SELECT key FROM probe_key WHERE key = ? FOR UPDATE")) {
                    lock.setString(1, key);
                    lock.executeQuery().close();
                }
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        }
        return Map.of("key", key);
    }

    @GET
    @Path("/db")
    public Map<String, Integer> db(@QueryParam("sleep") double sleep) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("SELECT pg_sleep(" + sleep + ")");
        }
        return Map.of("ok", 1);
    }
}
