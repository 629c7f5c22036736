package id.sakip.commons.problem;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class DatabaseFailureTest {

    @ParameterizedTest
    @CsvSource({
            "23505, 409, Conflict, 0",            // unique key: a concurrent create
            "23503, 409, Conflict, 0",            // foreign key
            "23502, 422, Invalid content, 0",     // not null
            "23514, 422, Invalid content, 0",     // check constraint
            "22001, 422, Invalid content, 0",     // text too long
            "22003, 422, Invalid content, 0",     // numeric field overflow
            "22021, 400, Bad request, 0",         // NUL in text
            "22P05, 400, Bad request, 0",         // NUL in jsonb
            "22007, 422, Invalid content, 0",     // any other data exception
            "55P03, 409, Conflict, 1",            // lock timeout
            "40P01, 409, Conflict, 1",            // deadlock
            "40001, 409, Conflict, 1",            // serialization failure
            "57014, 503, Database unavailable, 5", // statement timeout
            "08006, 503, Database unavailable, 5", // connection failure
            "08001, 503, Database unavailable, 5", // cannot connect
            "57P01, 503, Database unavailable, 5", // admin shutdown
            "53300, 503, Database unavailable, 5", // too many connections
    })
    void sqlStatesMeanWhatPostgresqlSays(String state, int status, String title, int retryAfter) {
        DatabaseFailure failure = DatabaseFailure.of(new SQLException("x", state));
        assertEquals(status, failure.status());
        assertEquals(title, failure.title());
        assertEquals(retryAfter, failure.retryAfterSeconds());
    }

    @Test
    void agroalsAcquisitionTimeoutAndConnectionExceptionsAreUnavailable() {
        assertEquals(503, DatabaseFailure.of(new SQLException("Sorry, acquisition timeout!")).status());
        assertEquals(503, DatabaseFailure.of(new SQLTransientConnectionException("gone")).status());
    }

    @Test
    void whatIsNotADatabaseFailureIsLeftAlone() {
        assertNull(DatabaseFailure.of(new IllegalStateException("x")));
        assertNull(DatabaseFailure.of(new SQLException("syntax", "42601")));
        assertNull(DatabaseFailure.of(new SQLException("no state")));
    }
}
