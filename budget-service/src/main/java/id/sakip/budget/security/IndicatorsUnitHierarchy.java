package id.sakip.budget.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import id.sakip.commons.problem.ProblemException;
import id.sakip.commons.security.UnitHierarchy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * The unit hierarchy as indicators-service (its owner) knows it. Only regional staff reading another unit need it:
 * roles that read everything and callers reading their own unit are decided by {@code AccessPolicy} without asking.
 * The ancestors of a known unit are kept for {@code budget.unit-ancestors.cache-ttl} (60 s); "unknown unit" is never
 * kept, so a unit imported a moment later is seen on the next request.
 */
@ApplicationScoped
public class IndicatorsUnitHierarchy implements UnitHierarchy {

    private static final Logger LOG = Logger.getLogger(IndicatorsUnitHierarchy.class);
    private static final int MAX_ENTRIES = 2000;

    private final IndicatorsRestClient client;
    private final Cache<Key, List<String>> known;

    @Inject
    public IndicatorsUnitHierarchy(@RestClient IndicatorsRestClient client,
                                   @ConfigProperty(name = "budget.unit-ancestors.cache-ttl") Duration ttl) {
        this.client = client;
        this.known = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(MAX_ENTRIES).build();
    }

    @Override
    public List<String> ancestors(String unit, LocalDate date) {
        List<String> chain = known.get(new Key(unit, date), k -> read(unit, date));
        return chain == null ? List.of() : chain;
    }

    /** The ancestors, or null (which the cache does not keep) when indicators-service does not know the unit. */
    private List<String> read(String unit, LocalDate date) {
        try {
            List<String> chain = client.ancestors(unit, date.toString());
            return chain == null || chain.isEmpty() ? null : List.copyOf(chain);
        } catch (WebApplicationException e) {
            if (e.getResponse() != null && e.getResponse().getStatus() == 404) {
                return null;
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

    private record Key(String unit, LocalDate date) {
    }
}
