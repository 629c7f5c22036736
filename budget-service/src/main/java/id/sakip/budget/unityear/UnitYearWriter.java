package id.sakip.budget.unityear;

import id.sakip.budget.common.Change;
import id.sakip.commons.audit.AuditLog;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Stores unit-year documents by their natural key: compare, lock check, create or update, audit record. Made by
 * {@link UnitYearWrites}; refuses a write whose unit-year the transaction has not serialized ({@link UnitYearMutex}).
 */
public final class UnitYearWriter<E extends UnitYearDocument<D>, D extends UnitYearData> {

    private final String entity;
    private final Supplier<E> factory;
    private final Consumer<E> persist;
    private final UnitYearWrites path;

    UnitYearWriter(String entity, Supplier<E> factory, Consumer<E> persist, UnitYearWrites path) {
        this.entity = entity;
        this.factory = factory;
        this.persist = persist;
        this.path = path;
    }

    /** Applies the data to the existing document or a new one, audited as {@code actionPrefix} + CREATE/UPDATE. */
    public Change store(Optional<E> existing, D data, String actionPrefix) {
        return store(existing, data, actionPrefix, c -> path.audit().recordAll(List.of(c)));
    }

    private Change store(Optional<E> existing, D data, String actionPrefix, Consumer<AuditLog.Change> auditSink) {
        if (!path.mutex().holds(data.workUnit(), data.year())) {
            throw new IllegalStateException("A write of " + data.naturalKey() + " without UnitYearMutex.lock first");
        }
        if (existing.isPresent()) {
            D before = existing.get().toData();
            if (before.equals(data)) {
                return Change.UNCHANGED;
            }
            existing.get().apply(data);
            auditSink.accept(new AuditLog.Change(entity, data.naturalKey(), actionPrefix + "UPDATE", before, data));
            return Change.UPDATED;
        }
        E created = factory.get();
        created.apply(data);
        persist.accept(created);
        auditSink.accept(new AuditLog.Change(entity, data.naturalKey(), actionPrefix + "CREATE", null, data));
        return Change.CREATED;
    }

    /**
     * A dataset import's upserts against documents preloaded in one query ({@code stored}, keyed like the data's
     * natural key by {@code keyOf}): no query per row; audit entries are collected for one batch at the end.
     */
    public Batch batch(List<E> stored, Function<E, String> keyOf) {
        Map<String, E> byKey = new HashMap<>();
        stored.forEach(e -> byKey.put(keyOf.apply(e), e));
        return new Batch(byKey);
    }

    /** Upserts by natural key against preloaded documents (see {@link #batch}). */
    public final class Batch {

        private final Map<String, E> byKey;

        private Batch(Map<String, E> byKey) {
            this.byKey = byKey;
        }

        /**
         * Upsert for the dataset import: unchanged data pass, else the unit-year must be unlocked
         * ({@code requireUnlocked}) and, unless a dry run, is stored; {@code auditEntries} receives the audit entries.
         */
        public Change upsert(D data, boolean dryRun, BiConsumer<String, Integer> requireUnlocked,
                             List<AuditLog.Change> auditEntries) {
            Optional<E> existing = Optional.ofNullable(byKey.get(data.naturalKey()));
            if (existing.isPresent() && existing.get().toData().equals(data)) {
                return Change.UNCHANGED;
            }
            requireUnlocked.accept(data.workUnit(), data.year());
            if (dryRun) {
                return existing.isPresent() ? Change.UPDATED : Change.CREATED;
            }
            // natural keys are unique within a file (the parser checks), so a created document is not looked up again
            return store(existing, data, "IMPORT_", auditEntries::add);
        }
    }
}
