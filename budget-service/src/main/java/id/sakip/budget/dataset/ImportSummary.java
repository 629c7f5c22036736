package id.sakip.budget.dataset;

import id.sakip.budget.common.Change;

import java.util.List;
import java.util.Map;

/** What a dataset import stored (or, in a dry run, would store), per entity and item. */
public record ImportSummary(String format, boolean dryRun, Map<String, Counts> entities, List<Item> items) {

    public record Counts(int created, int updated, int unchanged) {
        Counts plus(Change c) {
            return new Counts(created + (c == Change.CREATED ? 1 : 0), updated + (c == Change.UPDATED ? 1 : 0),
                    unchanged + (c == Change.UNCHANGED ? 1 : 0));
        }
    }

    public record Item(String entity, String key, Change change) {
    }
}
