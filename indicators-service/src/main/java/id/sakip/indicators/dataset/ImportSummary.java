package id.sakip.indicators.dataset;

import java.util.Map;

/** What an import did (or, with dryRun, would do): created / updated / unchanged per entity and in total. */
public record ImportSummary(String format, boolean dryRun, int created, int updated, int unchanged,
                            Map<String, Counts> entities) {

    /** Counts for one entity. */
    public record Counts(int created, int updated, int unchanged) {
    }
}
