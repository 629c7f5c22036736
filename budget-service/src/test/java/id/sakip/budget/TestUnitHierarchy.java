package id.sakip.budget;

import id.sakip.commons.security.UnitHierarchy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A fixed hierarchy for tests instead of asking indicators-service: two UPTs under two Kanwils. */
@Alternative
@Priority(1)
@ApplicationScoped
public class TestUnitHierarchy implements UnitHierarchy {

    private static final Map<String, List<String>> ANCESTORS = Map.of(
            "408103", List.of("KANWIL-KEPRI", "DJIM"),
            "409011", List.of("KANWIL-RIAU", "DJIM"),
            "KANWIL-KEPRI", List.of("DJIM"),
            "KANWIL-RIAU", List.of("DJIM"));

    @Override
    public List<String> ancestors(String unit, LocalDate date) {
        return ANCESTORS.getOrDefault(unit, List.of());
    }
}
