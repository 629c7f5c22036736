package id.sakip.budget.unityear;

import id.sakip.budget.common.Change;
import id.sakip.budget.lock.LockService;
import id.sakip.commons.audit.AuditLog;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/** Stores unit-year documents by their natural key: compare, lock check, create or update, audit record. */
public final class UnitYearWriter<E extends UnitYearDocument<D>, D extends UnitYearData> {

    private final String entity;
    private final Function<D, Optional<E>> finder;
    private final Supplier<E> factory;
    private final Consumer<E> persist;
    private final LockService locks;
    private final AuditLog audit;

    /**
     * @param entity the entity name in the audit trail
     * @param finder the stored document with the data's natural key
     */
    public UnitYearWriter(String entity, Function<D, Optional<E>> finder, Supplier<E> factory, Consumer<E> persist,
                          LockService locks, AuditLog audit) {
        this.entity = entity;
        this.finder = finder;
        this.factory = factory;
        this.persist = persist;
        this.locks = locks;
        this.audit = audit;
    }

    /** Upsert by natural key for the dataset import (the caller checked access). */
    public Change upsert(D data, boolean dryRun) {
        Optional<E> existing = finder.apply(data);
        if (existing.isPresent() && existing.get().toData().equals(data)) {
            return Change.UNCHANGED;
        }
        locks.requireUnlocked(data.workUnit(), data.year());
        if (dryRun) {
            return existing.isPresent() ? Change.UPDATED : Change.CREATED;
        }
        return store(existing, data, "IMPORT_");
    }

    /** Whether storing would change anything (for access and lock checks before the import writes). */
    public boolean wouldChange(D data) {
        return finder.apply(data).map(e -> !e.toData().equals(data)).orElse(true);
    }

    /** Applies the data to the existing document or a new one, audited as {@code actionPrefix} + CREATE/UPDATE. */
    public Change store(Optional<E> existing, D data, String actionPrefix) {
        if (existing.isPresent()) {
            D before = existing.get().toData();
            if (before.equals(data)) {
                return Change.UNCHANGED;
            }
            existing.get().apply(data);
            audit.record(entity, data.naturalKey(), actionPrefix + "UPDATE", before, data);
            return Change.UPDATED;
        }
        E created = factory.get();
        created.apply(data);
        persist.accept(created);
        audit.record(entity, data.naturalKey(), actionPrefix + "CREATE", null, data);
        return Change.CREATED;
    }
}
