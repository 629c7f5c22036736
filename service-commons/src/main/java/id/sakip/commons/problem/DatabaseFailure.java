package id.sakip.commons.problem;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;

/**
 * What a failure of the database layer means to the caller, from the SQLState of the JDBC exception inside it
 * (PostgreSQL's codes, which Hibernate and Agroal pass through) or from the JDBC / Agroal exception itself.
 * Bad content the database refused is the caller's problem (409, 422, 400); a database that cannot be reached or
 * does not answer in time is 503 with {@code Retry-After}.
 */
record DatabaseFailure(int status, String title, String detail, int retryAfterSeconds, String cause) {

    static final int RETRY_AFTER_UNAVAILABLE = 5;
    static final String UNAVAILABLE_TITLE = "Database unavailable";

    /** The meaning of one exception of a cause chain, or null when it is not a database failure we recognise. */
    static DatabaseFailure of(Throwable t) {
        if (t instanceof SQLException sql) {
            return ofSql(sql);
        }
        String type = t.getClass().getName();
        if (type.equals("jakarta.persistence.LockTimeoutException")
                || type.equals("jakarta.persistence.PessimisticLockException")
                || type.equals("org.hibernate.PessimisticLockException")) {
            return busy(t);
        }
        if (type.equals("jakarta.persistence.QueryTimeoutException")) {
            return unavailable(t);
        }
        return null;
    }

    private static DatabaseFailure ofSql(SQLException e) {
        String state = e.getSQLState();
        if (state == null && e.getNextException() != null) {
            state = e.getNextException().getSQLState();
        }
        if (state == null) {
            // Agroal: "Sorry, acquisition timeout!" when no connection can be had in time.
            boolean unavailable = e instanceof SQLTransientConnectionException || e instanceof SQLTimeoutException
                    || e instanceof SQLNonTransientConnectionException
                    || (e.getMessage() != null && e.getMessage().contains("acquisition timeout"));
            return unavailable ? unavailable(e) : null;
        }
        return switch (state) {
            case "23505", "23P01" -> new DatabaseFailure(409, "Conflict",
                    "A record with the same key exists already (it may have been created by a request at the same time);"
                            + " read it and update it instead", 0, state);
            case "23503" -> new DatabaseFailure(409, "Conflict",
                    "The change refers to a record that does not exist, or removes one that others still refer to", 0,
                    state);
            case "23502", "23514" -> invalid("A value is missing or breaks a rule of the stored data", state);
            case "22001" -> invalid("A text is longer than its field allows", state);
            case "22003" -> invalid("A number is out of the range its field allows", state);
            case "22021", "22P05" -> new DatabaseFailure(400, "Bad request",
                    "A text contains a character that cannot be stored (such as the NUL character \\u0000)", 0, state);
            case "55P03", "40001", "40P01" -> busy(e);
            case "57014" -> new DatabaseFailure(503, UNAVAILABLE_TITLE,
                    "The database did not answer in time; try again later", RETRY_AFTER_UNAVAILABLE, state);
            default -> {
                if (state.startsWith("08") || state.startsWith("53") || state.startsWith("57P")) {
                    yield unavailable(e);
                }
                if (state.startsWith("22")) {
                    yield invalid("A value cannot be stored as given", state);
                }
                yield null;
            }
        };
    }

    private static DatabaseFailure invalid(String detail, String state) {
        return new DatabaseFailure(422, "Invalid content", detail, 0, state);
    }

    /** A row is locked by another transaction (lock timeout, deadlock, serialization failure): try again. */
    private static DatabaseFailure busy(Throwable t) {
        return new DatabaseFailure(409, "Conflict",
                "The same data is being changed by another request; try again in a moment", 1, t.toString());
    }

    private static DatabaseFailure unavailable(Throwable t) {
        return new DatabaseFailure(503, UNAVAILABLE_TITLE,
                "The database cannot be reached or did not answer in time; try again later", RETRY_AFTER_UNAVAILABLE,
                t.toString());
    }
}
