package id.sakip.commons.security;

import java.time.LocalDate;
import java.util.List;

/** The chain of parents of a work unit on a date; indicators-service owns the hierarchy. */
public interface UnitHierarchy {

    /** Ancestors of {@code unit} on {@code date}, nearest first; empty for a top unit or an unknown one. */
    List<String> ancestors(String unit, LocalDate date);
}
