package id.sakip.reporting.security;

import id.sakip.commons.security.UnitHierarchy;
import id.sakip.reporting.client.IndicatorsClient;
import id.sakip.reporting.client.Remote;
import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.List;

/**
 * The unit hierarchy as indicators-service knows it, cached briefly ({@code unit-ancestors}). AccessPolicy only
 * asks for it when a regional user reads a unit other than their own.
 */
@ApplicationScoped
public class RemoteUnitHierarchy implements UnitHierarchy {

    private final IndicatorsClient indicators;

    public RemoteUnitHierarchy(IndicatorsClient indicators) {
        this.indicators = indicators;
    }

    @Override
    @CacheResult(cacheName = "unit-ancestors")
    public List<String> ancestors(String unit, LocalDate date) {
        List<String> found = Remote.call(IndicatorsClient.SERVICE, "the parents of " + unit,
                () -> indicators.ancestors(unit, date));
        return found == null ? List.of() : List.copyOf(found);
    }
}
