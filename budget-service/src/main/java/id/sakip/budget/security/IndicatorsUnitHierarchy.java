package id.sakip.budget.security;

import id.sakip.commons.problem.ProblemException;
import id.sakip.commons.security.UnitHierarchy;
import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.time.LocalDate;
import java.util.List;

/**
 * The unit hierarchy as indicators-service (its owner) knows it, cached for a few minutes. Only regional
 * staff reading another unit need it: roles that read everything and callers reading their own unit are
 * decided by {@code AccessPolicy} without asking.
 */
@ApplicationScoped
public class IndicatorsUnitHierarchy implements UnitHierarchy {

    private static final Logger LOG = Logger.getLogger(IndicatorsUnitHierarchy.class);

    private final IndicatorsRestClient client;

    public IndicatorsUnitHierarchy(@RestClient IndicatorsRestClient client) {
        this.client = client;
    }

    @Override
    @CacheResult(cacheName = "unit-ancestors")
    public List<String> ancestors(String unit, LocalDate date) {
        try {
            List<String> chain = client.ancestors(unit, date.toString());
            return chain == null ? List.of() : List.copyOf(chain);
        } catch (WebApplicationException e) {
            if (e.getResponse() != null && e.getResponse().getStatus() == 404) {
                return List.of();
            }
            throw unavailable(unit, e);
        } catch (RuntimeException e) {
            throw unavailable(unit, e);
        }
    }

    private static ProblemException unavailable(String unit, Exception cause) {
        LOG.warnf("Could not read the ancestors of %s from indicators-service: %s", unit, cause.toString());
        return new ProblemException(503, "Service unavailable",
                "The work-unit hierarchy could not be read from indicators-service; try again shortly");
    }
}
