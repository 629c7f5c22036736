package id.sakip.commons.probe;

import id.sakip.commons.security.UnitHierarchy;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.List;

/** The probe application has no work units; AccessPolicy needs a hierarchy all the same. */
@ApplicationScoped
public class FixedHierarchy implements UnitHierarchy {

    @Override
    public List<String> ancestors(String unit, LocalDate date) {
        return List.of();
    }
}
