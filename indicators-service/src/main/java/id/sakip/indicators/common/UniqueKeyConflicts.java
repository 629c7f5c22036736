package id.sakip.indicators.common;

import id.sakip.commons.problem.ProblemException;
import id.sakip.commons.problem.ProblemMapper;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.sql.SQLException;

/**
 * A write that lost a race to a concurrent writer of the same natural key (PostgreSQL unique violation, SQLSTATE
 * 23505) is a 409 problem, not a 500: writers of one unit-year are serialized by advisory locks
 * ({@code UnitYearWrites.beginAll}), so this is the residue (e.g. a key read before the lock was taken). Anything
 * else goes to service-commons' {@link ProblemMapper} as before.
 */
public class UniqueKeyConflicts {

    private static final String UNIQUE_VIOLATION = "23505";

    private final ProblemMapper problems = new ProblemMapper();

    @ServerExceptionMapper
    public Response persistence(RuntimeException e, UriInfo uri) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return problems.problem(ProblemException.conflict("The same record was written by someone else at "
                        + "the same time; read it again and repeat your change if it is still needed"), uri);
            }
        }
        return problems.unexpected(e, uri);
    }
}
