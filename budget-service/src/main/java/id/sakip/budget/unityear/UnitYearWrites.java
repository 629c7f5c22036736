package id.sakip.budget.unityear;

import id.sakip.commons.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The one path of unit-year writes: every document type's {@link UnitYearWriter} comes from here and so shares the
 * writer serialization ({@link UnitYearMutex}), the published-report lock check ({@link UnitYearLockService}) and
 * the audit trail.
 */
@ApplicationScoped
public class UnitYearWrites {

    private final UnitYearMutex mutex;
    private final UnitYearLockService locks;
    private final AuditLog audit;

    public UnitYearWrites(UnitYearMutex mutex, UnitYearLockService locks, AuditLog audit) {
        this.mutex = mutex;
        this.locks = locks;
        this.audit = audit;
    }

    /** A writer of one document type; {@code entity} is its name in the audit trail. */
    public <E extends UnitYearDocument<D>, D extends UnitYearData> UnitYearWriter<E, D> writer(
            String entity, Supplier<E> factory, Consumer<E> persist) {
        return new UnitYearWriter<>(entity, factory, persist, this);
    }

    public UnitYearMutex mutex() {
        return mutex;
    }

    public UnitYearLockService locks() {
        return locks;
    }

    AuditLog audit() {
        return audit;
    }
}
