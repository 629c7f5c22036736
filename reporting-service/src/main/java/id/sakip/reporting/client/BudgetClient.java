package id.sakip.reporting.client;

import id.sakip.reporting.client.dto.BudgetScores;
import id.sakip.reporting.client.dto.BudgetYear;
import id.sakip.reporting.client.dto.RevenueYear;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import io.smallrye.faulttolerance.api.RetryWhen;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.util.List;

/**
 * Fault-tolerant access to budget-service: a timeout per call, retries on connection problems (not on
 * a missing service token, see {@link RetryableFailure}) and a circuit
 * breaker (configurable as {@code id.sakip.reporting.client.BudgetClient/Timeout/value} etc.). Callers wrap the
 * calls in {@link Remote#call} so that failures become problem details naming the service.
 */
@ApplicationScoped
@Timeout(5000)
@Retry(maxRetries = 2, delay = 200)
@RetryWhen(exception = RetryableFailure.class)
@CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 10000, skipOn = WebApplicationException.class)
public class BudgetClient {

    public static final String SERVICE = "budget-service";

    private final BudgetRestClient rest;

    public BudgetClient(@RestClient BudgetRestClient rest) {
        this.rest = rest;
    }

    public List<BudgetYear> budgets(String unit, int fromYear, int toYear) {
        return rest.budgets(unit, fromYear, toYear);
    }

    public List<RevenueYear> revenues(String unit, int fromYear, int toYear) {
        return rest.revenues(unit, fromYear, toYear);
    }

    public List<BudgetScores> scores(String unit, int fromYear, int toYear) {
        return rest.scores(unit, fromYear, toYear);
    }

    public void lock(String unit, int year) {
        rest.lock(unit, year);
    }

    public void unlock(String unit, int year) {
        rest.unlock(unit, year);
    }
}
