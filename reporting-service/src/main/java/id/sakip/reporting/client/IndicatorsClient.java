package id.sakip.reporting.client;

import com.fasterxml.jackson.databind.JsonNode;
import id.sakip.reporting.client.dto.Agreement;
import id.sakip.reporting.client.dto.Content;
import id.sakip.reporting.client.dto.Scorecard;
import id.sakip.reporting.client.dto.WorkUnit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import io.smallrye.faulttolerance.api.RetryWhen;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.time.LocalDate;
import java.util.List;

/**
 * Fault-tolerant access to indicators-service: a timeout per call, retries on connection problems (not on
 * a missing service token, see {@link RetryableFailure}) and a circuit
 * breaker (configurable as {@code id.sakip.reporting.client.IndicatorsClient/Timeout/value} etc.). Callers wrap
 * the calls in {@link Remote#call} so that failures become problem details naming the service.
 */
@ApplicationScoped
@Timeout(5000)
@Retry(maxRetries = 2, delay = 200)
@RetryWhen(exception = RetryableFailure.class)
@CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 10000, skipOn = WebApplicationException.class)
public class IndicatorsClient {

    public static final String SERVICE = "indicators-service";

    private final IndicatorsRestClient rest;

    public IndicatorsClient(@RestClient IndicatorsRestClient rest) {
        this.rest = rest;
    }

    public WorkUnit workUnit(String code) {
        return rest.workUnit(code);
    }

    public List<String> ancestors(String code, LocalDate date) {
        return rest.ancestors(code, date.toString());
    }

    public List<WorkUnit> below(String parent, LocalDate date) {
        return rest.below(parent, date.toString());
    }

    public Scorecard achievements(String unit, int year) {
        return rest.achievements(unit, year);
    }

    public List<Agreement> agreements(String unit, int year) {
        return rest.agreements(unit, year);
    }

    /** A strategic plan with its objectives ({@code GET /api/v1/plans/{code}}). */
    public JsonNode plan(String code) {
        return rest.plan(code);
    }

    public JsonNode registers(String unit, int year) {
        return rest.registers(unit, year);
    }

    /** The register cross-checks; null (404) when indicators-service predates them. */
    public JsonNode registerChecks(String unit, int year) {
        return rest.registerChecks(unit, year);
    }

    public Content.Profile profile(String unit, int year) {
        return rest.profile(unit, year);
    }

    public Content.Narrative narrative(String unit, int year) {
        return rest.narrative(unit, year);
    }

    public Content.OtherAchievements otherAchievements(String unit, int year) {
        return rest.otherAchievements(unit, year);
    }

    public Content.RiskRegister riskRegister(String unit, int year) {
        return rest.riskRegister(unit, year);
    }

    public Content.Strategy strategy(String plan) {
        return rest.strategy(plan);
    }

    public void lock(String unit, int year) {
        rest.lock(unit, year);
    }

    public void unlock(String unit, int year) {
        rest.unlock(unit, year);
    }
}
